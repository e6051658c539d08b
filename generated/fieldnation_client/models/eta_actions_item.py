from enum import StrEnum


class EtaActionsItem(StrEnum):
    ADD = "add"
    CANCEL = "cancel"
    CONFIRM = "confirm"
    EDIT = "edit"
    MARK_READY_TO_GO = "mark_ready_to_go"
    ON_MY_WAY = "on_my_way"
    RUNNING_LATE = "running_late"
    SET_ETA = "set_eta"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "EtaActionsItem | None":
        """Forward compatibility: a value the spec does not list yet is kept, not rejected."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
