from enum import StrEnum


class WorkOrderSelectionRuleRulesItemOperator(StrEnum):
    VALUE_0 = ">="
    VALUE_1 = ">"
    VALUE_2 = "<="
    VALUE_3 = "<"
    VALUE_4 = "="
    VALUE_5 = "=="

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WorkOrderSelectionRuleRulesItemOperator | None":
        """Forward compatibility: a value the spec does not list yet is kept, not rejected."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
