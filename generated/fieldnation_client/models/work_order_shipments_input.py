from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m

if TYPE_CHECKING:
    from ..models.shipment_input import ShipmentInput, ShipmentInputDict


class WorkOrderShipmentsInput(_m.BaseModel):
    """Shipments to add to the work order, in the `{results: [...]}` envelope; each item is the body of `POST
    /workorders/{work_order_id}/shipments`.

        Attributes:
            results (list[ShipmentInput]):
    """

    __slots__ = ()

    def __init__(self, *, results: list[ShipmentInput]) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.shipment_input import ShipmentInput  # noqa: PLC0415

        return {"results": _m.Field(_m.List(_m.Model(ShipmentInput)), True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[ShipmentInput]:
        return cast("list[ShipmentInput]", self._get("results"))

    @results.setter
    def results(self, value: list[ShipmentInput]) -> None:
        self._set("results", value)


class WorkOrderShipmentsInputDict(TypedDict, total=False):
    """:class:`WorkOrderShipmentsInput` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[ShipmentInput | ShipmentInputDict]]
