"""Recipes: types of work and service types."""

from __future__ import annotations

from typing import Any

from . import recipe


@recipe("list_types_of_work")
def list_types_of_work(api: Any) -> Any:
    return api.call("list_types_of_work", query={"per_page": 5})


@recipe("list_service_types")
def list_service_types(api: Any) -> Any:
    tow = api.call("list_types_of_work", expect=200).json()["results"][0]["id"]
    return api.call("list_service_types", path={"type_of_work_id": tow})
