from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.selection_rule_input import SelectionRuleInput, SelectionRuleInputDict


class QualificationInput(_m.BaseModel):
    """Qualifications to set on a work order. The playground sends a whole selection rule (`selection_rule`); the narrative
    guide adds a single requirement with `qualification_id` + `required`. Either form is accepted.

        Example:
            {'selection_rule': {'name': 'Cert Required', 'results': [{'id': 45, 'required': True}]}}

        Attributes:
            selection_rule (SelectionRuleInput | None): The selection rule to store on the work order.
            ignored_missing_qualifications (bool | None):
            qualification_id (int | None): Guide spelling; a single qualification to require.
            required (bool | None): Guide spelling; whether `qualification_id` is mandatory.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        selection_rule: SelectionRuleInput | Unset = UNSET,
        ignored_missing_qualifications: bool | Unset = UNSET,
        qualification_id: int | Unset = UNSET,
        required: bool | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("selection_rule", selection_rule)
        self._set("ignored_missing_qualifications", ignored_missing_qualifications)
        self._set("qualification_id", qualification_id)
        self._set("required", required)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.selection_rule_input import SelectionRuleInput  # noqa: PLC0415

        return {
            "selection_rule": _m.Field(_m.Model(SelectionRuleInput), False, False),
            "ignored_missing_qualifications": _m.Field(_m.BOOL, False, False),
            "qualification_id": _m.Field(_m.INT, False, False),
            "required": _m.Field(_m.BOOL, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def selection_rule(self) -> SelectionRuleInput | None:
        """The selection rule to store on the work order."""
        return cast("SelectionRuleInput | None", self._get("selection_rule"))

    @selection_rule.setter
    def selection_rule(self, value: SelectionRuleInput | None) -> None:
        self._set("selection_rule", value)

    @property
    def ignored_missing_qualifications(self) -> bool | None:
        return cast("bool | None", self._get("ignored_missing_qualifications"))

    @ignored_missing_qualifications.setter
    def ignored_missing_qualifications(self, value: bool | None) -> None:
        self._set("ignored_missing_qualifications", value)

    @property
    def qualification_id(self) -> int | None:
        """Guide spelling; a single qualification to require."""
        return cast("int | None", self._get("qualification_id"))

    @qualification_id.setter
    def qualification_id(self, value: int | None) -> None:
        self._set("qualification_id", value)

    @property
    def required(self) -> bool | None:
        """Guide spelling; whether `qualification_id` is mandatory."""
        return cast("bool | None", self._get("required"))

    @required.setter
    def required(self, value: bool | None) -> None:
        self._set("required", value)


class QualificationInputDict(TypedDict, total=False):
    """:class:`QualificationInput` as plain data (JSON keys); accepted wherever the model is sent."""

    selection_rule: SelectionRuleInput | SelectionRuleInputDict
    ignored_missing_qualifications: bool
    qualification_id: int
    required: bool
