from enum import IntEnum


class TaskTypeId(IntEnum):
    CHECK_IN = 3
    CHECK_OUT = 4
    CLOSING_NOTES = 2
    CUSTOM_FIELD = 7
    CUSTOM_TASK = 10
    DOWNLOAD_FILE = 13
    EMAIL = 9
    PHONE = 8
    SET_ETA = 1
    SHIPMENT_TRACKING = 12
    SIGNATURE = 11
    UPLOAD_FILE = 5
    UPLOAD_PICTURE = 6

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TaskTypeId | None":
        """Forward compatibility: a value the spec does not list yet is kept, not rejected."""
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
