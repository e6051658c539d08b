"""Recipes: incident ID and job status."""

from __future__ import annotations

from typing import Any

from . import recipe
from .site_revisits import site_reason
from .work_orders import new_work_order


@recipe("update_work_order_incident")
def update_incident(api: Any) -> Any:
    return api.call(
        "update_work_order_incident",
        path={"work_order_id": new_work_order(api)},
        json={"incident_id": "INC-2025-001"},
    )


@recipe("delete_work_order_incident_id")
def delete_incident(api: Any) -> Any:
    wo = new_work_order(api)
    api.call(
        "update_work_order_incident",
        path={"work_order_id": wo},
        json={"incident_id": "INC-2025-001"},
        expect=200,
    )
    return api.call("delete_work_order_incident_id", path={"work_order_id": wo})


@recipe("update_work_order_job_status")
def job_status(api: Any) -> Any:
    return api.call(
        "update_work_order_job_status",
        path={"work_order_id": new_work_order(api)},
        json={"status": "incomplete", "reason_id": site_reason(api, "job_status")},
    )
