from enum import StrEnum


class ShipmentDirection(StrEnum):
    FROM_SITE = "from site"
    FROM_SITE_ALIAS = "from_site"
    TO_OTHER_LOCATION = "to other location"
    TO_OTHER_LOCATION_ALIAS = "to_other_location"
    TO_PROVIDER = "to provider"
    TO_PROVIDER_ALIAS = "to_provider"
    TO_SITE = "to site"
    TO_SITE_ALIAS = "to_site"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ShipmentDirection | None":
        """Forward compatibility: a value the spec does not list yet is kept, not rejected."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
