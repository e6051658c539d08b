from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bundled_work_order import BundledWorkOrder, BundledWorkOrderDict


class BundleCreated(_m.BaseModel):
    """The synchronous answer the bundles guide shows for `POST /workorders/bundle`: the new bundle's ID, the bundled work
    orders and their combined pay. The 2026-02-09 playground answers a background job (`AsyncJob`) instead, as the local
    sandbox does.

        Example:
            {'bundle_id': 'BND-12345', 'work_orders': [{'id': 1001, 'title': 'Site A Install'}], 'total_pay': 450.0}

        Attributes:
            bundle_id (str | int): The bundle's ID (the guide's example is a string such as `BND-12345`).
            work_orders (list[BundledWorkOrder] | None):
            total_pay (float | None): Combined pay of the bundled work orders.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        bundle_id: str | int,
        work_orders: list[BundledWorkOrder] | Unset = UNSET,
        total_pay: float | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("bundle_id", bundle_id)
        self._set("work_orders", work_orders)
        self._set("total_pay", total_pay)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.bundled_work_order import BundledWorkOrder  # noqa: PLC0415

        return {
            "bundle_id": _m.Field(_m.Union((_m.STR, _m.INT)), True, False),
            "work_orders": _m.Field(_m.List(_m.Model(BundledWorkOrder)), False, False),
            "total_pay": _m.Field(_m.FLOAT, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def bundle_id(self) -> str | int:
        """The bundle's ID (the guide's example is a string such as `BND-12345`)."""
        return cast("str | int", self._get("bundle_id"))

    @bundle_id.setter
    def bundle_id(self, value: str | int) -> None:
        self._set("bundle_id", value)

    @property
    def work_orders(self) -> list[BundledWorkOrder] | None:
        return cast("list[BundledWorkOrder] | None", self._get("work_orders"))

    @work_orders.setter
    def work_orders(self, value: list[BundledWorkOrder] | None) -> None:
        self._set("work_orders", value)

    @property
    def total_pay(self) -> float | None:
        """Combined pay of the bundled work orders."""
        return cast("float | None", self._get("total_pay"))

    @total_pay.setter
    def total_pay(self, value: float | None) -> None:
        self._set("total_pay", value)


class BundleCreatedDict(TypedDict, total=False):
    """:class:`BundleCreated` as plain data (JSON keys); accepted wherever the model is sent."""

    bundle_id: Required[str | int]
    work_orders: list[BundledWorkOrder | BundledWorkOrderDict]
    total_pay: float
