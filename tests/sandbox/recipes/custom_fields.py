"""Recipes: work-order custom fields."""

from __future__ import annotations

from typing import Any

from . import recipe
from .contacts import store, work_order

TEXT, PICK, PROVIDER, NUMBER = 990302, 990303, 990310, 990311


def custom_field_definitions(api: Any, company: int = 501) -> dict[str, int]:
    """Custom field definitions for ``company`` (test setup only, added through the store)."""
    db = store(api)
    offset = 0 if company == 501 else 1000
    ids = {
        "text": TEXT + offset,
        "pick": PICK + offset,
        "provider": PROVIDER + offset,
        "number": NUMBER + offset,
    }
    definitions = [
        {
            "id": ids["text"],
            "name": "Store number",
            "tip": "Four-digit store number.",
            "type": "text",
            "role": "buyer",
            "category": "Site details",
            "flags": ["required", "seen_by_provider"],
        },
        {
            "id": ids["pick"],
            "name": "Ladder required",
            "type": "predefined",
            "options": ["Yes", "No"],
            "role": "buyer",
            "category": "Site details",
            "value": "No",
        },
        {
            "id": ids["provider"],
            "name": "Serial number installed",
            "type": "text",
            "role": "assigned_provider",
            "category": "Closeout",
            "flags": ["required_during_checkin"],
        },
        {
            "id": ids["number"],
            "name": "Terminals replaced",
            "type": "numeric",
            "role": "assigned_provider",
            "category": "Closeout",
        },
    ]
    for definition in definitions:
        db.put("company_custom_field", definition["id"], company, definition)
    return ids


@recipe("list_work_order_custom_fields")
def list_custom_fields(api: Any) -> Any:
    custom_field_definitions(api)
    return api.call(
        "list_work_order_custom_fields",
        path={"work_order_id": work_order(api)},
        query={"page": 1, "per_page": 25},
    )


@recipe("get_work_order_custom_field")
def get_custom_field(api: Any) -> Any:
    ids = custom_field_definitions(api)
    return api.call(
        "get_work_order_custom_field",
        path={"work_order_id": work_order(api), "custom_field_id": ids["text"]},
    )


@recipe("update_work_order_custom_field")
def update_custom_field(api: Any) -> Any:
    ids = custom_field_definitions(api)
    path = {"work_order_id": work_order(api), "custom_field_id": ids["text"]}
    return api.call("update_work_order_custom_field", path=path, json={"value": "5522"})
