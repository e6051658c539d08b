from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class UnbundleRequest(_m.BaseModel):
    """Body of `POST /workorders/unbundle`: the work orders to take out of their bundle.

    Example:
        {'ids': [1002]}

    Attributes:
        ids (list[int] | None):
        work_order_ids (list[int] | None): Guide spelling of `ids`; accepted as an alias.
    """

    __slots__ = ()

    def __init__(self, *, ids: list[int] | Unset = UNSET, work_order_ids: list[int] | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("ids", ids)
        self._set("work_order_ids", work_order_ids)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "ids": _m.Field(_m.List(_m.INT), False, False),
            "work_order_ids": _m.Field(_m.List(_m.INT), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def ids(self) -> list[int] | None:
        return cast("list[int] | None", self._get("ids"))

    @ids.setter
    def ids(self, value: list[int] | None) -> None:
        self._set("ids", value)

    @property
    def work_order_ids(self) -> list[int] | None:
        """Guide spelling of `ids`; accepted as an alias."""
        return cast("list[int] | None", self._get("work_order_ids"))

    @work_order_ids.setter
    def work_order_ids(self, value: list[int] | None) -> None:
        self._set("work_order_ids", value)


class UnbundleRequestDict(TypedDict, total=False):
    """:class:`UnbundleRequest` as plain data (JSON keys); accepted wherever the model is sent."""

    ids: list[int]
    work_order_ids: list[int]
