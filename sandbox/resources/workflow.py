"""Workflow: publish, route, assign, complete, approve — the lifecycle table applied.

Routing state (which providers a work order was routed to) is kept beside the work order
in its own document, so the work order itself stays exactly the spec's shape.
"""

from __future__ import annotations

from typing import Any

from .. import lifecycle
from ..errors import ApiError
from ..registry import Context, Reply, operation
from ._common import (
    WORK_ORDER,
    date_obj,
    load_work_order,
    new_id,
    ok,
    provider,
    save_work_order,
    status_name,
    user_ref,
)

ROUTING = "wo_routing"
BEFORE = "wo_before"
"""Beside each work order: its status and routing before an action another one undoes."""


def routed(ctx: Context, wo_id: int) -> list[int]:
    doc = ctx.store.get(ROUTING, wo_id, ctx.company_id)
    return list(doc["providers"]) if doc else []


def set_routed(ctx: Context, wo_id: int, providers: list[int]) -> None:
    ctx.store.put(ROUTING, wo_id, ctx.company_id, {"providers": providers}, parent=wo_id)


def _remember(ctx: Context, wo_id: int, action: str, status: str) -> None:
    memo = ctx.store.get(BEFORE, wo_id, ctx.company_id) or {}
    memo[action] = {"status": status, "routed": routed(ctx, wo_id)}
    ctx.store.put(BEFORE, wo_id, ctx.company_id, memo, parent=wo_id)


def _return_to(ctx: Context, wo_id: int, transition: lifecycle.Transition) -> str | None:
    """The status ``transition`` takes back to, its routing restored (Routed stays routed)."""
    memo = ctx.store.get(BEFORE, wo_id, ctx.company_id) or {}
    before = memo.pop(transition.undoes or "", None) or {}
    ctx.store.put(BEFORE, wo_id, ctx.company_id, memo, parent=wo_id)
    status = lifecycle.target(transition, before.get("status"))
    if status == lifecycle.ROUTED:
        set_routed(ctx, wo_id, list(before.get("routed") or []))
    return status


def move(
    ctx: Context,
    doc: dict[str, Any],
    action: str,
    provider_id: int | None = None,
    target: str | None = None,
) -> dict[str, Any]:
    """Apply ``action`` to the work-order document (409 when not allowed from its status)."""
    current = status_name(doc)
    transition = lifecycle.check(action, doc["id"], current)
    if action in lifecycle.UNDONE:
        _remember(ctx, doc["id"], action, current)
    if target is None and transition.undoes:
        target = _return_to(ctx, doc["id"], transition)
    new_status = target or transition.target or current
    stamp = date_obj(ctx.now)
    milestones = doc.setdefault("milestones", {})
    if transition.milestone:
        milestones[transition.milestone] = stamp
    if action == "assign" and provider_id is not None:
        doc["assignee"] = {
            "user": user_ref(ctx.store, provider_id),
            "work_order_id": doc["id"],
            "role": "provider",
        }
        milestones.setdefault("published", stamp)
    if transition.undoes == "assign":
        doc.pop("assignee", None)
    if action in ("route", "mass_route", "auto_dispatch"):
        milestones.setdefault("published", stamp)
    if action in ("unpublish", "revert_to_draft"):
        for key in ("published", "routed"):
            milestones.pop(key, None)
        set_routed(ctx, doc["id"], [])
    _durations(milestones, ctx.now)
    doc["status"] = lifecycle.status_object(new_status)
    doc["actions"] = lifecycle.actions(new_status)
    if doc.get("assignee"):
        doc["assignee"]["actions"] = lifecycle.assignee_actions(new_status)
    return doc


def _durations(milestones: dict[str, Any], now: float) -> None:
    from ._common import parse_time

    def at(key: str) -> float | None:
        value = milestones.get(key)
        return parse_time(value["utc"]) if value else None

    created, assigned, done, approved = (
        at("created"),
        at("assigned"),
        at("workdone"),
        at("approved"),
    )
    if created is not None:
        milestones["time_alive"] = max(0.0, now - created)
        if assigned is not None:
            milestones["time_to_dispatch"] = max(0.0, assigned - created)
    if assigned is not None and done is not None:
        milestones["time_to_work_done"] = max(0.0, done - assigned)
    if done is not None and approved is not None:
        milestones["time_to_approve"] = max(0.0, approved - done)


