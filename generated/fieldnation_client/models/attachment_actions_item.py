from enum import StrEnum


class AttachmentActionsItem(StrEnum):
    APPROVE = "approve"
    DELETE = "delete"
    DENY = "deny"
    EDIT = "edit"
    MAKE_PRIVATE = "make_private"
    MAKE_PUBLIC = "make_public"
    NOTES = "notes"
    REOPEN = "reopen"
    VIEW = "view"
    VISIBILITY = "visibility"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AttachmentActionsItem | None":
        """Forward compatibility: a value the spec does not list yet is kept, not rejected."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
