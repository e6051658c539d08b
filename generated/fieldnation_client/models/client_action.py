from enum import StrEnum


class ClientAction(StrEnum):
    CREATE_CLIENT_REQUEST = "create_client_request"
    CREATE_PROJECT = "create_project"
    CREATE_USER = "create_user"
    CREATE_WORK_ORDER = "create_work_order"
    DEACTIVATE = "deactivate"
    DELETE = "delete"
    EDIT = "edit"
    INVOICING = "invoicing"
    REACTIVATE = "reactivate"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ClientAction | None":
        """Forward compatibility: a value the spec does not list yet is kept, not rejected."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
