"""The work-order lifecycle as one table of transitions.

Draft -> Published/Routed -> Assigned -> Work Done -> Approved -> Paid, with the way back
(unpublish, revert, unroute, unassign, incomplete) and cancellation. An action not allowed
from the current status is a 409 that says what was expected.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ApiError

DRAFT, PUBLISHED, ASSIGNED, WORK_DONE, APPROVED, PAID, CANCELLED, DELETED, ROUTED = (
    "Draft",
    "Published",
    "Assigned",
    "Work Done",
    "Approved",
    "Paid",
    "Cancelled",
    "Deleted",
    "Routed",
)
STATUS_IDS = {
    DRAFT: 1,
    PUBLISHED: 2,
    ASSIGNED: 3,
    WORK_DONE: 4,
    APPROVED: 5,
    PAID: 6,
    CANCELLED: 7,
    DELETED: 8,
    ROUTED: 9,
}
OPEN = (PUBLISHED, ROUTED)


@dataclass(frozen=True)
class Transition:
    sources: tuple[str, ...]
    target: str | None  # None: the handler decides (unroute keeps Routed while others remain)
    milestone: str | None


TRANSITIONS: dict[str, Transition] = {
    "publish": Transition((DRAFT,), PUBLISHED, "published"),
    "unpublish": Transition(OPEN, DRAFT, None),
    "revert_to_draft": Transition(OPEN, DRAFT, None),
    "route": Transition((DRAFT, *OPEN), ROUTED, "routed"),
    "mass_route": Transition((DRAFT, *OPEN), ROUTED, "routed"),
    "unroute": Transition((ROUTED,), None, None),
    "auto_dispatch": Transition((DRAFT, *OPEN), ROUTED, "routed"),
    "assign": Transition((DRAFT, *OPEN), ASSIGNED, "assigned"),
    "unassign": Transition((ASSIGNED,), PUBLISHED, None),
    "provider_cancel": Transition((ASSIGNED,), PUBLISHED, None),
    "work_done": Transition((ASSIGNED,), WORK_DONE, "workdone"),
    "incomplete": Transition((WORK_DONE,), ASSIGNED, None),
    "approve": Transition((WORK_DONE,), APPROVED, "approved"),
    "pay": Transition((APPROVED,), PAID, "paid"),
    "cancel": Transition((DRAFT, PUBLISHED, ROUTED, ASSIGNED, WORK_DONE), CANCELLED, "canceled"),
}

EDITABLE = (DRAFT, PUBLISHED, ROUTED, ASSIGNED)
"""Statuses in which the work order's details may still change."""


def check(action: str, work_order_id: object, current: str) -> Transition:
    """The transition for ``action`` from ``current``, or a 409 naming what was expected."""
    transition = TRANSITIONS[action]
    if current not in transition.sources:
        expected = " or ".join(transition.sources)
        raise ApiError(
            409,
            f"Cannot {action.replace('_', ' ')} work order {work_order_id}: status is {current}, expected {expected}",
        )
    return transition


def status_object(name: str) -> dict[str, object]:
    return {"id": STATUS_IDS[name], "name": name, "display": name}
