from __future__ import annotations

from typing import Any, cast
from uuid import UUID

from .. import _models as _m


class TalentPoolGroup(_m.BaseModel):
    """
    Attributes:
        uuid (UUID):
        name (Any):
    """

    __slots__ = ()

    def __init__(self, *, uuid: UUID, name: Any) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("uuid", uuid)
        self._set("name", name)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"uuid": _m.Field(_m.UUID, True, False), "name": _m.Field(_m.ANY, True, False)}

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
    def name(self) -> Any:
        return self._get("name")

    @name.setter
    def name(self, value: Any) -> None:
        self._set("name", value)
