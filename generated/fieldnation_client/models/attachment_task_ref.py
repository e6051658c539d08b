from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m


class AttachmentTaskRef(_m.BaseModel):
    """Task the file or folder is tied to; `id` is 0 when there is none.

    Example:
        {'id': 22578}

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


class AttachmentTaskRefDict(TypedDict, total=False):
    """:class:`AttachmentTaskRef` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
