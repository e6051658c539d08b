"""Work-order milestones: when each lifecycle step happened, with the derived durations.

The timestamps are kept in the work order (``milestones``) by the workflow; this answers
them with ``time_alive`` brought up to date (it stops counting once the work order closes).
"""

from __future__ import annotations

from ..registry import Context, Reply, operation
from ._common import load_work_order, ok, parse_time

CLOSING = ("paid", "canceled")
STEPS = ("created", "published", "routed", "assigned", "workdone", "approved", "paid", "canceled")
DURATIONS = ("time_to_dispatch", "time_to_work_done", "time_alive", "time_to_approve")


@operation("list_work_order_milestones")
def list_work_order_milestones(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    stored = doc.get("milestones") or {}
    milestones = {k: stored[k] for k in (*DURATIONS, *STEPS) if stored.get(k) is not None}
    created = milestones.get("created") or doc.get("created")
    if created:
        milestones["created"] = created
        end = next((parse_time(milestones[k]["utc"]) for k in CLOSING if k in milestones), ctx.now)
        milestones["time_alive"] = max(0.0, end - parse_time(created["utc"]))
    return ok(milestones)