def _transition(ctx: Context, action: str, **kwargs: Any) -> Reply:
    doc = move(ctx, load_work_order(ctx), action, **kwargs)
    return ok(save_work_order(ctx, doc))


@operation("publish_work_order")
def publish_work_order(ctx: Context) -> Reply:
    return _transition(ctx, "publish")


@operation("unpublish_work_order")
def unpublish_work_order(ctx: Context) -> Reply:
    return _transition(ctx, "unpublish")


@operation("revert_work_order_to_draft")
def revert_work_order_to_draft(ctx: Context) -> Reply:
    return _transition(ctx, "revert_to_draft")


@operation("approve_work_order")
def approve_work_order(ctx: Context) -> Reply:
    return _transition(ctx, "approve")


OPERATORS = {
    ">=": lambda a, b: a >= b,
    ">": lambda a, b: a > b,
    "<=": lambda a, b: a <= b,
    "<": lambda a, b: a < b,
    "=": lambda a, b: a == b,
    "==": lambda a, b: a == b,
}


def meets_selection_rule(rule: dict[str, Any] | None, provider_id: int) -> bool:
    """Whether the provider passes every rule of a routing body's ``selection_rule``; the
    sandbox knows the guide's `rating` (marketplace stars) and answers 422 for other names."""
    from .users import PROFILES

    for i, item in enumerate((rule or {}).get("rules", [])):
        if item["name"] != "rating":
            raise ApiError(
                422,
                f"selection_rule.rules.{i}.name: the local sandbox evaluates only `rating`",
                [{"field": f"body.selection_rule.rules.{i}.name", "message": "not supported"}],
            )
        try:
            wanted = float(item["value"])
        except ValueError:
            raise ApiError(
                422,
                f"selection_rule.rules.{i}.value: a rating is a number",
                [{"field": f"body.selection_rule.rules.{i}.value", "message": "not a number"}],
            ) from None
        stars = float(PROFILES.get(provider_id, {}).get("rating", (0.0, 0))[0])
        if not OPERATORS[item["operator"]](stars, wanted):
            return False
    return True


@operation("route_work_order")
def route_work_order(ctx: Context) -> Reply:
    ref = ctx.body.get("technician") or ctx.body.get("user")
    field = "body.technician.id" if "technician" in ctx.body else "body.user.id"
    found = provider(ctx.store, ref["id"], field)
    if not meets_selection_rule(ctx.body.get("selection_rule"), found["id"]):
        raise ApiError(
            422,
            f"{field.removeprefix('body.')}: provider {found['id']} does not meet the selection rule",
            [{"field": field, "message": "fails the selection rule"}],
        )
    doc = move(ctx, load_work_order(ctx), "route")
    providers = routed(ctx, doc["id"])
    if found["id"] not in providers:
        providers.append(found["id"])
    set_routed(ctx, doc["id"], providers)
    save_work_order(ctx, doc)
    return ok(user_ref(ctx.store, found["id"]))


@operation("mass_route_work_order")
def mass_route_work_order(ctx: Context) -> Reply:
    ids = list(ctx.body.get("ids") or [])
    if "talent_pool_id" in ctx.body:
        group = ctx.store.get(
            "preferred_provider_group", ctx.body["talent_pool_id"], ctx.company_id
        )
        if group is None:
            raise ApiError(
                422,
                f"talent_pool_id: talent pool {ctx.body['talent_pool_id']} does not exist",
                [{"field": "body.talent_pool_id", "message": "unknown talent pool"}],
            )
        ids += [m["id"] for m in group.get("members", [])]
    for i, pid in enumerate(ids):
        provider(ctx.store, pid, f"body.ids.{i}")
    ids = [p for p in ids if meets_selection_rule(ctx.body.get("selection_rule"), p)]
    doc = move(ctx, load_work_order(ctx), "mass_route")
    providers = routed(ctx, doc["id"])
    providers += [p for p in ids if p not in providers]
    set_routed(ctx, doc["id"], providers)
    save_work_order(ctx, doc)
    return ok({"job_id": new_id(ctx.store, "job", 880000), "status": "complete"})


