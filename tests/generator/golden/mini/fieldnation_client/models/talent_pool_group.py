from __future__ import annotations

from typing import Required, TypedDict, cast
from uuid import UUID

from .. import _models as _m


class TalentPoolGroup(_m.BaseModel):
    """
    Attributes:
        uuid (UUID):
        name (str):
    """

    __slots__ = ()

    def __init__(self, *, uuid: UUID, name: str) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("uuid", uuid)
        self._set("name", name)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"uuid": _m.Field(_m.UUID, True, False), "name": _m.Field(_m.STR, True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def uuid(self) -> UUID:
        return cast("UUID", self._get("uuid"))

    @uuid.setter
    def uuid(self, value: UUID) -> None:
        self._set("uuid", value)

    @property
    def name(self) -> str:
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)


class TalentPoolGroupDict(TypedDict, total=False):
    """:class:`TalentPoolGroup` as plain data (JSON keys); accepted wherever the model is sent."""

    uuid: Required[UUID | str]
    name: Required[str]
