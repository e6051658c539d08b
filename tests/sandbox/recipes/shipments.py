"""Recipes: work-order shipments."""

from __future__ import annotations

from typing import Any

from . import recipe
from .work_orders import new_work_order

SHIPMENT = {
    "name": "Replacement POS terminal",
    "direction": "to site",
    "carrier": {"name": "fedex", "tracking": "123456789012"},
}


def with_shipment(api: Any) -> tuple[int, int]:
    """A new work order with one shipment: ``(work_order_id, shipment_id)``."""
    wo = new_work_order(api)
    doc = api.call(
        "create_work_order_shipment", path={"work_order_id": wo}, json=SHIPMENT, expect=201
    ).json()
    return wo, int(doc["shipments"]["results"][0]["id"])


@recipe("list_work_order_shipments")
def list_shipments(api: Any) -> Any:
    wo, _ = with_shipment(api)
    return api.call("list_work_order_shipments", path={"work_order_id": wo})


@recipe("create_work_order_shipment")
def create_shipment(api: Any) -> Any:
    return api.call(
        "create_work_order_shipment", path={"work_order_id": new_work_order(api)}, json=SHIPMENT
    )


@recipe("update_work_order_shipment")
def update_shipment(api: Any) -> Any:
    wo, shipment = with_shipment(api)
    return api.call(
        "update_work_order_shipment",
        path={"work_order_id": wo, "shipment_id": shipment},
        json={"status": "delivered"},
    )


@recipe("delete_work_order_shipment")
def delete_shipment(api: Any) -> Any:
    wo, shipment = with_shipment(api)
    return api.call(
        "delete_work_order_shipment", path={"work_order_id": wo, "shipment_id": shipment}
    )
