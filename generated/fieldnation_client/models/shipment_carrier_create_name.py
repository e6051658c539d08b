from enum import StrEnum


class ShipmentCarrierCreateName(StrEnum):
    FEDEX = "fedex"
    FEDEX_CAPITALIZED = "FedEx"
    OTHER = "other"
    OTHER_CAPITALIZED = "Other"
    UPS = "ups"
    UPS_CAPITALIZED = "UPS"
    USPS = "usps"
    USPS_CAPITALIZED = "USPS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ShipmentCarrierCreateName | None":
        """Forward compatibility: a value the spec does not list yet is kept, not rejected."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
