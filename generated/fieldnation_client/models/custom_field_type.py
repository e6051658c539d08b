from enum import StrEnum


class CustomFieldType(StrEnum):
    DATE = "date"
    DATE_TIME = "date_time"
    DROPDOWN = "dropdown"
    NUMERIC = "numeric"
    PHONE = "phone"
    PREDEFINED = "predefined"
    TEXT = "text"
    TIME = "time"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomFieldType | None":
        """Forward compatibility: a value the spec does not list yet is kept, not rejected."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
