from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class JobStatusReason(_m.BaseModel):
    """Reason given for a job status (a site-revisit reason of the company).

    Example:
        {'id': 8, 'label': 'Incorrect part provided'}

    Attributes:
        id (int):
        label (str | None):
    """

    __slots__ = ()

    def __init__(self, *, id: int, label: str | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("label", label)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"id": _m.Field(_m.INT, True, False), "label": _m.Field(_m.STR, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def label(self) -> str | None:
        return cast("str | None", self._get("label"))

    @label.setter
    def label(self, value: str | None) -> None:
        self._set("label", value)


class JobStatusReasonDict(TypedDict, total=False):
    """:class:`JobStatusReason` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    label: str
