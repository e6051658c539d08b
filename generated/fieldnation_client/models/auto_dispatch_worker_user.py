from __future__ import annotations

from typing import Any

from .. import _models as _m
from ..types import UNSET


class AutoDispatchWorkerUser(_m.BaseModel):
    """Who started the job.

    Attributes:
        id (Any): User ID (a string on the playground).
        first_name (Any):
        last_name (Any):
        thumbnail (Any):
    """

    __slots__ = ()

    def __init__(
        self, *, id: Any = UNSET, first_name: Any = UNSET, last_name: Any = UNSET, thumbnail: Any = UNSET
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("first_name", first_name)
        self._set("last_name", last_name)
        self._set("thumbnail", thumbnail)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.Union((_m.ANY, _m.INT)), False, False),
            "first_name": _m.Field(_m.ANY, False, False),
            "last_name": _m.Field(_m.ANY, False, False),
            "thumbnail": _m.Field(_m.ANY, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> Any:
        """User ID (a string on the playground)."""
        return self._get("id")

    @id.setter
    def id(self, value: Any) -> None:
        self._set("id", value)

    @property
    def first_name(self) -> Any:
        return self._get("first_name")

    @first_name.setter
    def first_name(self, value: Any) -> None:
        self._set("first_name", value)

    @property
    def last_name(self) -> Any:
        return self._get("last_name")

    @last_name.setter
    def last_name(self, value: Any) -> None:
        self._set("last_name", value)

    @property
    def thumbnail(self) -> Any:
        return self._get("thumbnail")

    @thumbnail.setter
    def thumbnail(self, value: Any) -> None:
        self._set("thumbnail", value)
