"""Recipes: users."""

from __future__ import annotations

from typing import Any

from . import recipe


@recipe("get_user")
def get_user(api: Any) -> Any:
    # A staff user of the caller's company (providers are visible to every company).
    return api.call("get_user", path={"user_id": api.creds["staff"][1]["id"]})
