"""Recipes: talent pool groups (UUID ids, cursor pages)."""

from __future__ import annotations

from typing import Any

from . import recipe

GROUP = "c9024ae8-781c-4aa9-b86f-543671db9208"
"""Seeded group of project 2201 (company 501): tiers 1 and 2; 9002 in tier 1, 9001 and 9005 in tier 2."""
BODY = {
    "name": "Spring POS Refresh - West",
    "project_id": 2201,
    "display_name": "West POS Techs",
    "attributes": [{"name": "certification_level", "value": "expert"}],
    "talent_pools": [{"name": "Tier 1 - Premium"}, {"name": "Tier 2 - Standard"}],
}


def new_group(api: Any, **extra: Any) -> dict[str, Any]:
    return dict(api.call("create_talent_pool_group", json={**BODY, **extra}, expect=201).json())


@recipe("list_talent_pool_groups")
def list_groups(api: Any) -> Any:
    return api.call(
        "list_talent_pool_groups",
        query={"f_project_id": 2201, "limit": 1, "sort_by": "name", "sort_direction": "asc"},
    )


@recipe("create_talent_pool_group")
def create(api: Any) -> Any:
    return api.call("create_talent_pool_group", json=BODY)


@recipe("get_talent_pool_group")
def get(api: Any) -> Any:
    return api.call("get_talent_pool_group", path={"group_uuid": GROUP})


@recipe("update_talent_pool_group")
def update(api: Any) -> Any:
    body = {
        "display_name": "Midwest POS Techs (Tier 1 first)",
        "talent_pools": [{"id": 1, "name": "Tier 1 - Gold"}],
    }
    return api.call("update_talent_pool_group", path={"group_uuid": GROUP}, json=body)


@recipe("delete_talent_pool_group")
def delete(api: Any) -> Any:
    return api.call(
        "delete_talent_pool_group", path={"group_uuid": new_group(api)["talent_pool_group_id"]}
    )


@recipe("list_talent_pool_group_providers")
def providers(api: Any) -> Any:
    return api.call(
        "list_talent_pool_group_providers",
        path={"group_uuid": GROUP},
        query={"sort_by": "name", "sort_direction": "DESC"},
    )


@recipe("remove_talent_pool_group_provider")
def remove(api: Any) -> Any:
    return api.call(
        "remove_talent_pool_group_provider",
        path={"group_uuid": GROUP, "provider_id": 9005},
        query={"tierId": 2},
    )
