from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.qualification_rule_input import QualificationRuleInput, QualificationRuleInputDict


class SelectionRuleInput(_m.BaseModel):
    """The selection rule to store on the work order.

    Example:
        {'name': 'Cert Required', 'results': [{'id': 45, 'required': True}]}

    Attributes:
        id (int | None): Reuse a saved company selection rule by its ID.
        name (str | None):
        results (list[QualificationRuleInput] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        results: list[QualificationRuleInput] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("results", results)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.qualification_rule_input import QualificationRuleInput  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, False, False),
            "name": _m.Field(_m.STR, False, False),
            "results": _m.Field(_m.List(_m.Model(QualificationRuleInput)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int | None:
        """Reuse a saved company selection rule by its ID."""
        return cast("int | None", self._get("id"))

    @id.setter
    def id(self, value: int | None) -> None:
        self._set("id", value)

    @property
    def name(self) -> str | None:
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def results(self) -> list[QualificationRuleInput] | None:
        return cast("list[QualificationRuleInput] | None", self._get("results"))

    @results.setter
    def results(self, value: list[QualificationRuleInput] | None) -> None:
        self._set("results", value)


class SelectionRuleInputDict(TypedDict, total=False):
    """:class:`SelectionRuleInput` as plain data (JSON keys); accepted wherever the model is sent."""

    id: int
    name: str
    results: list[QualificationRuleInput | QualificationRuleInputDict]
