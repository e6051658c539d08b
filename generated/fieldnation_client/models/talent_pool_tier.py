from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class TalentPoolTier(_m.BaseModel):
    """One talent pool (tier) inside a group. Its `id` is what other operations call `tier_id`, `tierId` or
    `talent_pool_id`.

        Example:
            {'id': 1, 'name': 'Tier 1 - Premium'}

        Attributes:
            id (int): Talent pool (tier) ID.
            name (str | None): Display name of the tier.
    """

    __slots__ = ()

    def __init__(self, *, id: int, name: str | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"id": _m.Field(_m.INT, True, False), "name": _m.Field(_m.STR, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        """Talent pool (tier) ID."""
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def name(self) -> str | None:
        """Display name of the tier."""
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)


class TalentPoolTierDict(TypedDict, total=False):
    """:class:`TalentPoolTier` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    name: str
