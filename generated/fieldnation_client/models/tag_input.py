from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class TagInput(_m.BaseModel):
    """Body of `POST /workorders/{work_order_id}/tags`: the company tag to apply, by ID (see `GET /company/tags`).

    Example:
        {'id': 1007}

    Attributes:
        id (int): ID of an existing company tag.
        label (str | None): Ignored by the API; accepted because some clients send the whole tag.
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
        """ID of an existing company tag."""
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def label(self) -> str | None:
        """Ignored by the API; accepted because some clients send the whole tag."""
        return cast("str | None", self._get("label"))

    @label.setter
    def label(self, value: str | None) -> None:
        self._set("label", value)


class TagInputDict(TypedDict, total=False):
    """:class:`TagInput` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    label: str
