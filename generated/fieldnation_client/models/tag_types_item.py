from enum import StrEnum


class TagTypesItem(StrEnum):
    CUSTOM_COMPANY = "custom_company"
    FOR_PROVIDERS_ONLY = "for_providers_only"
    HIDE_FROM_PROVIDER = "hide_from_provider"
    HOLD = "hold"
    PROBLEM = "problem"
    PROVIDER_CAN_EDIT = "provider_can_edit"
    SHOW_IN_DASHBOARD = "show_in_dashboard"
    SUBSTATUS = "substatus"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TagTypesItem | None":
        """Forward compatibility: a value the spec does not list yet is kept, not rejected."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
