"""Recipes: projects and the providers' talent pool group placements in a project."""

from __future__ import annotations

from typing import Any

from . import recipe

PROJECT = {
    "name": "Summer Kiosk Rollout",
    "status": "active",
    "description": "Install self-checkout kiosks in 30 stores.",
    "standard_instructions": "Check in with the store manager on arrival.",
    "cancellation_fee": 35,
    "late_notification": True,
    "manager": {"id": 7001},
}


def new_project(api: Any, **extra: Any) -> int:
    return int(api.call("create_project", json={**PROJECT, **extra}, expect=201).json()["id"])


def with_provider(api: Any, provider_id: int = 9003) -> int:
    project = new_project(api)
    api.call(
        "add_project_providers",
        path={"project_id": project},
        json={"provider_ids": [provider_id]},
        expect=201,
    )
    return project


@recipe("list_projects")
def list_projects(api: Any) -> Any:
    return api.call("list_projects", query={"per_page": 10})


@recipe("create_project")
def create_project(api: Any) -> Any:
    return api.call("create_project", json=PROJECT)


@recipe("get_project")
def get_project(api: Any) -> Any:
    return api.call("get_project", path={"project_id": new_project(api)})


@recipe("add_project_providers")
def add_project_providers(api: Any) -> Any:
    return api.call(
        "add_project_providers",
        path={"project_id": new_project(api)},
        json={"provider_ids": [9001, 9002]},
    )


@recipe("get_project_provider_assignments")
def get_project_provider_assignments(api: Any) -> Any:
    return api.call(
        "get_project_provider_assignments",
        path={"project_id": with_provider(api), "provider_id": 9003},
    )


@recipe("update_project_provider_assignments")
def update_project_provider_assignments(api: Any) -> Any:
    path = {"project_id": with_provider(api), "provider_id": 9003}
    return api.call(
        "update_project_provider_assignments", path=path, json={"talent_pool_groups": []}
    )
