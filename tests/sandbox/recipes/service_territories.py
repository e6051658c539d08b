"""Recipes: service territories."""

from __future__ import annotations

from typing import Any

from . import recipe

TERRITORY = "3f6c2a8e-5d41-4c7b-9e12-7a0b4d9c8e21"
"""Seeded Southwest Territory of project 2201: 9003 in tier 3, 9004 in tier 4."""
BODY = {
    "name": "Mountain Territory",
    "project_id": 2201,
    "display_name": "Mountain Region",
    "description": "Denver and Salt Lake metros.",
    "attributes": [{"name": "coverage_radius", "value": "60"}],
}


@recipe("list_service_territories")
def list_territories(api: Any) -> Any:
    return api.call(
        "list_service_territories", query={"f_project_id": 2201, "limit": 5, "sort_by": "name"}
    )


@recipe("create_service_territory")
def create(api: Any) -> Any:
    return api.call("create_service_territory", json=BODY)


@recipe("get_service_territory")
def get(api: Any) -> Any:
    return api.call("get_service_territory", path={"service_territory_uuid": TERRITORY})


@recipe("update_service_territory")
def update(api: Any) -> Any:
    body = {
        "display_name": "SW Region (AZ, NM)",
        "attributes": [{"name": "coverage_radius", "value": "75"}],
    }
    return api.call(
        "update_service_territory", path={"service_territory_uuid": TERRITORY}, json=body
    )


@recipe("delete_service_territory")
def delete(api: Any) -> Any:
    created = api.call("create_service_territory", json=BODY, expect=201).json()
    return api.call("delete_service_territory", path={"service_territory_uuid": created["id"]})


@recipe("list_service_territory_providers")
def providers(api: Any) -> Any:
    return api.call(
        "list_service_territory_providers",
        path={"service_territory_uuid": TERRITORY},
        query={"limit": 10},
    )


@recipe("remove_service_territory_provider")
def remove(api: Any) -> Any:
    return api.call(
        "remove_service_territory_provider",
        path={"service_territory_uuid": TERRITORY, "provider_id": 9004},
        query={"tierId": 4},
    )
