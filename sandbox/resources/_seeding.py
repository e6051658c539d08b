"""Seed sub-resources through their own handlers, so seeded data is exactly what the API would
have stored, and the spec's examples (first IDs of each kind) name objects that exist."""

from __future__ import annotations

from typing import Any

from ..registry import HANDLERS, Context
from ..store import Store
from ._common import WORK_ORDER, parse_time, status_name


def first_work_order(store: Store, company: dict[str, Any], status: str) -> dict[str, Any] | None:
    """The company's seeded work order with the lowest ID in ``status``, if any."""
    found = [d for d in store.list(WORK_ORDER, company["id"]) if status_name(d) == status]
    return min(found, key=lambda d: d["id"]) if found else None


def seed_call(
    store: Store,
    company: dict[str, Any],
    doc: dict[str, Any],
    operation_id: str,
    body: Any,
    *,
    after: float = 600,
    path: dict[str, Any] | None = None,
) -> Any:
    """Run ``operation_id``'s handler as the company's first staff user, ``after`` seconds
    after the work order was created; the handler's answer body."""
    ctx = Context(
        store=store,
        operation_id=operation_id,
        company_id=company["id"],
        user_id=company["staff"][0]["id"],
        path={"work_order_id": doc["id"], **(path or {})},
        query={},
        body=body,
        now=parse_time(doc["created"]["utc"]) + after,
    )
    return HANDLERS[operation_id](ctx).body
