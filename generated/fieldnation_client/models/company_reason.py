from __future__ import annotations

from typing import Any, cast

from .. import _models as _m
from ..types import UNSET


class CompanyReason(_m.BaseModel):
    """A reason the company offers for a site revisit or for marking work incomplete.

    Example:
        {'id': 10, 'name': 'Additional parts needed'}

    Attributes:
        id (int):
        name (Any):
        label (Any):
    """

    __slots__ = ()

    def __init__(self, *, id: int, name: Any = UNSET, label: Any = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("label", label)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, True, False),
            "name": _m.Field(_m.ANY, False, False),
            "label": _m.Field(_m.ANY, False, False),
        }

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
    def name(self) -> Any:
        return self._get("name")

    @name.setter
    def name(self, value: Any) -> None:
        self._set("name", value)

    @property
    def label(self) -> Any:
        return self._get("label")

    @label.setter
    def label(self, value: Any) -> None:
        self._set("label", value)
