from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m

if TYPE_CHECKING:
    from ..models.pay_modifier_refs_input_results_item import (
        PayModifierRefsInputResultsItem,
        PayModifierRefsInputResultsItemDict,
    )


class PayModifierRefsInput(_m.BaseModel):
    """Company bonuses or penalties to apply to the work order, by the id of the company's definition (`GET /bonuses`, `GET
    /penalties`).

        Example:
            {'results': [{'id': 31}]}

        Attributes:
            results (list[PayModifierRefsInputResultsItem]):
    """

    __slots__ = ()

    def __init__(self, *, results: list[PayModifierRefsInputResultsItem]) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.pay_modifier_refs_input_results_item import PayModifierRefsInputResultsItem  # noqa: PLC0415

        return {"results": _m.Field(_m.List(_m.Model(PayModifierRefsInputResultsItem)), True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[PayModifierRefsInputResultsItem]:
        return cast("list[PayModifierRefsInputResultsItem]", self._get("results"))

    @results.setter
    def results(self, value: list[PayModifierRefsInputResultsItem]) -> None:
        self._set("results", value)


class PayModifierRefsInputDict(TypedDict, total=False):
    """:class:`PayModifierRefsInput` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[PayModifierRefsInputResultsItem | PayModifierRefsInputResultsItemDict]]
