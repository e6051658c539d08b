from enum import StrEnum


class EtaConditionStatus(StrEnum):
    AT_RISK = "at_risk"
    CANCELLED = "cancelled"
    DELAYED = "delayed"
    ON_SCHEDULE = "on_schedule"
    RESCHEDULE_REQUESTED = "reschedule_requested"
    VALUE_0 = ""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "EtaConditionStatus | None":
        """Forward compatibility: a value the spec does not list yet is kept, not rejected."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
