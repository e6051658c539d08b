"""Recipes: preferred provider groups (first-generation talent pool groups)."""

from __future__ import annotations

from typing import Any

from . import recipe


def a_group(api: Any) -> int:
    """A named (not built-in) group of the company."""
    groups = api.call("list_preferred_provider_groups", expect=200).json()["results"]
    return int(next(g["id"] for g in groups if g["id"] != 99999999))


@recipe("list_preferred_provider_groups")
def list_groups(api: Any) -> Any:
    return api.call("list_preferred_provider_groups")


@recipe("get_preferred_provider_group")
def get_group(api: Any) -> Any:
    return api.call("get_preferred_provider_group", path={"group_id": a_group(api)})


@recipe("list_preferred_provider_group_users")
def list_users(api: Any) -> Any:
    return api.call(
        "list_preferred_provider_group_users",
        path={"group_id": a_group(api)},
        query={"per_page": 10},
    )


@recipe("list_preferred_provider_group_provider_ids")
def provider_ids(api: Any) -> Any:
    return api.call("list_preferred_provider_group_provider_ids", path={"group_id": a_group(api)})


def outsider(api: Any, group: int) -> int:
    members = api.call(
        "list_preferred_provider_group_provider_ids", path={"group_id": group}, expect=200
    ).json()["results"]
    return next(p for p in (9001, 9002, 9003, 9004, 9005) if p not in members)


@recipe("add_preferred_provider_group_user")
def add_user(api: Any) -> Any:
    group = a_group(api)
    return api.call(
        "add_preferred_provider_group_user",
        path={"group_id": group},
        json={"user": {"id": outsider(api, group)}},
    )


@recipe("remove_preferred_provider_group_users")
def remove_users(api: Any) -> Any:
    group = a_group(api)
    provider = outsider(api, group)
    api.call(
        "add_preferred_provider_group_user",
        path={"group_id": group},
        json={"users": [{"id": provider}]},
        expect=201,
    )
    return api.call(
        "remove_preferred_provider_group_users",
        path={"group_id": group},
        json={"users": [{"id": provider}]},
    )
