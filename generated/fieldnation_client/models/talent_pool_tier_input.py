from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class TalentPoolTierInput(_m.BaseModel):
    """A tier in a create or update request, in the overview guide's `talent_pools` form: omit `id` to add a new tier, give
    it to rename an existing one.

        Example:
            {'id': 1, 'name': 'Tier 1 - Premium'}

        Attributes:
            name (str):
            id (int | None): Existing tier to rename; leave out to create a tier.
    """

    __slots__ = ()

    def __init__(self, *, name: str, id: int | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)
        self._set("id", id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"name": _m.Field(_m.STR, True, False), "id": _m.Field(_m.INT, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> str:
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def id(self) -> int | None:
        """Existing tier to rename; leave out to create a tier."""
        return cast("int | None", self._get("id"))

    @id.setter
    def id(self, value: int | None) -> None:
        self._set("id", value)


class TalentPoolTierInputDict(TypedDict, total=False):
    """:class:`TalentPoolTierInput` as plain data (JSON keys); accepted wherever the model is sent."""

    name: Required[str]
    id: int
