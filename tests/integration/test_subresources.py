"""CRUD on every work-order sub-resource group through the sync client: create, read back,
update and delete wherever the API has those operations."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import httpx
import pytest
from fieldnation_client import FieldNation, NotFoundError
from fieldnation_client.models import (
    AsyncJob,
    AttachmentFolderInput,
    AttachmentStatus,
    AttachmentUpdate,
    AttachmentUpload,
    BonusInput,
    BundleCreateRequest,
    BundleRequest,
    CompanyTag,
    CompanyTagInput,
    ContactInput,
    ContactUpdate,
    CustomFieldCategory,
    CustomFieldUpdate,
    ExpenseInput,
    ExpenseUpdate,
    IdRef,
    IncidentInput,
    JobStatusInput,
    ListSiteRevisitReasonsActionType,
    LocationInput,
    MessageInput,
    MessageReplyInput,
    PayIncreaseUpdate,
    PayInput,
    PenaltyInput,
    ProblemInput,
    ProblemUpdate,
    QualificationInput,
    ScheduleUpdate,
    ShipmentInput,
    ShipmentStatus,
    ShipmentUpdate,
    SignatureInput,
    SiteRevisitInput,
    SiteRevisitUpdate,
    TagInput,
    TaskInput,
    TasksBulkUpdate,
    TaskStatus,
    TaskUpdate,
    TimeLogBulkUpdate,
    TimeLogInput,
    UnbundleRequest,
    WorkOrderAssignRequest,
    WorkOrderCreate,
)
from fieldnation_client.types import File

from sandbox.seed import COMPANIES

from .conftest import ACME, PROVIDER, new_work_order, work_order

ACME_ID = int(COMPANIES[ACME]["id"])


def assigned_work_order(client: FieldNation) -> int:
    wo_id = new_work_order(client).id
    client.workflow.assign_work_order(wo_id, body=WorkOrderAssignRequest(user=IdRef(id=PROVIDER)))
    return wo_id


# -- contacts -------------------------------------------------------------------------------------
def test_contacts(client: FieldNation) -> None:
    wo_id = new_work_order(client).id
    created = client.contacts.create_work_order_contact(
        wo_id,
        body=ContactInput.from_dict(
            {
                "role": "Location Contact",
                "name": "Maria Lopez",
                "email": "maria.lopez@northstar-retail.example",
                "phone": "+1-612-555-0143",
                "ext": "12",
                "notes": "Store manager, available 8am-5pm weekdays.",
            }
        ),
    )
    assert created.contacts
    # the list also shows the work order's manager (a synthetic, read-only contact)
    contact = next(c for c in created.contacts.results if c.name == "Maria Lopez")
    assert contact.role == "Location Contact" and contact.ext == "12"

    listed = client.contacts.list_work_order_contacts(wo_id, page=1, per_page=10)
    ids = [c.id for c in listed.results]
    assert contact.id in ids
    assert [c.id for c in client.contacts.iter_work_order_contacts(wo_id, per_page=1)] == ids

    updated = client.contacts.update_work_order_contact(
        wo_id,
        contact.id,
        body=ContactUpdate.from_dict(
            {"phone": "+1-612-555-0188", "notes": "Ask for Maria at the service desk."}
        ),
    )
    assert updated.contacts
    after = next(c for c in updated.contacts.results if c.id == contact.id)
    assert after.phone == "+1-612-555-0188"
    assert after.notes == "Ask for Maria at the service desk."
    assert after.name == "Maria Lopez"  # untouched fields stay

    deleted = client.contacts.delete_work_order_contact(wo_id, contact.id)
    assert deleted.contacts
    assert contact.id not in [c.id for c in deleted.contacts.results]
    assert contact.id not in [c.id for c in client.contacts.list_work_order_contacts(wo_id).results]


# -- tasks and alerts -----------------------------------------------------------------------------
def test_tasks_and_alerts(client: FieldNation) -> None:
    wo_id = assigned_work_order(client)
    created = client.tasks.create_work_order_task(
        wo_id,
        body=TaskInput.from_dict(
            {
                "group": {"id": "onsite"},
                "type": {"id": 8},
                "label": "Call the store manager on arrival",
                "phone": "+1-612-555-0143",
                "alerts": [
                    {"email": "alerts@northstar-retail.example"},
                    {"email": "dispatch@northstar-retail.example"},
                ],
            }
        ),
    )
    assert created.tasks
    task = next(t for t in created.tasks.results if t.label == "Call the store manager on arrival")
    assert task.alerts and len(task.alerts) == 2

    got = client.tasks.get_work_order_task(wo_id, task.id)
    assert got.id == task.id and got.phone == "+1-612-555-0143"
    assert task.id in [t.id for t in client.tasks.list_work_order_tasks(wo_id).results]

    relabelled = client.tasks.update_work_order_task(
        wo_id,
        task.id,
        body=TaskUpdate.from_dict({"label": "Call Nancy for access instructions"}),
    )
    assert relabelled.tasks
    assert client.tasks.get_work_order_task(wo_id, task.id).label == (
        "Call Nancy for access instructions"
    )

    client.tasks.update_work_order_tasks(
        wo_id,
        body=TasksBulkUpdate.from_dict(
            {
                "tasks": [
                    {
                        "id": task.id,
                        "status": "complete",
                        "description": "Called; the manager opened the back room.",
                    }
                ]
            }
        ),
    )
    completed = client.tasks.get_work_order_task(wo_id, task.id)
    assert completed.status == TaskStatus.COMPLETE

    alerts = client.tasks.get_work_order_task(wo_id, task.id).alerts
    assert alerts and len(alerts) == 2
    client.tasks.delete_work_order_task_alert(wo_id, task.id, alerts[0].id)
    left = client.tasks.get_work_order_task(wo_id, task.id).alerts
    assert left and [a.id for a in left] == [alerts[1].id]
    client.tasks.delete_work_order_task_alerts(wo_id, task.id)
    assert not client.tasks.get_work_order_task(wo_id, task.id).alerts

    client.tasks.delete_work_order_task(wo_id, task.id)
    assert task.id not in [t.id for t in client.tasks.list_work_order_tasks(wo_id).results]
    with pytest.raises(NotFoundError):
        client.tasks.get_work_order_task(wo_id, task.id)


# -- shipments ------------------------------------------------------------------------------------
def test_shipments(client: FieldNation) -> None:
    wo_id = new_work_order(client).id
    created = work_order(
        client.shipments.create_work_order_shipment(
            wo_id,
            body=ShipmentInput.from_dict(
                {
                    "name": "Replacement POS terminal",
                    "direction": "to site",
                    "carrier": {"name": "fedex", "tracking": "123456789012"},
                }
            ),
        )
    )
    assert created.shipments
    (shipment,) = created.shipments.results
    assert shipment.name == "Replacement POS terminal"
    assert shipment.carrier and shipment.carrier.tracking == "123456789012"

    listed = client.shipments.list_work_order_shipments(wo_id)
    assert [s.id for s in listed.results] == [shipment.id]

    work_order(
        client.shipments.update_work_order_shipment(
            wo_id, shipment.id, body=ShipmentUpdate.from_dict({"status": "delivered"})
        )
    )
    (after,) = client.shipments.list_work_order_shipments(wo_id).results
    assert after.status == ShipmentStatus.ARRIVED  # the API's name for "delivered"

    work_order(client.shipments.delete_work_order_shipment(wo_id, shipment.id))
    assert client.shipments.list_work_order_shipments(wo_id).results == []


# -- tags -----------------------------------------------------------------------------------------
def test_tags(client: FieldNation) -> None:
    company_tag = client.company.create_company_tag(
        body=CompanyTagInput.from_dict(
            {"label": "Awaiting parts (integration)", "hex_color": "#F67B1E"}
        )
    )
    assert isinstance(company_tag, CompanyTag)
    assert company_tag.id in [t.id for t in client.company.iter_company_tags(per_page=2)]

    wo_id = new_work_order(client).id
    tagged = work_order(client.tags.create_work_order_tag(wo_id, body=TagInput(id=company_tag.id)))
    assert tagged.tags and [t.id for t in tagged.tags.results] == [company_tag.id]
    listed = client.tags.list_work_order_tags(wo_id)
    assert [(t.id, t.label) for t in listed.results] == [
        (company_tag.id, "Awaiting parts (integration)")
    ]

    work_order(client.tags.delete_work_order_tag(wo_id, company_tag.id))
    assert client.tags.list_work_order_tags(wo_id).results == []


# -- problems -------------------------------------------------------------------------------------
def test_problems(client: FieldNation) -> None:
    wo_id = new_work_order(client).id
    client.workflow.publish_work_order(wo_id)
    created = work_order(
        client.problems.create_work_order_problem(
            wo_id,
            body=ProblemInput.from_dict(
                {
                    "type": {"id": 31},
                    "comments": "Technician is unable to access the site.",
                    "support_can_resolve": True,
                }
            ),
        )
    )
    assert created.problems
    (problem,) = created.problems.results
    assert problem.comments == "Technician is unable to access the site."

    listed = client.problems.list_work_order_problems(wo_id)
    assert [p.id for p in listed.results] == [problem.id]

    work_order(
        client.problems.update_work_order_problem(
            wo_id, problem.id, body=ProblemUpdate.from_dict({"resolution": {"status": "resolved"}})
        )
    )
    (after,) = client.problems.list_work_order_problems(wo_id).results
    assert after.resolution and after.resolution.status == "resolved"

    work_order(client.problems.delete_work_order_problem(wo_id, problem.id))
    assert client.problems.list_work_order_problems(wo_id).results == []


# -- time logs ------------------------------------------------------------------------------------
def test_time_logs(client: FieldNation) -> None:
    wo_id = assigned_work_order(client)
    created = client.time_logs.create_work_order_time_log(
        wo_id,
        body=TimeLogInput.from_dict(
            {
                "in": {
                    "created": {
                        "utc": "2026-07-01T14:00:00Z",
                        "local": {"date": "2026-07-01", "time": "09:00:00"},
                    }
                }
            }
        ),
    )
    assert created.time_logs
    (log,) = created.time_logs.results
    assert not log.out  # checked in, not out yet

    client.time_logs.update_work_order_time_log(
        wo_id,
        log.id,
        body=TimeLogInput.from_dict(
            {
                "out": {
                    "created": {
                        "utc": "2026-07-01T16:30:00Z",
                        "local": {"date": "2026-07-01", "time": "11:30:00"},
                    }
                }
            }
        ),
    )
    (closed,) = client.time_logs.list_work_order_time_logs(wo_id, page=1, per_page=10).results
    assert closed.out and closed.hours == pytest.approx(2.5)

    client.time_logs.update_all_work_order_time_logs(
        wo_id, body=TimeLogBulkUpdate.from_dict({"data": [{"id": log.id, "devices": 4}]})
    )
    (counted,) = list(client.time_logs.iter_work_order_time_logs(wo_id))
    assert counted.devices == 4

    client.time_logs.delete_work_order_time_log(wo_id, log.id)
    assert client.time_logs.list_work_order_time_logs(wo_id).results == []


# -- signatures -----------------------------------------------------------------------------------
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="


def test_signatures(client: FieldNation) -> None:
    wo_id = new_work_order(client).id
    created = work_order(
        client.signatures.create_work_order_signature(
            wo_id,
            body=SignatureInput.from_dict(
                {"name": "Jordan Blake", "format": "image/png", "data": PNG}
            ),
        )
    )
    assert created.signatures
    (signature,) = created.signatures.results

    got = client.signatures.get_work_order_signature(wo_id, signature.id)
    assert got.name == "Jordan Blake" and got.format_ == "image/png"
    assert [s.id for s in client.signatures.iter_work_order_signatures(wo_id)] == [signature.id]

    work_order(client.signatures.delete_work_order_signature(wo_id, signature.id))
    assert client.signatures.list_work_order_signatures(wo_id).results == []
    with pytest.raises(NotFoundError):
        client.signatures.get_work_order_signature(wo_id, signature.id)


# -- expenses -------------------------------------------------------------------------------------
def test_expenses(client: FieldNation) -> None:
    categories = list(client.company.iter_company_expenses(501, per_page=100))  # Acme
    materials = next(c for c in categories if c.label == "Materials")
    wo_id = assigned_work_order(client)
    created = work_order(
        client.expenses.create_work_order_expense(
            wo_id,
            body=ExpenseInput.from_dict(
                {
                    "category": {"id": materials.id},
                    "description": "Cat6 cable, 50 ft",
                    "amount": "50.00",
                    "quantity": 1,
                }
            ),
        )
    )
    assert created.pay and created.pay.expenses
    (expense,) = created.pay.expenses.results
    assert expense.amount == Decimal("50.00")  # money is Decimal, exact

    listed = client.expenses.list_work_order_expenses(wo_id)
    assert [e.id for e in listed.results] == [expense.id]
    assert listed.results[0].description == "Cat6 cable, 50 ft"

    work_order(
        client.expenses.update_work_order_expense(
            wo_id,
            str(expense.id),
            body=ExpenseUpdate.from_dict(
                {
                    "status": "disapproved",
                    "status_description": "Materials were supplied by the store.",
                }
            ),
        )
    )
    (after,) = client.expenses.list_work_order_expenses(wo_id).results
    assert after.status == "disapproved"
    assert after.status_description == "Materials were supplied by the store."


# -- bonuses and penalties ------------------------------------------------------------------------
def test_bonuses(client: FieldNation) -> None:
    definitions = list(client.company.iter_company_bonuses())
    fixed = next(d for d in definitions if d.calculation == "fixed")
    wo_id = new_work_order(client).id
    assert client.bonuses.list_work_order_bonuses(wo_id).results == []

    client.bonuses.create_work_order_bonus(wo_id, fixed.id, body=BonusInput(charged=True))
    (bonus,) = client.bonuses.list_work_order_bonuses(wo_id).results
    assert bonus.id == fixed.id and bonus.name == fixed.name
    assert bonus.amount == pytest.approx(fixed.amount)


def test_penalties(client: FieldNation) -> None:
    definitions = client.company.list_company_penalties().results
    fixed = next(d for d in definitions if d.calculation == "fixed")
    wo_id = new_work_order(client).id

    client.penalties.create_work_order_penalty(
        wo_id, fixed.id, body=PenaltyInput.from_dict({"amount": 15, "reason": "Arrived late."})
    )
    (penalty,) = client.penalties.list_work_order_penalties(wo_id).results
    assert penalty.id == fixed.id
    assert penalty.amount == pytest.approx(15)


# -- custom fields --------------------------------------------------------------------------------
def test_custom_fields(client: FieldNation) -> None:
    definitions = client.company.list_company_custom_fields()
    assert definitions.results
    wo_id = new_work_order(client).id
    categories = [
        c
        for c in client.custom_fields.iter_work_order_custom_fields(wo_id)
        if isinstance(c, CustomFieldCategory)  # the sandbox answers the nested form
    ]
    fields = {f.id: f for category in categories for f in category.results}
    text = next(f for f in fields.values() if f.type_ == "text" and f.role == "buyer")

    work_order(
        client.custom_fields.update_work_order_custom_field(
            wo_id, str(text.id), body=CustomFieldUpdate(value="5522")
        )
    )
    assert client.custom_fields.get_work_order_custom_field(wo_id, str(text.id)).value == "5522"
    listed = client.custom_fields.list_work_order_custom_fields(wo_id, page=1, per_page=25)
    values = {f.id: f.value for category in listed.results for f in category.results}
    assert values[text.id] == "5522"


# -- qualifications -------------------------------------------------------------------------------
def test_qualifications(client: FieldNation) -> None:
    wo_id = new_work_order(client).id
    created = client.qualifications.create_work_order_qualification(
        wo_id,
        body=QualificationInput.from_dict(
            {
                "selection_rule": {
                    "name": "Cert Required",
                    "results": [{"id": 45, "required": True}, {"id": 67, "required": False}],
                }
            }
        ),
    )
    assert created.selection_rule and created.selection_rule.name == "Cert Required"

    def rule_ids() -> list[int]:
        listed = client.qualifications.list_work_order_qualifications(wo_id)
        assert listed.selection_rule and listed.selection_rule.results
        return sorted(q.id for q in listed.selection_rule.results)

    assert rule_ids() == [45, 67]
    client.qualifications.update_work_order_qualification(
        wo_id,
        body=QualificationInput.from_dict(
            {"selection_rule": {"name": "Cert Required", "results": [{"id": 45, "required": True}]}}
        ),
    )
    assert rule_ids() == [45]

    client.qualifications.delete_work_order_qualification(wo_id, 45)
    after = client.qualifications.list_work_order_qualifications(wo_id)
    assert not after.selection_rule or not after.selection_rule.results


# -- messages -------------------------------------------------------------------------------------
def test_messages_and_reply(client: FieldNation) -> None:
    wo_id = assigned_work_order(client)
    created = client.messages.create_work_order_message(
        wo_id,
        body=MessageInput.from_dict(
            {"message": "Please use the side entrance.", "type": "ASSIGNEDTECH"}
        ),
    )
    assert not isinstance(created, AsyncJob)
    message = created.results[0]
    assert message.message == "Please use the side entrance."

    client.messages.reply_to_work_order_message(
        wo_id,
        int(message.msg_id),
        body=MessageReplyInput.from_dict(
            {"message": "Understood, heading there now.", "classic_alert": True}
        ),
        acting_user_id=PROVIDER,
    )
    listed = client.messages.list_work_order_messages(wo_id, archived=False, page=1, per_page=10)
    thread = next(m for m in listed.results if m.msg_id == message.msg_id)
    assert thread.replies
    assert [r.message for r in thread.replies] == ["Understood, heading there now."]
    assert [m.msg_id for m in client.messages.iter_work_order_messages(wo_id)] == [
        m.msg_id for m in listed.results
    ]


# -- attachments (multipart upload) ---------------------------------------------------------------
JPEG = b"\xff\xd8\xff\xe0 fake jpeg bytes \x00\x01\x02 \xff\xd9"


def test_attachments_multipart_upload(client: FieldNation, origin: str) -> None:
    wo_id = new_work_order(client).id
    folder_doc = client.attachments.create_attachment_folder(
        wo_id,
        body=AttachmentFolderInput.from_dict(
            {"name": "Site Photos", "type": "slot", "max_files": 10}
        ),
    )
    assert folder_doc.attachments
    folder = next(f for f in folder_doc.attachments.results if f.name == "Site Photos")

    uploaded = work_order(
        client.attachments.create_work_order_attachment(
            wo_id,
            folder.id,
            body=AttachmentUpload(
                file=File(
                    payload=io.BytesIO(JPEG), file_name="site_photo.jpg", mime_type="image/jpeg"
                ),
                notes="Site photo",
            ),
        )
    )
    assert uploaded.attachments
    in_folder = next(f for f in uploaded.attachments.results if f.id == folder.id)
    assert in_folder.results
    (attachment,) = in_folder.results
    assert attachment.notes == "Site photo"
    assert attachment.file and attachment.file.name == "site_photo.jpg"

    # the bytes made it through the multipart body unchanged
    link = attachment.file.link
    assert isinstance(link, str) and link, attachment.file
    downloaded = httpx.get(link, params={"access_token": client.access_token()})
    assert downloaded.status_code == 200, downloaded.text
    assert downloaded.content == JPEG

    client.attachments.update_work_order_attachment(
        wo_id,
        folder.id,
        attachment.id,
        body=AttachmentUpdate.from_dict({"status": "APPROVED", "notes": "Clear image"}),
    )
    listed = client.attachments.list_work_order_attachments(wo_id)
    (after,) = next(f for f in listed.results if f.id == folder.id).results or []
    assert after.notes == "Clear image" and after.status == AttachmentStatus.APPROVED

    work_order(client.attachments.delete_work_order_attachment(wo_id, folder.id, attachment.id))
    listed = client.attachments.list_work_order_attachments(wo_id)
    assert not next(f for f in listed.results if f.id == folder.id).results


# -- site revisits, incidents, job status ---------------------------------------------------------
def test_site_revisits(client: FieldNation) -> None:
    reasons = client.company.list_site_revisit_reasons(
        ACME_ID, action_type=ListSiteRevisitReasonsActionType.REVISIT
    )
    reason = reasons.results[0]
    wo_id = new_work_order(client).id

    created = client.site_revisits.create_work_order_site_revisit(
        wo_id,
        body=SiteRevisitInput.from_dict(
            {
                "revisit_reason_id": reason.id,
                "notes": "Returning with the correct router model.",
                "scheduled": {"utc": "2026-07-03 14:00:00"},
            }
        ),
    )
    assert created.revisits
    (revisit,) = created.revisits
    assert revisit.reason and revisit.reason.id == reason.id
    assert revisit.notes == "Returning with the correct router model."

    listed = client.site_revisits.list_work_order_site_revisits(wo_id)
    assert [r.id for r in listed.results] == [revisit.id]

    client.site_revisits.update_work_order_site_revisit(
        wo_id, revisit.id, body=SiteRevisitUpdate(is_billable=True)
    )
    (after,) = client.site_revisits.iter_work_order_site_revisits(wo_id)
    assert after.is_billable is True

    client.site_revisits.delete_work_order_site_revisit(wo_id, revisit.id)
    assert client.site_revisits.list_work_order_site_revisits(wo_id).results == []


def test_incident_id_and_job_status(client: FieldNation) -> None:
    wo_id = new_work_order(client).id
    summary = client.incidents.update_work_order_incident(
        wo_id, body=IncidentInput(incident_id="INC-2025-001")
    )
    assert summary.incident_id == "INC-2025-001"
    assert client.work_orders.get_work_order(wo_id).incident_id == "INC-2025-001"

    cleared = client.incidents.delete_work_order_incident_id(wo_id)
    assert not cleared.incident_id
    assert not client.work_orders.get_work_order(wo_id).incident_id

    reasons = client.company.list_site_revisit_reasons(
        ACME_ID, action_type=ListSiteRevisitReasonsActionType.JOB_STATUS
    )
    status = client.incidents.update_work_order_job_status(
        wo_id,
        body=JobStatusInput.from_dict({"status": "incomplete", "reason_id": reasons.results[0].id}),
    )
    assert status.job_status and status.job_status.status == "incomplete"
    assert status.job_status.reason and status.job_status.reason.id == reasons.results[0].id
    site_revisit = client.work_orders.get_work_order(wo_id).site_revisit
    assert site_revisit and site_revisit.job_status == "incomplete"


# -- bundles --------------------------------------------------------------------------------------
def test_bundles(client: FieldNation) -> None:
    ids = [new_work_order(client).id for _ in range(3)]
    validation = client.bundles.validate_work_order_bundle(body=BundleRequest(ids=ids[:2]))
    assert validation.info and not validation.errors

    job = client.bundles.bundle_work_orders(body=BundleCreateRequest(ids=ids))
    assert isinstance(job, AsyncJob) and job.job_id  # the sandbox answers the playground's job
    bundle = client.work_orders.get_work_order(ids[0]).bundle
    assert bundle and bundle.id and bundle.results
    assert sorted(member.id for member in bundle.results) == ids
    other = client.work_orders.get_work_order(ids[2]).bundle
    assert other and other.id == bundle.id

    client.bundles.unbundle_work_orders(body=UnbundleRequest(ids=ids[-1:]))
    assert not client.work_orders.get_work_order(ids[-1]).bundle

    client.bundles.delete_work_order_bundle(ids[0])
    assert not client.work_orders.get_work_order(ids[0]).bundle
    assert not client.work_orders.get_work_order(ids[1]).bundle


# -- pay, schedule, location ----------------------------------------------------------------------
def test_pay(client: FieldNation) -> None:
    wo_id = new_work_order(client, pay={"type": "hourly", "base": {"amount": 25, "units": 4}}).id
    pay = client.pay.get_work_order_pay(wo_id)
    assert pay.type_ == "hourly"
    assert pay.base and pay.base.amount == pytest.approx(25) and pay.base.units == pytest.approx(4)

    updated = client.pay.update_work_order_pay(
        wo_id,
        body=PayInput.from_dict(
            {
                "type": "blended",
                "base": {"amount": 400, "units": 2},
                "additional": {"amount": 25, "units": 1},
            }
        ),
    )
    assert updated.type_ == "blended"
    again = client.pay.get_work_order_pay(wo_id)
    assert again.type_ == "blended"
    assert again.base and again.base.amount == pytest.approx(400)
    assert again.additional and again.additional.amount == pytest.approx(25)


def test_pay_increases_and_discounts_on_seeded_work_orders(client: FieldNation) -> None:
    seeded = [
        w
        for w in client.work_orders.iter_work_orders(per_page=100)
        if w.pay and w.pay.increases and w.pay.increases.results
    ]
    assert seeded, "the seed has a work order with pay increases"
    wo = seeded[0]
    increases = list(client.pay.iter_work_order_increases(wo.id))
    increase = client.pay.get_work_order_increase(wo.id, increases[0].id)
    client.pay.update_work_order_increase(
        wo.id,
        increase.id,
        body=PayIncreaseUpdate.from_dict(
            {"id": increase.id, "status": "accepted", "status_description": "Approved by dispatch"}
        ),
    )
    assert client.pay.get_work_order_increase(wo.id, increase.id).status == "accepted"

    with_discounts = [
        w
        for w in client.work_orders.iter_work_orders(per_page=100)
        if w.pay and w.pay.discounts and w.pay.discounts.results
    ]
    assert with_discounts
    discounts = client.pay.list_work_order_discounts(with_discounts[0].id, page=1, per_page=10)
    assert discounts.results


def test_schedule(client: FieldNation) -> None:
    wo_id = new_work_order(client).id
    window: dict[str, Any] = {
        "service_window": {
            "mode": "between",
            "start": {"utc": "2026-07-01T14:00:00Z"},
            "end": {"utc": "2026-07-01T22:00:00Z"},
        },
        "schedule_note": "Please arrive before noon.",
    }
    updated = client.schedule.update_work_order_schedule(
        wo_id, body=ScheduleUpdate.from_dict(window)
    )
    assert updated.schedule_note == "Please arrive before noon."
    got = client.schedule.get_work_order_schedule(wo_id)
    assert got.service_window and got.service_window.mode == "between"
    assert got.schedule_note == "Please arrive before noon."


def test_eta(client: FieldNation) -> None:
    wo_id = assigned_work_order(client)
    client.schedule.update_work_order_schedule(
        wo_id,
        body=ScheduleUpdate.from_dict(
            {"service_window": {"mode": "exact", "start": {"utc": "2026-07-01 14:00:00"}}}
        ),
    )
    eta = client.schedule.get_work_order_eta(wo_id)
    assert eta.user and eta.user.id == PROVIDER
    assert eta.mode == "exact"
    assert eta.start and eta.start.utc == "2026-07-01 14:00:00"


def test_location(client: FieldNation) -> None:
    wo_id = new_work_order(client).id
    custom = {
        "mode": "custom",
        "display_name": "Northside Office Supply",
        "address1": "1254 Commerce Lane",
        "address2": "Suite 100",
        "city": "Minneapolis",
        "state": "MN",
        "zip": "55402",
        "country": "US",
        "type": {"id": 1},
    }
    updated = client.location.update_work_order_location(
        wo_id, body=LocationInput.from_dict(custom)
    )
    assert updated.city == "Minneapolis"
    got = client.location.get_work_order_location(wo_id)
    assert (got.display_name, got.city, got.state, got.zip_) == (
        "Northside Office Supply",
        "Minneapolis",
        "MN",
        "55402",
    )


def test_create_with_nested_details(client: FieldNation) -> None:
    """A work order created with pay, schedule and location reads them back."""
    body = WorkOrderCreate.from_dict(
        {
            "title": "Nested details",
            "pay": {"type": "fixed", "base": {"amount": 150, "units": 1}},
            "schedule": {
                "service_window": {"mode": "exact", "start": {"utc": "2026-07-01 14:00:00"}}
            },
            "location": {
                "mode": "custom",
                "display_name": "Store 42",
                "address1": "10 W Washington St",
                "city": "Phoenix",
                "state": "AZ",
                "zip": "85004",
                "country": "US",
            },
        }
    )
    wo = work_order(client.work_orders.create_work_order(body=body))
    got = client.work_orders.get_work_order(wo.id)
    assert got.pay and got.pay.type_ == "fixed"
    assert got.location and got.location.city == "Phoenix"
    assert got.schedule and got.schedule.service_window
    assert got.schedule.service_window.mode == "exact"
