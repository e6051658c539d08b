from enum import StrEnum


class ListWorkOrderListsList(StrEnum):
    WORKORDERS_ALL = "workorders_all"
    WORKORDERS_APPROVED = "workorders_approved"
    WORKORDERS_ASSIGNED = "workorders_assigned"
    WORKORDERS_DRAFT = "workorders_draft"
    WORKORDERS_IN_FLIGHT = "workorders_in_flight"
    WORKORDERS_PROBLEM = "workorders_problem"
    WORKORDERS_PUBLISHED_ROUTED = "workorders_published_routed"
    WORKORDERS_WORK_DONE = "workorders_work_done"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListWorkOrderListsList | None":
        """Forward compatibility: a value the spec does not list yet is kept, not rejected."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
