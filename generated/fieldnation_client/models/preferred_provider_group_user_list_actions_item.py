from enum import StrEnum


class PreferredProviderGroupUserListActionsItem(StrEnum):
    ADD_MANAGED = "add_managed"
    ADD_TO_PREFERRED_GROUP = "add_to_preferred_group"
    REMOVE_FROM_PREFERRED_GROUP = "remove_from_preferred_group"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PreferredProviderGroupUserListActionsItem | None":
        """Forward compatibility: a value the spec does not list yet is kept, not rejected."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
