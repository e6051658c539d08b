from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class WorkOrderListTab(_m.BaseModel):
    """One saved work order list (a tab of the Field Nation UI such as Draft or Assigned) with the number of work orders
    currently in it.

        Example:
            {'id': 'workorders_assigned', 'label': 'Assigned', 'count': 12, 'active': False}

        Attributes:
            id (str): List name, usable as the `list` parameter of List Work Orders.
            label (str | None): Label of the tab.
            count (int | None): Work orders currently in the list.
            active (bool | None): Whether this is the caller's current (sticky) list.
    """

    __slots__ = ()

    def __init__(
        self, *, id: str, label: str | Unset = UNSET, count: int | Unset = UNSET, active: bool | Unset = UNSET
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("label", label)
        self._set("count", count)
        self._set("active", active)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.STR, True, False),
            "label": _m.Field(_m.STR, False, False),
            "count": _m.Field(_m.INT, False, False),
            "active": _m.Field(_m.BOOL, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> str:
        """List name, usable as the `list` parameter of List Work Orders."""
        return cast("str", self._get("id"))

    @id.setter
    def id(self, value: str) -> None:
        self._set("id", value)

    @property
    def label(self) -> str | None:
        """Label of the tab."""
        return cast("str | None", self._get("label"))

    @label.setter
    def label(self, value: str | None) -> None:
        self._set("label", value)

    @property
    def count(self) -> int | None:
        """Work orders currently in the list."""
        return cast("int | None", self._get("count"))

    @count.setter
    def count(self, value: int | None) -> None:
        self._set("count", value)

    @property
    def active(self) -> bool | None:
        """Whether this is the caller's current (sticky) list."""
        return cast("bool | None", self._get("active"))

    @active.setter
    def active(self, value: bool | None) -> None:
        self._set("active", value)


class WorkOrderListTabDict(TypedDict, total=False):
    """:class:`WorkOrderListTab` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[str]
    label: str
    count: int
    active: bool
