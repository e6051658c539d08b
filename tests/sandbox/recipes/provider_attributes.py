"""Recipes: attributes of a provider in a talent pool (tier)."""

from __future__ import annotations

from typing import Any

from . import recipe

POOL = {"talent_pool_id": 2, "provider_id": 9001}
"""Provider 9001 in tier 2 of the seeded group c9024ae8-... (company 501)."""
PAY_RATE = "9a1e4c3b-2f7d-4e58-b6a0-1c2d3e4f5a6b"
PRIORITY = "4b7d2e1f-8c3a-4f6e-9d05-2a1b3c4d5e6f"


@recipe("list_provider_attributes")
def list_attributes(api: Any) -> Any:
    return api.call("list_provider_attributes", path=POOL, query={"sort_by": "name", "limit": 10})


@recipe("create_provider_attributes")
def create(api: Any) -> Any:
    body = {
        "attributes": [
            {"name": "travel_radius_miles", "value": "40"},
            {"name": "languages", "value": "en,es"},
        ]
    }
    return api.call("create_provider_attributes", path=POOL, json=body)


@recipe("update_provider_attributes")
def update_many(api: Any) -> Any:
    body = {
        "attributes": [
            {"talent_pool_provider_attribute_id": PAY_RATE, "value": "75.00"},
            {"id": PRIORITY, "value": "critical"},
        ]
    }
    return api.call("update_provider_attributes", path=POOL, json=body)


@recipe("update_provider_attribute")
def update_one(api: Any) -> Any:
    return api.call(
        "update_provider_attribute",
        path={**POOL, "attribute_uuid": PAY_RATE},
        json={"value": "80.00"},
    )


@recipe("delete_provider_attribute")
def delete(api: Any) -> Any:
    return api.call("delete_provider_attribute", path={**POOL, "attribute_uuid": PRIORITY})
