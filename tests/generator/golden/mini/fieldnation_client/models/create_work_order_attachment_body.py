from __future__ import annotations

from typing import Any, cast

from .. import _models as _m
from ..types import UNSET, File


class CreateWorkOrderAttachmentBody(_m.BaseModel):
    """
    Attributes:
        file (File):
        notes (Any):
    """

    __slots__ = ()

    def __init__(self, *, file: File, notes: Any = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("file", file)
        self._set("notes", notes)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"file": _m.Field(_m.ANY, True, False), "notes": _m.Field(_m.ANY, False, False)}

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
    def notes(self) -> Any:
        return self._get("notes")

    @notes.setter
    def notes(self, value: Any) -> None:
        self._set("notes", value)
