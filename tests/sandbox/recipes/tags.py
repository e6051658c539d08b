"""Recipes: work-order tags (company tags applied to a work order)."""

from __future__ import annotations

from itertools import count
from typing import Any

from . import recipe
from .work_orders import new_work_order

SERIAL = count(1)


def company_tag(api: Any, **extra: Any) -> int:
    """A new company tag (usable in every status unless ``valid_statuses`` says otherwise)."""
    body = {"label": f"Awaiting parts {next(SERIAL)}", "hex_color": "#F67B1E", **extra}
    return int(api.call("create_company_tag", json=body, expect=201).json()["id"])


def tagged(api: Any) -> tuple[int, int]:
    wo, tag = new_work_order(api), company_tag(api)
    api.call("create_work_order_tag", path={"work_order_id": wo}, json={"id": tag}, expect=201)
    return wo, tag


@recipe("list_work_order_tags")
def list_tags(api: Any) -> Any:
    wo, _ = tagged(api)
    return api.call("list_work_order_tags", path={"work_order_id": wo})


@recipe("create_work_order_tag")
def create_tag(api: Any) -> Any:
    return api.call(
        "create_work_order_tag",
        path={"work_order_id": new_work_order(api)},
        json={"id": company_tag(api)},
    )


@recipe("delete_work_order_tag")
def delete_tag(api: Any) -> Any:
    wo, tag = tagged(api)
    return api.call("delete_work_order_tag", path={"work_order_id": wo, "tag_id": tag})
