"""Work-order problems: list, report, resolve/reopen/correct, delete.

Problems live in the work order at ``problems`` (newest first, with ``sum`` counts). The
problem types are a global catalog (kind ``problem_type``, company 0) seeded here.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from .. import lifecycle
from ..errors import ApiError
from ..registry import Context, Reply, operation, seeder
from ..store import Store
from ._common import date_obj, load_work_order, new_id, ok, section, status_name
from ._section import Section, register
from ._seeding import first_work_order, seed_call
from .shipments import acting_user

PATH = ("problems",)
KIND = "problem_type"
TYPES: list[dict[str, Any]] = [
    {"id": 22, "name": "I can't find a provider", "has_other": False, "reportable": True},
    {
        "id": 24,
        "name": "Provider issue",
        "has_other": False,
        "reportable": True,
        "performance_event": True,
        "children": [
            {"id": 41, "name": "Site closed on arrival", "reportable": True},
            {
                "id": 42,
                "name": "Provider did not show up",
                "reportable": True,
                "performance_event": True,
            },
            {
                "id": 43,
                "name": "Provider arrived late",
                "reportable": True,
                "performance_event": True,
            },
        ],
    },
    {
        "id": 27,
        "name": "Payment question",
        "has_other": False,
        "reportable": True,
        "file_with_support": True,
    },
    {"id": 31, "name": "Internal Issue with my company", "has_other": False, "reportable": True},
    {
        "id": 33,
        "name": "How to/platform help",
        "has_other": False,
        "reportable": True,
        "file_with_support": True,
    },
    {"id": 35, "name": "Other", "has_other": True, "reportable": True},
]
OPEN_ACTIONS = ["edit", "resolve", "delete"]
RESOLVED_ACTIONS = ["reopen", "delete"]


@seeder(order=20)
def seed_problem_types(store: Store, company: dict[str, Any]) -> None:
    """The problem types every company can report (global, written once)."""
    for problem_type in TYPES:
        store.put(KIND, problem_type["id"], 0, problem_type)


def _catalog(ctx: Context) -> list[dict[str, Any]]:
    return ctx.store.list(KIND, 0)


def _type_ref(ctx: Context, type_id: int) -> dict[str, Any]:
    """``{id, name}`` of a problem type or sub-type, or a 422."""
    for problem_type in _catalog(ctx):
        for candidate in [problem_type, *problem_type.get("children", [])]:
            if candidate["id"] == type_id:
                return {"id": candidate["id"], "name": candidate.get("name", "")}
    raise ApiError(
        422,
        f"type.id: problem type {type_id} does not exist (see the types of GET /workorders/{{id}}/problems)",
        [{"field": "body.type.id", "message": "unknown problem type"}],
    )


def _type_id(body: dict[str, Any]) -> int:
    """The type as ``type.id`` (playground) or ``problem_type_id`` (guide); they must agree."""
    given = {v for v in ((body.get("type") or {}).get("id"), body.get("problem_type_id")) if v}
    if len(given) > 1:
        raise ApiError(
            422,
            "type.id and problem_type_id name different problem types",
            [{"field": "body.problem_type_id", "message": "differs from type.id"}],
        )
    return int(given.pop())


def _wanted_status(body: dict[str, Any]) -> str:
    """``resolution.status`` (reference, playground) or top-level ``status`` (guide)."""
    nested = str((body.get("resolution") or {}).get("status", "")).lower()
    top = str(body.get("status", "")).lower()
    if nested and top and nested != top:
        raise ApiError(
            422,
            "status and resolution.status disagree",
            [{"field": "body.status", "message": "differs from resolution.status"}],
        )
    return nested or top or ("open" if body.get("problem_reopened") else "")


def _flag(value: Any) -> bool:
    return value is True or (
        isinstance(value, str) and value.strip().lower() in ("true", "1", "yes")
    )


def _listing(ctx: Context, doc: dict[str, Any]) -> dict[str, Any]:
    problems = section(doc, *PATH)
    resolved = sum(
        1 for p in problems["results"] if (p.get("resolution") or {}).get("status") == "resolved"
    )
    active = len(problems["results"]) - resolved
    problems["sum"] = {"active": active, "resolved": resolved, "unresolved": active}
    problems["actions"] = [] if status_name(doc) == lifecycle.DRAFT else ["add"]
    problems.pop("active", None)
    current = next(
        (p for p in problems["results"] if (p.get("resolution") or {}).get("status") == "open"),
        None,
    )
    if current is not None:
        problems["active"] = current
    return problems


@operation("list_work_order_problems")
def list_work_order_problems(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    body = dict(_listing(ctx, doc))
    body["types"] = [t for t in _catalog(ctx) if t.get("reportable", True)]
    return ok(body)


def _build(ctx: Context, doc: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    author = acting_user(ctx)
    problem_type = _type_ref(ctx, _type_id(body))
    if status_name(doc) == lifecycle.DRAFT:
        raise ApiError(
            409, f"Work order {doc['id']} is a draft; problems can be reported once it is published"
        )
    to_support, to_provider = bool(body.get("send_to_support")), bool(body.get("send_to_provider"))
    contact = (
        "all"
        if to_support and to_provider
        else "support"
        if to_support
        else "provider"
        if to_provider
        else "buyer"
    )
    company_can = body.get("company_can_resolve", True)
    resolvers = [
        r
        for r, allowed in (
            ("buyer", company_can),
            ("support", body.get("support_can_resolve", False)),
        )
        if allowed
    ]
    problem: dict[str, Any] = {
        "id": new_id(ctx.store, "problem", 601),
        "type": problem_type,
        "comments": body.get("comments", body.get("description", "")),
        "contact": contact,
        "escalate": _flag(body.get("escalate", False)),
        "use_provider": to_provider,
        "only_company_can_mark_resolved": resolvers == ["buyer"],
        "resolution": {"status": "open", "allowed_resolvers": resolvers or ["support"]},
        "author": author,
        "created": date_obj(ctx.now),
        "actions": list(OPEN_ACTIONS),
    }
    return problem


def _resolution_time(ts: float) -> dict[str, str]:
    moment = datetime.fromtimestamp(ts, UTC)
    return {
        "utc": moment.strftime("%Y-%m-%d %H:%M:%S"),
        "date": moment.strftime("%Y-%m-%d"),
        "time": moment.strftime("%H:%M:%S"),
    }


def _change(
    ctx: Context, _doc: dict[str, Any], problem: dict[str, Any], body: dict[str, Any]
) -> None:
    """Type, comments, and resolving or reopening (who may resolve is the problem's rule)."""
    user = acting_user(ctx)
    if "type" in body:
        problem["type"] = _type_ref(ctx, body["type"]["id"])
    if "comments" in body:
        problem["comments"] = body["comments"]
    wanted = _wanted_status(body)
    resolution = problem.setdefault("resolution", {"status": "open"})
    if wanted == "resolved":
        if resolution.get("status") == "resolved":
            raise ApiError(409, f"Problem {problem['id']} is already resolved")
        if "buyer" not in resolution.get("allowed_resolvers", ["buyer"]):
            raise ApiError(
                403,
                f"Problem {problem['id']} can only be resolved by {', '.join(resolution['allowed_resolvers'])}",
            )
        resolution.update(status="resolved", at=_resolution_time(ctx.now), by=user)
        problem["actions"] = list(RESOLVED_ACTIONS)
    elif wanted == "open":
        if resolution.get("status") != "resolved":
            raise ApiError(
                409, f"Problem {problem['id']} is not resolved; there is nothing to reopen"
            )
        resolution["status"] = "open"
        resolution.pop("at", None)
        resolution.pop("by", None)
        if body.get("reopen_message"):
            problem["comments"] = (
                f"{problem.get('comments', '')}\n\nReopened: {body['reopen_message']}".strip()
            )
        problem["actions"] = list(OPEN_ACTIONS)


PROBLEMS = register(
    Section(
        path=PATH,
        name="problem",
        calls=("create", "update", "delete"),
        what="Problem",
        id_param="problem_id",
        sync=_listing,
        build=_build,
        apply=_change,
        check=lambda ctx, _doc: acting_user(ctx),
    )
)


@seeder(order=98)
def seed_problems(store: Store, company: dict[str, Any]) -> None:
    """An open problem on the first routed work order (the spec's examples name it)."""
    doc = first_work_order(store, company, lifecycle.ROUTED)
    if doc is not None:
        body = {
            "type": {"id": 31},
            "comments": "Technician is unable to access the site.",
            "support_can_resolve": True,
        }
        seed_call(store, company, doc, "create_work_order_problem", body)
