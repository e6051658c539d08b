from enum import StrEnum


class AttachmentUploadForceUpload(StrEnum):
    FALSE = "false"
    TRUE = "true"
    VALUE_0 = "1"
    VALUE_1 = "0"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AttachmentUploadForceUpload | None":
        """Forward compatibility: a value the spec does not list yet is kept, not rejected."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
