from enum import StrEnum


class CompanyTagStatus(StrEnum):
    APPROVED = "approved"
    ASSIGNED = "assigned"
    CANCELED = "canceled"
    CREATED = "created"
    PAID = "paid"
    PUBLISHED = "published"
    ROUTED = "routed"
    WORKDONE = "workdone"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CompanyTagStatus | None":
        """Forward compatibility: a value the spec does not list yet is kept, not rejected."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
