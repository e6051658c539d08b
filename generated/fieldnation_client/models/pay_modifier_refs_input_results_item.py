from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class PayModifierRefsInputResultsItem(_m.BaseModel):
    """
    Attributes:
        id (int): Id of the company's bonus or penalty definition.
        charged (bool | None): Whether the modifier is charged.
    """

    __slots__ = ()

    def __init__(self, *, id: int, charged: bool | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("charged", charged)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"id": _m.Field(_m.INT, True, False), "charged": _m.Field(_m.BOOL, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        """Id of the company's bonus or penalty definition."""
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def charged(self) -> bool | None:
        """Whether the modifier is charged."""
        return cast("bool | None", self._get("charged"))

    @charged.setter
    def charged(self, value: bool | None) -> None:
        self._set("charged", value)


class PayModifierRefsInputResultsItemDict(TypedDict, total=False):
    """:class:`PayModifierRefsInputResultsItem` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    charged: bool
