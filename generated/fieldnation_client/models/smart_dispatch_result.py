from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m

if TYPE_CHECKING:
    from ..models.smart_dispatch_work_order import SmartDispatchWorkOrder, SmartDispatchWorkOrderDict


class SmartDispatchResult(_m.BaseModel):
    """Answer of the trigger request.

    Example:
        {'work_orders': [{'id': 1001}, {'id': 1002}]}

    Attributes:
        work_orders (list[SmartDispatchWorkOrder]): The work orders Smart Dispatch took on.
    """

    __slots__ = ()

    def __init__(self, *, work_orders: list[SmartDispatchWorkOrder]) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("work_orders", work_orders)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.smart_dispatch_work_order import SmartDispatchWorkOrder  # noqa: PLC0415

        return {"work_orders": _m.Field(_m.List(_m.Model(SmartDispatchWorkOrder)), True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def work_orders(self) -> list[SmartDispatchWorkOrder]:
        """The work orders Smart Dispatch took on."""
        return cast("list[SmartDispatchWorkOrder]", self._get("work_orders"))

    @work_orders.setter
    def work_orders(self, value: list[SmartDispatchWorkOrder]) -> None:
        self._set("work_orders", value)


class SmartDispatchResultDict(TypedDict, total=False):
    """:class:`SmartDispatchResult` as plain data (JSON keys); accepted wherever the model is sent."""

    work_orders: Required[list[SmartDispatchWorkOrder | SmartDispatchWorkOrderDict]]
