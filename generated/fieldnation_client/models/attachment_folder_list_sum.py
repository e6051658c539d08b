from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class AttachmentFolderListSum(_m.BaseModel):
    """
    Attributes:
        unreviewed (int | None):
    """

    __slots__ = ()

    def __init__(self, *, unreviewed: int | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("unreviewed", unreviewed)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"unreviewed": _m.Field(_m.INT, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def unreviewed(self) -> int | None:
        return cast("int | None", self._get("unreviewed"))

    @unreviewed.setter
    def unreviewed(self, value: int | None) -> None:
        self._set("unreviewed", value)


class AttachmentFolderListSumDict(TypedDict, total=False):
    """:class:`AttachmentFolderListSum` as plain data (JSON keys); accepted wherever the model is sent."""

    unreviewed: int
