"""The async twin (``AsyncFieldNation``) against the sandbox: the lifecycle, the incomplete
path, a multipart upload, an iterator, typed errors and concurrent first calls."""

from __future__ import annotations

import asyncio
import io
import json

import httpx
import pytest
from fieldnation_client import AsyncFieldNation, ConflictError, NotFoundError
from fieldnation_client.models import (
    AttachmentFolderInput,
    AttachmentUpload,
    ContactInput,
    IdRef,
    UserRef,
    WorkOrderAssignRequest,
    WorkOrderRouteRequest,
)
from fieldnation_client.types import File

from .conftest import (
    OTHER_PROVIDER,
    PROVIDER,
    make_async_client,
    new_work_order_async,
    simulate,
    status_name,
    work_order,
)

COMPANY = 501  # Acme, the company the test clients log in as


async def work_done(client: AsyncFieldNation, origin: str, wo_id: int) -> None:
    token = await client.access_token()
    async with httpx.AsyncClient() as http:
        response = await http.post(
            f"{origin}/_sandbox/workorders/{wo_id}/work-done", params={"access_token": token}
        )
    assert response.status_code == 200, response.text
    assert response.json()["status"]["name"] == "Work Done"


def test_async_lifecycle(origin: str) -> None:
    async def main() -> None:
        async with make_async_client(origin) as client:
            created = await new_work_order_async(
                client, "Async: replace POS terminal", types_of_work=[{"id": 62, "isPrimary": True}]
            )
            wo_id = created.id
            assert status_name(created) == "Draft"

            published = work_order(await client.workflow.publish_work_order(wo_id))
            assert status_name(published) == "Published"

            routed_to = await client.workflow.route_work_order(
                wo_id, body=WorkOrderRouteRequest(user=IdRef(id=OTHER_PROVIDER))
            )
            assert isinstance(routed_to, UserRef) and routed_to.id == OTHER_PROVIDER
            assert status_name(await client.work_orders.get_work_order(wo_id)) == "Routed"

            assigned = work_order(
                await client.workflow.assign_work_order(
                    wo_id, body=WorkOrderAssignRequest(user=IdRef(id=OTHER_PROVIDER))
                )
            )
            assert status_name(assigned) == "Assigned"

            await work_done(client, origin, wo_id)
            approved = await client.workflow.approve_work_order(wo_id)
            assert status_name(approved) == "Approved"

            paid = simulate(origin, await client.access_token(), wo_id, "paid")
            assert paid["status"]["name"] == "Paid"
            assert status_name(await client.work_orders.get_work_order(wo_id)) == "Paid"

    asyncio.run(main())


def test_async_incomplete_path(origin: str) -> None:
    async def main() -> None:
        async with make_async_client(origin) as client:
            wo_id = (await new_work_order_async(client)).id
            await client.workflow.assign_work_order(
                wo_id, body=WorkOrderAssignRequest(user=IdRef(id=PROVIDER))
            )
            await work_done(client, origin, wo_id)
            reasons = await client.company.list_incomplete_reasons(COMPANY)
            reason = getattr(reasons, "results", reasons)[-1]
            back = await client.workflow.incomplete_work_order(
                wo_id, reason="Return visit needed", reason_id=reason.id
            )
            assert status_name(back) == "Assigned"
            assert back.site_revisit and back.site_revisit.incomplete_reason
            assert back.site_revisit.incomplete_reason.reason_id == reason.id

            await work_done(client, origin, wo_id)
            assert status_name(await client.workflow.approve_work_order(wo_id)) == "Approved"

    asyncio.run(main())


def test_async_sub_resources_and_upload(origin: str) -> None:
    async def main() -> None:
        async with make_async_client(origin) as client:
            wo_id = (await new_work_order_async(client)).id
            for n in range(5):
                await client.contacts.create_work_order_contact(
                    wo_id,
                    body=ContactInput.from_dict({"role": "Location Contact", "name": f"C{n}"}),
                )
            paged = [
                c.name async for c in client.contacts.iter_work_order_contacts(wo_id, per_page=2)
            ]
            assert {f"C{n}" for n in range(5)} <= set(paged)

            folders = await client.attachments.create_attachment_folder(
                wo_id, body=AttachmentFolderInput.from_dict({"name": "Async", "type": "slot"})
            )
            assert folders.attachments
            folder = next(f for f in folders.attachments.results if f.name == "Async")
            uploaded = work_order(
                await client.attachments.create_work_order_attachment(
                    wo_id,
                    folder.id,
                    body=AttachmentUpload(
                        file=File(
                            payload=io.BytesIO(b"%PDF-1.7 async"),
                            file_name="report.pdf",
                            mime_type="application/pdf",
                        )
                    ),
                )
            )
            assert uploaded.attachments
            (attachment,) = (
                next(f for f in uploaded.attachments.results if f.id == folder.id).results or []
            )
            assert attachment.file and attachment.file.name == "report.pdf"

    asyncio.run(main())


def test_async_errors(origin: str) -> None:
    async def main() -> None:
        async with make_async_client(origin) as client:
            with pytest.raises(NotFoundError) as missing:
                await client.work_orders.get_work_order(999_999)
            assert missing.value.status_code == 404
            assert missing.value.message == "Work order 999999 not found"

            wo_id = (await new_work_order_async(client)).id
            with pytest.raises(ConflictError) as conflict:
                await client.workflow.approve_work_order(wo_id)
            assert conflict.value.status_code == 409
            assert "status is Draft" in conflict.value.message

    asyncio.run(main())


def test_concurrent_first_calls_share_one_login(origin: str) -> None:
    grants: list[str] = []

    async def record(request: httpx.Request) -> None:
        if request.url.path.endswith("/oauth/token"):
            grants.append(json.loads(request.content)["grant_type"])

    async def main() -> list[int]:
        http = httpx.AsyncClient(event_hooks={"request": [record]})
        async with make_async_client(origin, http_client=http) as client:
            created = await asyncio.gather(*(new_work_order_async(client) for _ in range(10)))
            return [wo.id for wo in created]

    ids = asyncio.run(main())
    assert len(set(ids)) == 10
    assert grants == ["password"]
