"""Work-order custom fields: list (by category), get one, set a value.

The fields are the company's definitions (kind ``company_custom_field``) with this work
order's values; they live in the work order at ``custom_fields`` as categories holding
fields. A work order gets the section, with each definition's default value, the first time
it is read or written here; definitions added later join on the next call.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

from ..errors import ApiError
from ..registry import Context, Reply, operation
from ._common import load_work_order, ok, page_args, save_work_order

DEFINITION = "company_custom_field"
TYPES = ("text", "numeric", "date", "date_time", "time", "predefined", "phone", "dropdown")
ROLES = {
    "buyer": "buyer",
    "assigned_provider": "assigned_provider",
    "provider": "assigned_provider",
}
COPIED = ("name", "tip", "options", "dependency", "flags")


def _field(definition: dict[str, Any], category: str) -> dict[str, Any]:
    field: dict[str, Any] = {"id": definition["id"]}
    for key in COPIED:
        if key in definition:
            field[key] = definition[key]
    field["type"] = definition.get("type") if definition.get("type") in TYPES else "text"
    field["role"] = _role(definition)
    field["value"] = definition.get("value")
    field["category"] = category
    field["actions"] = ["edit"]
    return field


def _role(definition: dict[str, Any]) -> str:
    return ROLES.get(definition.get("role") or definition.get("filled_by") or "buyer", "buyer")


def _category_name(definition: dict[str, Any]) -> str:
    if definition.get("category"):
        return str(definition["category"])
    return "Provider Fields" if _role(definition) == "assigned_provider" else "Buyer Fields"


def _applies(definition: dict[str, Any], doc: dict[str, Any]) -> bool:
    projects = definition.get("projects") or []
    return not projects or (doc.get("project") or {}).get("id") in projects


def sync_custom_fields(ctx: Context, doc: dict[str, Any]) -> dict[str, Any]:
    """``doc['custom_fields']`` rebuilt from the company's current definitions, values kept."""
    current = doc.get("custom_fields")
    old = (
        list(current["results"])
        if isinstance(current, dict) and isinstance(current.get("results"), list)
        else []
    )
    values = {f["id"]: f.get("value") for c in old for f in c.get("results", [])}
    category_ids = {c.get("name"): c.get("id") for c in old}
    categories: list[dict[str, Any]] = []
    for definition in ctx.store.list(DEFINITION, ctx.company_id):
        if not _applies(definition, doc):
            continue
        name = _category_name(definition)
        category = next((c for c in categories if c["name"] == name), None)
        if category is None:
            used = {c["id"] for c in categories} | {
                i for n, i in category_ids.items() if n != name and isinstance(i, int)
            }
            ident = category_ids.get(name, definition.get("category_id"))
            if not isinstance(ident, int) or ident in used:
                ident = max(used | {0}) + 1
            category = {"id": ident, "name": name, "role": _role(definition), "results": []}
            categories.append(category)
        field = _field(definition, name)
        if definition["id"] in values:
            field["value"] = values[definition["id"]]
        category["results"].append(field)
    total = 0
    for category in categories:
        count = len(category["results"])
        total += count
        category["metadata"] = {
            "total": count,
            "page": 1,
            "pages": 1 if count else 0,
            "per_page": max(count, 25),
        }
    doc["custom_fields"] = {
        "metadata": {
            "total": total,
            "page": 1,
            "pages": 1 if total else 0,
            "per_page": max(total, 25),
        },
        "results": categories,
    }
    return doc["custom_fields"]


def find_custom_field(ctx: Context, doc: dict[str, Any], ident: object) -> dict[str, Any]:
    for category in sync_custom_fields(ctx, doc)["results"]:
        for field in category["results"]:
            if str(field["id"]) == str(ident):
                return field  # type: ignore[no-any-return]
    raise ApiError(404, f"Custom field {ident} not found on work order {doc['id']}")


def _reject(field: dict[str, Any], message: str) -> ApiError:
    return ApiError(
        422,
        f"value: {message} for custom field {field['id']} ({field.get('name', '')})",
        [{"field": "body.value", "message": message}],
    )


def check_value(field: dict[str, Any], value: str) -> str:
    """``value`` if the field's type and options accept it, else a 422."""
    text = value.strip()
    if text == "":
        if "required" in (field.get("flags") or []):
            raise _reject(field, "a value is required")
        return ""
    kind = field.get("type", "text")
    parsers: dict[str, Any] = {
        "numeric": float,
        "date": date.fromisoformat,
        "date_time": lambda v: datetime.fromisoformat(v.replace("Z", "+00:00")),
        "time": time.fromisoformat,
    }
    if kind in ("predefined", "dropdown"):
        options = field.get("options") or []
        if options and value not in options:
            raise _reject(field, f"must be one of {', '.join(repr(o) for o in options)}")
    elif kind in parsers:
        try:
            parsers[kind](text)
        except ValueError:
            raise _reject(field, f"not a valid {kind.replace('_', ' ')}") from None
    elif kind == "phone" and (
        not re.fullmatch(r"[0-9+()\-. x]+", text) or len(re.sub(r"\D", "", text)) < 7
    ):
        raise _reject(field, "not a phone number")
    return value


@operation("list_work_order_custom_fields")
def list_work_order_custom_fields(ctx: Context) -> Reply:
    listing = sync_custom_fields(ctx, load_work_order(ctx))
    page, per_page = page_args(ctx)
    flat = [(category, field) for category in listing["results"] for field in category["results"]]
    chosen = flat[(page - 1) * per_page : page * per_page]
    results: list[dict[str, Any]] = []
    for category, field in chosen:
        if not results or results[-1]["id"] != category["id"]:
            results.append(
                {k: v for k, v in category.items() if k not in ("results", "metadata")}
                | {"results": []}
            )
        results[-1]["results"].append(field)
    for category in results:
        count = len(category["results"])
        category["metadata"] = {"total": count, "page": 1, "pages": 1, "per_page": max(count, 25)}
    total = len(flat)
    metadata = {"total": total, "page": page, "pages": -(-total // per_page), "per_page": per_page}
    return ok({"metadata": metadata, "results": results})


@operation("get_work_order_custom_field")
def get_work_order_custom_field(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    return ok(find_custom_field(ctx, doc, ctx.path["custom_field_id"]))


@operation("update_work_order_custom_field")
def update_work_order_custom_field(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    field = find_custom_field(ctx, doc, ctx.path["custom_field_id"])
    if "value" in ctx.body:  # optional on the playground: no value changes nothing
        field["value"] = check_value(field, ctx.body["value"])
    if doc.get("tasks"):  # custom-field tasks show the field's current value
        from .tasks import refresh_tasks

        refresh_tasks(doc)
    return ok(save_work_order(ctx, doc))
