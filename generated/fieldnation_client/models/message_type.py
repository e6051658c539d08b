from enum import StrEnum


class MessageType(StrEnum):
    ASSIGNEDTECH = "ASSIGNEDTECH"
    FROMTECH = "FROMTECH"
    INTERNAL = "INTERNAL"
    REPLY = "REPLY"
    REPLYTOTHREAD = "REPLYTOTHREAD"
    REQUESTEDTECHS = "REQUESTEDTECHS"
    ROUTEDTECHS = "ROUTEDTECHS"
    SPECIFICTECH = "SPECIFICTECH"
    STAFF_NOTE = "STAFF_NOTE"
    TECHTOMANAGER = "TECHTOMANAGER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MessageType | None":
        """Forward compatibility: a value the spec does not list yet is kept, not rejected."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
