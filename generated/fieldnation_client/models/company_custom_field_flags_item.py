from enum import StrEnum


class CompanyCustomFieldFlagsItem(StrEnum):
    CLIENT_REQUEST_REQUIRED = "client_request_required"
    CLIENT_REQUEST_USE_FOR = "client_request_use_for"
    INCLUDED_IN_ALERTS = "included_in_alerts"
    INTERNAL_ID = "internal_id"
    REQUIRED = "required"
    REQUIRED_DURING_CHECKIN = "required_during_checkin"
    SEEN_BY_CLIENTS = "seen_by_clients"
    SEEN_BY_PROVIDER = "seen_by_provider"
    SHOWN_IN_HEADER = "shown_in_header"
    SHOW_IN_AVAILABLE = "show_in_available"
    UNIQUE = "unique"
    VISIBLE_TO_CLIENTS = "visible_to_clients"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CompanyCustomFieldFlagsItem | None":
        """Forward compatibility: a value the spec does not list yet is kept, not rejected."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
