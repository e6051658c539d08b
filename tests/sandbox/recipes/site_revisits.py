"""Recipes: site revisits."""

from __future__ import annotations

from typing import Any

from . import recipe
from .work_orders import new_work_order


def site_reason(api: Any, action: str = "revisit") -> int:
    """The first of the company's site-revisit reasons for ``action`` (revisit, job_status)."""
    company = api.creds["id"]
    reasons = api.call(
        "list_site_revisit_reasons",
        path={"company_id": company},
        query={"action_type": action},
        expect=200,
    ).json()
    return int(reasons["results"][0]["id"])


def with_revisit(api: Any) -> tuple[int, int]:
    wo = new_work_order(api)
    body = api.call(
        "create_work_order_site_revisit",
        path={"work_order_id": wo},
        json={"revisit_reason": site_reason(api), "is_billable": False},
        expect=201,
    ).json()
    return wo, int(body["revisits"][0]["id"])


@recipe("list_work_order_site_revisits")
def list_revisits(api: Any) -> Any:
    wo, _ = with_revisit(api)
    return api.call("list_work_order_site_revisits", path={"work_order_id": wo})


@recipe("create_work_order_site_revisit")
def create_revisit(api: Any) -> Any:
    body = {
        "revisit_reason_id": site_reason(api),
        "notes": "Returning with the correct router model.",
        "scheduled": {"utc": "2026-07-03 14:00:00"},
    }
    return api.call(
        "create_work_order_site_revisit", path={"work_order_id": new_work_order(api)}, json=body
    )


@recipe("update_work_order_site_revisit")
def update_revisit(api: Any) -> Any:
    wo, revisit = with_revisit(api)
    return api.call(
        "update_work_order_site_revisit",
        path={"work_order_id": wo, "revisit_id": revisit},
        json={"is_billable": True},
    )


@recipe("delete_work_order_site_revisit")
def delete_revisit(api: Any) -> Any:
    wo, revisit = with_revisit(api)
    return api.call(
        "delete_work_order_site_revisit", path={"work_order_id": wo, "revisit_id": revisit}
    )
