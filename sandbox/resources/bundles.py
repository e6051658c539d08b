"""Bundles: several not-yet-assigned work orders grouped for one provider.

A bundle is stored as its own document (kind ``bundle``: ``{id, work_order_ids}``) and
mirrored into every member work order as ``bundle`` (the spec's ``Bundle``). Every change
rewrites the bundle and all its members, so the two never disagree. A bundle left with fewer
than two work orders is dissolved. The bundle operations answer a job that is already
complete: the sandbox does the work synchronously.
"""

from __future__ import annotations

from typing import Any

from .. import lifecycle
from ..errors import ApiError
from ..registry import Context, Reply, operation
from ..spec import API_PREFIX
from ..store import Doc
from ._common import WORK_ORDER, load_work_order, new_id, ok, save_work_order, status_name

KIND = "bundle"
BUNDLEABLE = (lifecycle.DRAFT, *lifecycle.OPEN)
MIN_SIZE = 2


def _ids(body: dict[str, Any]) -> list[int]:
    ids = body.get("ids") if "ids" in body else body.get("work_order_ids")
    return list(dict.fromkeys(ids or []))


def _field(body: dict[str, Any]) -> str:
    return "body.ids" if "ids" in body else "body.work_order_ids"


def _job(ctx: Context) -> Reply:
    return ok({"job_id": new_id(ctx.store, "job", 880000), "status": "complete"})


def _problems(
    ctx: Context, ids: list[int]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[int, Doc]]:
    """Errors and warnings for bundling ``ids``, and the work orders found."""
    errors: list[dict[str, Any]] = []
    warnings: list[dict[str, Any]] = []
    found: dict[int, Doc] = {}
    for wo_id in ids:
        doc = ctx.store.get(WORK_ORDER, wo_id, ctx.company_id)
        if doc is None:
            errors.append(
                {
                    "work_order_id": wo_id,
                    "code": "not_found",
                    "message": f"Work order {wo_id} not found",
                }
            )
            continue
        found[wo_id] = doc
        if status_name(doc) not in BUNDLEABLE:
            errors.append(
                {
                    "work_order_id": wo_id,
                    "code": "invalid_status",
                    "message": f"Work order {wo_id} is {status_name(doc)}; only draft, published or routed work orders can be bundled",
                }
            )
        if doc.get("bundle"):
            errors.append(
                {
                    "work_order_id": wo_id,
                    "code": "already_bundled",
                    "message": f"Work order {wo_id} is already in bundle {doc['bundle']['id']}",
                }
            )
    if len(ids) < MIN_SIZE:
        errors.append(
            {"code": "too_few", "message": f"A bundle needs at least {MIN_SIZE} work orders"}
        )
    for key in ("project", "client"):
        values = {(d.get(key) or {}).get("id") for d in found.values()}
        if len(values) > 1:
            warnings.append(
                {"code": f"mixed_{key}", "message": f"The work orders belong to different {key}s"}
            )
    return errors, warnings, found


def _mirror(ctx: Context, bundle: Doc) -> None:
    """Write ``bundle`` into each of its work orders (the spec's ``Bundle`` shape)."""
    members = [load_work_order(ctx, wo_id) for wo_id in bundle["work_order_ids"]]
    results = [
        {
            "id": d["id"],
            "title": d.get("title", ""),
            "href": f"{ctx.base_url}{API_PREFIX}/workorders/{d['id']}",
        }
        for d in members
    ]
    total = len(results)
    for doc in members:
        doc["bundle"] = {
            "id": bundle["id"],
            "metadata": {"total": total, "page": 1, "pages": 1, "per_page": max(total, 25)},
            "results": results,
            "actions": ["view"],
        }
        save_work_order(ctx, doc)


def _release(ctx: Context, wo_ids: list[int]) -> None:
    for wo_id in wo_ids:
        doc = load_work_order(ctx, wo_id)
        doc.pop("bundle", None)
        save_work_order(ctx, doc)


def _shrink(ctx: Context, bundle: Doc, leaving: list[int]) -> None:
    """Take ``leaving`` out of ``bundle``; dissolve it when too few remain."""
    remaining = [w for w in bundle["work_order_ids"] if w not in leaving]
    if len(remaining) < MIN_SIZE:
        ctx.store.delete(KIND, bundle["id"])
        _release(ctx, bundle["work_order_ids"])
        return
    bundle["work_order_ids"] = remaining
    ctx.store.put(KIND, bundle["id"], ctx.company_id, bundle)
    _release(ctx, leaving)
    _mirror(ctx, bundle)


def _bundle_of(ctx: Context, doc: Doc) -> Doc:
    ref = doc.get("bundle") or {}
    bundle = ctx.store.get(KIND, ref.get("id"), ctx.company_id) if ref.get("id") else None
    if bundle is None:
        raise ApiError(409, f"Work order {doc['id']} is not in a bundle")
    return bundle


@operation("validate_work_order_bundle")
def validate_work_order_bundle(ctx: Context) -> Reply:
    ids = _ids(ctx.body)
    errors, warnings, found = _problems(ctx, ids)
    info: list[Any] = []
    if not errors:
        info.append({"code": "bundleable", "message": f"{len(found)} work orders can be bundled"})
    params = {k: ctx.body[k] for k in ("cancel_message", "cancel_reason") if k in ctx.body}
    return ok(
        {
            "status": "active" if not errors else "invalid",
            "info": info,
            "errors": errors,
            "warnings": warnings,
            "params": params,
        }
    )


@operation("bundle_work_orders")
def bundle_work_orders(ctx: Context) -> Reply:
    body = ctx.body
    ids = _ids(body)
    errors, _, _ = _problems(ctx, ids)
    for error in errors:
        if error["code"] == "not_found":
            raise ApiError(404, error["message"])
    if any(e["code"] == "too_few" for e in errors):
        raise ApiError(
            400,
            f"{_field(body).removeprefix('body.')}: a bundle needs at least {MIN_SIZE} different work orders",
            [{"field": _field(body), "message": "too few work orders"}],
        )
    if errors:
        raise ApiError(409, "; ".join(e["message"] for e in errors))
    bundle = {"id": new_id(ctx.store, KIND, 301), "work_order_ids": ids}
    ctx.store.put(KIND, bundle["id"], ctx.company_id, bundle)
    _mirror(ctx, bundle)
    return _job(ctx)


@operation("unbundle_work_orders")
def unbundle_work_orders(ctx: Context) -> Reply:
    ids = _ids(ctx.body)
    docs = [load_work_order(ctx, wo_id) for wo_id in ids]
    by_bundle: dict[int, tuple[Doc, list[int]]] = {}
    for doc in docs:
        bundle = _bundle_of(ctx, doc)
        by_bundle.setdefault(bundle["id"], (bundle, []))[1].append(doc["id"])
    for bundle, leaving in by_bundle.values():
        _shrink(ctx, bundle, leaving)
    return _job(ctx)


@operation("delete_work_order_bundle")
def delete_work_order_bundle(ctx: Context) -> Reply:
    bundle = _bundle_of(ctx, load_work_order(ctx))
    _shrink(ctx, bundle, list(bundle["work_order_ids"]))
    return _job(ctx)
