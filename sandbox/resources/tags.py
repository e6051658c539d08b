"""Work-order tags: the company's tags (kind ``company_tag``) applied to one work order.

Applied tags live in the work order at ``tags`` (newest first). A company tag may restrict
the work-order statuses it can be applied in (``valid_statuses``; empty means any).
"""

from __future__ import annotations

import re
from typing import Any

from .. import lifecycle
from ..errors import ApiError
from ..registry import Context, Reply, operation, seeder
from ..store import Store
from ._common import (
    add_item,
    created,
    date_obj,
    load_work_order,
    ok,
    refresh,
    remove_item,
    save_work_order,
    section,
    status_name,
    user_ref,
)
from ._seeding import first_work_order, seed_call

PATH = ("tags",)
TAG_STATUS = {
    lifecycle.DRAFT: "created",
    lifecycle.PUBLISHED: "published",
    lifecycle.ROUTED: "routed",
    lifecycle.ASSIGNED: "assigned",
    lifecycle.WORK_DONE: "workdone",
    lifecycle.APPROVED: "approved",
    lifecycle.PAID: "paid",
    lifecycle.CANCELLED: "canceled",
    lifecycle.DELETED: "canceled",
}
TAG_TYPES = {
    "custom_company",
    "hide_from_provider",
    "hold",
    "problem",
    "provider_can_edit",
    "show_in_dashboard",
    "substatus",
    "for_providers_only",
}
HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def _company_tag(ctx: Context, tag_id: int) -> dict[str, Any]:
    tag = ctx.store.get("company_tag", tag_id, ctx.company_id)
    if tag is None:
        raise ApiError(
            422,
            f"id: tag {tag_id} is not a tag of this company (see GET /company/tags)",
            [{"field": "body.id", "message": "unknown tag"}],
        )
    return tag


def _applied(ctx: Context, tag: dict[str, Any]) -> dict[str, Any]:
    """The company tag as the work order shows it once applied."""
    item: dict[str, Any] = {
        "id": tag["id"],
        "label": tag.get("label") or tag.get("name") or f"Tag {tag['id']}",
    }
    color = tag.get("hex_color")
    if isinstance(color, str):
        color = color if color.startswith("#") else f"#{color}"
        if HEX.match(color):
            item["hex_color"] = color
    types = [t for t in tag.get("types") or [] if t in TAG_TYPES]
    if types:
        item["types"] = types
    item["author"] = user_ref(ctx.store, ctx.user_id)
    item["created"] = date_obj(ctx.now)
    item["actions"] = ["delete"]
    return item


def _listing(doc: dict[str, Any]) -> dict[str, Any]:
    tags = section(doc, *PATH)
    tags["actions"] = ["add"]
    return tags


@operation("list_work_order_tags")
def list_work_order_tags(ctx: Context) -> Reply:
    return ok(_listing(load_work_order(ctx)))


@operation("create_work_order_tag")
def create_work_order_tag(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    tag = _company_tag(ctx, ctx.body["id"])
    allowed = tag.get("valid_statuses") or []
    current = TAG_STATUS.get(status_name(doc), "")
    if allowed and current not in allowed:
        raise ApiError(
            422,
            f"id: tag {tag['id']} can only be applied to work orders that are {', '.join(allowed)}; work order {doc['id']} is {status_name(doc)}",
            [{"field": "body.id", "message": "tag not valid in this status"}],
        )
    tags = section(doc, *PATH)
    existing = next((t for t in tags["results"] if t.get("id") == tag["id"]), None)
    if existing is not None:  # applying a tag twice keeps one entry, moved first
        tags["results"].remove(existing)
        tags["results"].insert(0, existing)
        refresh(tags)
    else:
        add_item(doc, PATH, _applied(ctx, tag))
    _listing(doc)
    return created(save_work_order(ctx, doc))


@operation("delete_work_order_tag")
def delete_work_order_tag(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    remove_item(doc, PATH, ctx.path["tag_id"], "Tag")
    _listing(doc)
    return ok(save_work_order(ctx, doc))


@seeder(order=98)
def seed_tags(store: Store, company: dict[str, Any]) -> None:
    """The company's first tag that a draft may carry, on the first draft work order (the
    spec's examples name it)."""
    doc = first_work_order(store, company, lifecycle.DRAFT)
    for tag in sorted(store.list("company_tag", company["id"]), key=lambda t: t["id"]):
        if doc is None:
            return
        try:
            seed_call(store, company, doc, "create_work_order_tag", {"id": tag["id"]})
        except ApiError:
            continue
        return
