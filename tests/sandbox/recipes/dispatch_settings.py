"""Recipes: Smart Dispatch settings of a project."""

from __future__ import annotations

from typing import Any

from . import recipe

SETTINGS = {
    "buyer_id": 501,
    "created_by": 7001,
    "dispatch_runtime_minutes": 120,
    "rerun_until_threshold": True,
    "rerun_threshold_minutes": 60,
    "dispatch_to_first_available": True,
    "revert_to_draft_on_no_available": False,
    "is_dispatch_settings_enabled": True,
}


def new_project(api: Any) -> int:
    return int(
        api.call("create_project", json={"name": "Summer Kiosk Rollout"}, expect=201).json()["id"]
    )


@recipe("create_dispatch_settings")
def create(api: Any) -> Any:
    return api.call("create_dispatch_settings", json={"project_id": new_project(api), **SETTINGS})


@recipe("get_dispatch_settings")
def get(api: Any) -> Any:
    return api.call("get_dispatch_settings", path={"project_id": 2201})


@recipe("update_dispatch_settings")
def update(api: Any) -> Any:
    return api.call(
        "update_dispatch_settings",
        path={"project_id": 2201},
        json={**SETTINGS, "dispatch_runtime_minutes": 60},
    )
