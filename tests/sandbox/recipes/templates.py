"""Recipes: work order templates."""

from __future__ import annotations

from typing import Any

from . import recipe


@recipe("list_templates")
def list_templates(api: Any) -> Any:
    return api.call("list_templates", query={"page": 1, "per_page": 2})


@recipe("get_template")
def get_template(api: Any) -> Any:
    first = api.call("list_templates", expect=200).json()["results"][0]["id"]
    return api.call("get_template", path={"template_id": first})
