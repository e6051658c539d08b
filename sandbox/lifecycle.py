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
    offered: str | None = None
    """The name the work order's ``actions`` offer it under while allowed (None: not offered)."""
    undoes: str | None = None
    """The action this one takes back: the work order returns to the status it had before
    that action (``target`` when that is not known, e.g. a work order stored by an older
    sandbox)."""


TRANSITIONS: dict[str, Transition] = {
    "publish": Transition((DRAFT,), PUBLISHED, "published", "publish"),
    "unpublish": Transition(OPEN, DRAFT, None, "unpublish"),
    "revert_to_draft": Transition(OPEN, DRAFT, None),
    "route": Transition((DRAFT, *OPEN), ROUTED, "routed", "route"),
    "mass_route": Transition((DRAFT, *OPEN), ROUTED, "routed"),
    "unroute": Transition((ROUTED,), None, None, "unroute"),
    "auto_dispatch": Transition((DRAFT, *OPEN), ROUTED, "routed"),
    "assign": Transition((DRAFT, *OPEN), ASSIGNED, "assigned", "assign"),
    "unassign": Transition((ASSIGNED,), PUBLISHED, None, "unassign", undoes="assign"),
    "provider_cancel": Transition((ASSIGNED,), PUBLISHED, None, undoes="assign"),
    "work_done": Transition((ASSIGNED,), WORK_DONE, "workdone"),
    "approve": Transition((WORK_DONE,), APPROVED, "approved", "approve"),
    "incomplete": Transition((WORK_DONE,), ASSIGNED, None, "incomplete"),
    "pay": Transition((APPROVED,), PAID, "paid"),
    "cancel": Transition(
        (DRAFT, PUBLISHED, ROUTED, ASSIGNED, WORK_DONE), CANCELLED, "canceled", "delete"
    ),
}

EDITABLE = (DRAFT, PUBLISHED, ROUTED, ASSIGNED)
"""Statuses in which the work order's details may still change."""

UNDONE = frozenset(t.undoes for t in TRANSITIONS.values() if t.undoes)
"""Actions some other action takes back: the status before them is remembered."""

ASSIGNEE_ACTIONS = frozenset(
    t.offered for t in TRANSITIONS.values() if t.offered and t.undoes == "assign"
)
"""What the assignee object offers (the ways to remove the assignment)."""


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


def target(transition: Transition, before: str | None) -> str | None:
    """Where ``transition`` leads: for one that undoes an action, back to ``before`` (the
    status before that action) when it is one that action starts from."""
    if transition.undoes and before in TRANSITIONS[transition.undoes].sources:
        return before
    return transition.target


def actions(status: str) -> list[str]:
    """The work order's ``actions`` in ``status``: exactly what the server accepts from it
    (a new list each time: the caller stores it in a document)."""
    found = _ACTIONS.get(status)
    if found is None:
        offered = ["edit"] if status in EDITABLE else []
        found = offered + [
            t.offered for t in TRANSITIONS.values() if t.offered and status in t.sources
        ]
        found = _ACTIONS.setdefault(status, found)
    return list(found)


_ACTIONS: dict[str, list[str]] = {}
"""``actions`` by status, computed once (``TRANSITIONS`` is fixed)."""


def assignee_actions(status: str) -> list[str]:
    """The assignee object's ``actions`` in ``status`` (empty once the work is done)."""
    return [a for a in actions(status) if a in ASSIGNEE_ACTIONS]


def status_object(name: str) -> dict[str, object]:
    return {"id": STATUS_IDS[name], "name": name, "display": name}
