from enum import StrEnum


class ContactRole(StrEnum):
    CHECK_IN_CHECK_OUT = "Check-in / Check-out"
    EMERGENCY_CONTACT = "Emergency contact"
    LOCATION_CONTACT = "Location Contact"
    PROJECT_MANAGER = "Project manager"
    RESOURCE_COORDINATOR = "Resource coordinator"
    TECHNICAL_HELP = "Technical help"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ContactRole | None":
        """Forward compatibility: a value the spec does not list yet is kept, not rejected."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
