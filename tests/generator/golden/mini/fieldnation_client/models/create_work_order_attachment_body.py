from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, File, Unset


class CreateWorkOrderAttachmentBody(_m.BaseModel):
    """
    Attributes:
        file (File):
        notes (str | None):
    """

    __slots__ = ()

    def __init__(self, *, file: File, notes: str | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("file", file)
        self._set("notes", notes)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"file": _m.Field(_m.ANY, True, False), "notes": _m.Field(_m.STR, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def file(self) -> File:
        return cast("File", self._get("file"))

    @file.setter
    def file(self, value: File) -> None:
        self._set("file", value)

    @property
    def notes(self) -> str | None:
        return cast("str | None", self._get("notes"))

    @notes.setter
    def notes(self, value: str | None) -> None:
        self._set("notes", value)


class CreateWorkOrderAttachmentBodyDict(TypedDict, total=False):
    """:class:`CreateWorkOrderAttachmentBody` as plain data (JSON keys); accepted wherever the model is sent."""

    file: Required[File]
    notes: str
