from enum import StrEnum


class ListWorkOrderPendingRequestsList(StrEnum):
    FIND_PROVIDERS_PENDING_ASSIGNMENT = "find_providers_pending_assignment"
    FIND_PROVIDERS_REQUESTED = "find_providers_requested"
    FIND_PROVIDERS_ROUTED = "find_providers_routed"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListWorkOrderPendingRequestsList | None":
        """Forward compatibility: a value the spec does not list yet is kept, not rejected."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
