from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef, IdRefDict


class SmartDispatchRequest(_m.BaseModel):
    """Body of the trigger request, the work orders to dispatch.

    Example:
        {'workOrders': [{'id': 1001}, {'id': 1002}]}

    Attributes:
        work_orders (list[IdRef] | None): Work orders to dispatch.
        work_order_ids (list[int] | None): Overview guide form of `workOrders`.
        strategy (str | None): Dispatch strategy named in the overview guide (`standard`).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        work_orders: list[IdRef] | Unset = UNSET,
        work_order_ids: list[int] | Unset = UNSET,
        strategy: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("workOrders", work_orders)
        self._set("work_order_ids", work_order_ids)
        self._set("strategy", strategy)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        return {
            "workOrders": _m.Field(_m.List(_m.Model(IdRef)), False, False),
            "work_order_ids": _m.Field(_m.List(_m.INT), False, False),
            "strategy": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def work_orders(self) -> list[IdRef] | None:
        """Work orders to dispatch."""
        return cast("list[IdRef] | None", self._get("workOrders"))

    @work_orders.setter
    def work_orders(self, value: list[IdRef] | None) -> None:
        self._set("workOrders", value)

    @property
    def work_order_ids(self) -> list[int] | None:
        """Overview guide form of `workOrders`."""
        return cast("list[int] | None", self._get("work_order_ids"))

    @work_order_ids.setter
    def work_order_ids(self, value: list[int] | None) -> None:
        self._set("work_order_ids", value)

    @property
    def strategy(self) -> str | None:
        """Dispatch strategy named in the overview guide (`standard`)."""
        return cast("str | None", self._get("strategy"))

    @strategy.setter
    def strategy(self, value: str | None) -> None:
        self._set("strategy", value)


class SmartDispatchRequestDict(TypedDict, total=False):
    """:class:`SmartDispatchRequest` as plain data (JSON keys); accepted wherever the model is sent."""

    workOrders: list[IdRef | IdRefDict]
    work_order_ids: list[int]
    strategy: str
