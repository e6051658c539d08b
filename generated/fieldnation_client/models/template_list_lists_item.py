from __future__ import annotations

from typing import Any, TypeAlias

from .. import _models as _m


class TemplateListListsItem(_m.BaseModel):
    __slots__ = ()

    def __init__(self) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY


TemplateListListsItemDict: TypeAlias = "dict[str, Any]"
"""TemplateListListsItem as plain data (its JSON keys cannot all be Python names)."""
