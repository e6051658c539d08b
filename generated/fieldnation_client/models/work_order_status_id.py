from enum import IntEnum


class WorkOrderStatusId(IntEnum):
    APPROVED = 5
    ASSIGNED = 3
    CANCELLED = 7
    DELETED = 8
    DRAFT = 1
    PAID = 6
    PUBLISHED = 2
    ROUTED = 9
    WORK_DONE = 4

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WorkOrderStatusId | None":
        """Forward compatibility: a value the spec does not list yet is kept, not rejected."""
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