@operation("unroute_work_order")
def unroute_work_order(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    body = ctx.body or {}
    ref = body.get("technician") or body.get("user")
    providers = routed(ctx, doc["id"])
    if ref is not None:
        if ref["id"] not in providers:
            raise ApiError(
                422,
                f"provider {ref['id']} is not routed to work order {doc['id']}",
                [{"field": "body.user.id", "message": "not routed"}],
            )
        providers.remove(ref["id"])
    else:
        providers = []
    target = lifecycle.ROUTED if providers else lifecycle.PUBLISHED
    doc = move(ctx, doc, "unroute", target=target)
    set_routed(ctx, doc["id"], providers)
    return ok(save_work_order(ctx, doc))


@operation("assign_work_order")
def assign_work_order(ctx: Context) -> Reply:
    found = provider(ctx.store, ctx.body["user"]["id"], "body.user.id")
    doc = move(ctx, load_work_order(ctx), "assign", provider_id=found["id"])
    set_routed(ctx, doc["id"], [])
    return ok(save_work_order(ctx, doc))


@operation("unassign_work_order")
def unassign_work_order(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    body = ctx.body or {}
    assignee = ((doc.get("assignee") or {}).get("user") or {}).get("id")
    if body.get("user") and assignee is not None and body["user"]["id"] != assignee:
        raise ApiError(
            422,
            f"user.id: provider {body['user']['id']} is not assigned to work order {doc['id']}",
            [{"field": "body.user.id", "message": "not the assignee"}],
        )
    return ok(save_work_order(ctx, move(ctx, doc, "unassign")))


@operation("incomplete_work_order")
def incomplete_work_order(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    lifecycle.check("incomplete", doc["id"], status_name(doc))
    # The guide sends text in `reason` and the id in `reason_id`; the older reference sends
    # the id alone in `reason`.
    field = "query.reason_id" if "reason_id" in ctx.query else "query.reason"
    reason_id = ctx.query.get("reason_id", ctx.query["reason"])
    if not str(reason_id).isdigit():
        raise ApiError(
            422,
            "reason_id is required unless reason is the id of an incomplete reason",
            [{"field": "query.reason_id", "message": "required"}],
        )
    reason = ctx.store.get("incomplete_reason", int(reason_id), ctx.company_id)
    if reason is None:
        raise ApiError(
            422,
            f"{field.split('.')[1]} {reason_id} is not an incomplete reason of this company",
            [{"field": field, "message": "unknown reason"}],
        )
    doc = move(ctx, doc, "incomplete")
    info = doc.setdefault("site_revisit", {})
    info["job_status"] = "incomplete"
    info["incomplete_reason"] = {
        "reason_id": reason["id"],
        "reason_name": reason.get("name", ctx.query.get("reason", "")),
    }
    return ok(save_work_order(ctx, doc))


@operation("auto_dispatch_work_orders")
def auto_dispatch_work_orders(ctx: Context) -> Reply:
    body = ctx.body
    docs = [load_work_order(ctx, wo_id) for wo_id in body["work_order_ids"]]
    for doc in docs:
        lifecycle.check("auto_dispatch", doc["id"], status_name(doc))
    for doc in docs:
        save_work_order(ctx, move(ctx, doc, "auto_dispatch"))
    job_id = new_id(ctx.store, "job", 880000)
    user = user_ref(ctx.store, ctx.user_id)
    payload_body = {
        k: v
        for k, v in body.items()
        if k in ("work_order_ids", "network_ids", "selection_rule_id", "should_route", "delay")
    }
    worker = {
        "id": job_id,
        "type": "standard",
        "user": {k: user[k] for k in ("id", "first_name", "last_name") if k in user},
        "created": {"utc": date_obj(ctx.now)["utc"]},
        "status": "active",
        "request": "auto_dispatch",
        "payload": {"query": [], "body": payload_body, "additional_params": []},
        "response": {},
        "actions": [],
    }
    return ok({"__worker": worker})


def mark_work_done(ctx: Context, doc: dict[str, Any]) -> dict[str, Any]:
    """Assigned -> Work Done (409 from any other status), the job recorded as complete."""
    doc = move(ctx, doc, "work_done")
    info = doc.setdefault("site_revisit", {})
    info["job_status"] = "complete"
    info.pop("incomplete_reason", None)
    return doc


def simulate(ctx: Context, action: str) -> dict[str, Any]:
    """Provider-side steps the API has no client operation for (work done, paid)."""
    doc = load_work_order(ctx)
    doc = mark_work_done(ctx, doc) if action == "work_done" else move(ctx, doc, action)
    ctx.store.put(WORK_ORDER, doc["id"], ctx.company_id, doc)
    return save_work_order(ctx, doc)
