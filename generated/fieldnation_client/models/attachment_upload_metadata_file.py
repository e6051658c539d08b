from __future__ import annotations

from typing import Any

from .. import _models as _m
from ..types import UNSET


class AttachmentUploadMetadataFile(_m.BaseModel):
    """Optional override of the stored file name.

    Attributes:
        name (Any):
    """

    __slots__ = ()

    def __init__(self, *, name: Any = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"name": _m.Field(_m.ANY, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> Any:
        return self._get("name")

    @name.setter
    def name(self, value: Any) -> None:
        self._set("name", value)
