from enum import IntEnum


class StoredLocationNotePrivateType1(IntEnum):
    VALUE_0 = 0
    VALUE_1 = 1

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StoredLocationNotePrivateType1 | None":
        """Forward compatibility: a value the spec does not list yet is kept, not rejected."""
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
