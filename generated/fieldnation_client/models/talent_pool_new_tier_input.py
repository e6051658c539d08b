from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m


class TalentPoolNewTierInput(_m.BaseModel):
    """A tier to create with a new group, in the overview guide's `talent_pools` form: a name. A new group has no tier to
    rename yet, so the local sandbox refuses a tier `id` with 400 (its convention; Field Nation's pages do not say).

        Example:
            {'name': 'Tier 1 - Premium'}

        Attributes:
            name (str):
    """

    __slots__ = ()

    def __init__(self, *, name: str) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"name": _m.Field(_m.STR, True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> str:
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)


class TalentPoolNewTierInputDict(TypedDict, total=False):
    """:class:`TalentPoolNewTierInput` as plain data (JSON keys); accepted wherever the model is sent."""

    name: Required[str]
