"""Recipes: work-order signatures."""

from __future__ import annotations

from typing import Any

from . import recipe
from .work_orders import new_work_order

PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
SIGNATURE = {"name": "Jordan Blake", "format": "image/png", "data": PNG}


def signed(api: Any) -> tuple[int, int]:
    """A new work order with one signature: ``(work_order_id, signature_id)``."""
    wo = new_work_order(api)
    body = api.call(
        "create_work_order_signature", path={"work_order_id": wo}, json=SIGNATURE, expect=201
    ).json()
    return wo, int(body["signatures"]["results"][0]["id"])


@recipe("list_work_order_signatures")
def list_signatures(api: Any) -> Any:
    wo, _ = signed(api)
    return api.call(
        "list_work_order_signatures", path={"work_order_id": wo}, query={"page": 1, "per_page": 25}
    )


@recipe("create_work_order_signature")
def create_signature(api: Any) -> Any:
    return api.call(
        "create_work_order_signature", path={"work_order_id": new_work_order(api)}, json=SIGNATURE
    )


@recipe("get_work_order_signature")
def get_signature(api: Any) -> Any:
    wo, sig = signed(api)
    return api.call("get_work_order_signature", path={"work_order_id": wo, "signature_id": sig})


@recipe("delete_work_order_signature")
def delete_signature(api: Any) -> Any:
    wo, sig = signed(api)
    return api.call("delete_work_order_signature", path={"work_order_id": wo, "signature_id": sig})
