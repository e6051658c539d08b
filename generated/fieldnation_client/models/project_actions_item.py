from enum import StrEnum


class ProjectActionsItem(StrEnum):
    CANCEL = "cancel"
    CANCELLATION_FEE = "cancellation_fee"
    COMPLETE = "complete"
    CREATE_TEMPLATE = "create_template"
    CREATE_WORK_ORDER = "create_work_order"
    DELETE = "delete"
    EDIT = "edit"
    LATE_NOTIFICATION = "late_notification"
    REOPEN = "reopen"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ProjectActionsItem | None":
        """Forward compatibility: a value the spec does not list yet is kept, not rejected."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
