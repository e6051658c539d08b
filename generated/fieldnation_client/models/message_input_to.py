from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m


class MessageInputTo(_m.BaseModel):
    """Recipient; required when `type` is `SPECIFICTECH` (the guide's "use to.id"; the local sandbox enforced it with 422,
    stated here so that it is checked as 400).

        Attributes:
            id (int):
    """

    __slots__ = ()

    def __init__(self, *, id: int) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"id": _m.Field(_m.INT, True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)


class MessageInputToDict(TypedDict, total=False):
    """:class:`MessageInputTo` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
