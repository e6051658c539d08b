from enum import StrEnum


class ListWorkOrdersSort(StrEnum):
    CREATED = "created"
    CREATED_DATE = "created_date"
    ID = "id"
    PAY = "pay"
    SCHEDULE = "schedule"
    SERVICE_WINDOW_START = "service_window_start"
    STATUS = "status"
    TITLE = "title"
    WORK_ORDER_ID = "work_order_id"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListWorkOrdersSort | None":
        """Forward compatibility: a value the spec does not list yet is kept, not rejected."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
