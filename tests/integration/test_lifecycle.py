"""The work-order lifecycle driven by the sync client: the happy path, the incomplete path,
the ways back (unpublish, unroute, unassign, revert) and cancellation."""

from __future__ import annotations

from fieldnation_client import FieldNation
from fieldnation_client.models import (
    IdRef,
    UserRef,
    WorkOrderAssignRequest,
    WorkOrderCreate,
    WorkOrderRouteRequest,
    WorkOrderStatusName,
    WorkOrderUnassignRequest,
    WorkOrderUpdate,
)

from .conftest import (
    OTHER_PROVIDER,
    PROVIDER,
    new_work_order,
    simulate,
    status_name,
    work_order,
)

COMPANY = 501  # Acme, the company the test clients log in as


def test_full_lifecycle(client: FieldNation, origin: str) -> None:
    created = work_order(
        client.work_orders.create_work_order(
            body=WorkOrderCreate.from_dict(
                {
                    "title": "Replace POS terminal at store 42",
                    "description": {"html": "<p>Swap the failed terminal.</p>"},
                    "types_of_work": [{"id": 62, "isPrimary": True}],
                }
            )
        )
    )
    wo_id = created.id
    assert created.title == "Replace POS terminal at store 42"
    assert status_name(created) == "Draft"
    assert client.work_orders.get_work_order_status(wo_id).name == WorkOrderStatusName.DRAFT

    published = work_order(client.workflow.publish_work_order(wo_id))
    assert published.id == wo_id and status_name(published) == "Published"

    routed_to = client.workflow.route_work_order(
        wo_id, body=WorkOrderRouteRequest(user=IdRef(id=OTHER_PROVIDER))
    )
    assert isinstance(routed_to, UserRef), routed_to
    assert routed_to.id == OTHER_PROVIDER
    assert status_name(client.work_orders.get_work_order(wo_id)) == "Routed"

    assigned = work_order(
        client.workflow.assign_work_order(
            wo_id, body=WorkOrderAssignRequest(user=IdRef(id=OTHER_PROVIDER))
        )
    )
    assert status_name(assigned) == "Assigned"
    assert assigned.assignee and assigned.assignee.user
    assert assigned.assignee.user.id == OTHER_PROVIDER

    done = simulate(origin, client.access_token(), wo_id, "work-done")
    assert done["status"]["name"] == "Work Done"
    assert client.work_orders.get_work_order_status(wo_id).name == WorkOrderStatusName.WORK_DONE

    approved = client.workflow.approve_work_order(wo_id)
    assert approved.id == wo_id and status_name(approved) == "Approved"

    paid = simulate(origin, client.access_token(), wo_id, "paid")
    assert paid["status"]["name"] == "Paid"

    final = client.work_orders.get_work_order(wo_id)
    assert status_name(final) == "Paid"
    milestones = client.milestones.list_work_order_milestones(wo_id)
    for step in ("created", "published", "routed", "assigned", "workdone", "approved", "paid"):
        assert getattr(milestones, step), f"milestone {step} missing: {milestones}"


def test_incomplete_then_done_again_then_approved(client: FieldNation, origin: str) -> None:
    wo_id = new_work_order(client).id
    client.workflow.assign_work_order(wo_id, body=WorkOrderAssignRequest(user=IdRef(id=PROVIDER)))
    simulate(origin, client.access_token(), wo_id, "work-done")

    listed = client.company.list_incomplete_reasons(COMPANY)
    reasons = getattr(listed, "results", listed)
    assert reasons, "the seeded company has incomplete reasons"
    reason = reasons[0]
    back = client.workflow.incomplete_work_order(
        wo_id, reason="The replacement part was missing", reason_id=reason.id
    )
    assert status_name(back) == "Assigned"
    assert back.site_revisit and back.site_revisit.incomplete_reason
    assert back.site_revisit.job_status == "incomplete"
    assert back.site_revisit.incomplete_reason.reason_id == reason.id

    again = simulate(origin, client.access_token(), wo_id, "work-done")
    assert again["status"]["name"] == "Work Done"
    approved = client.workflow.approve_work_order(wo_id)
    assert status_name(approved) == "Approved"
    assert approved.assignee and approved.assignee.user
    assert approved.assignee.user.id == PROVIDER


def test_ways_back_and_cancel(client: FieldNation) -> None:
    wo_id = new_work_order(client).id
    client.workflow.publish_work_order(wo_id)
    assert status_name(work_order(client.workflow.unpublish_work_order(wo_id))) == "Draft"

    for provider in (PROVIDER, OTHER_PROVIDER):
        client.workflow.route_work_order(wo_id, body=WorkOrderRouteRequest(user=IdRef(id=provider)))
    one_left = work_order(
        client.workflow.unroute_work_order(
            wo_id, body=WorkOrderRouteRequest(user=IdRef(id=PROVIDER))
        )
    )
    assert status_name(one_left) == "Routed"
    assert status_name(work_order(client.workflow.revert_work_order_to_draft(wo_id))) == "Draft"

    client.workflow.assign_work_order(wo_id, body=WorkOrderAssignRequest(user=IdRef(id=PROVIDER)))
    unassigned = client.workflow.unassign_work_order(
        wo_id, body=WorkOrderUnassignRequest(reason_id=1, comment="Provider sick")
    )
    assert status_name(unassigned) == "Draft"  # assigned straight from Draft: back to Draft

    updated = client.work_orders.update_work_order(
        wo_id, body=WorkOrderUpdate.from_dict({"title": "Renamed while draft"})
    )
    assert updated.title == "Renamed while draft"
    assert client.work_orders.get_work_order(wo_id).title == "Renamed while draft"

    cancelled = work_order(client.work_orders.delete_work_order(wo_id, cancel_reason="Duplicate"))
    assert status_name(cancelled) == "Cancelled"
    assert status_name(client.work_orders.get_work_order(wo_id)) == "Cancelled"
