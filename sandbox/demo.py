"""The main job end to end: the generated client driving an embedded sandbox.

Starts the sandbox on a free port, then with ``fieldnation_client`` (from ``generated/``):
obtains a token from credentials, creates a work order, walks it through publish, route,
assign, work done (sandbox simulation) and approve, adds a contact, pages through the work
orders, and shows a typed error. Prints one line per step.
"""

from __future__ import annotations

import sys
from pathlib import Path

import httpx

from .seed import COMPANIES
from .server import running

GENERATED = Path(__file__).resolve().parent.parent / "generated"


def main() -> int:
    sys.path.insert(0, str(GENERATED))
    from fieldnation_client import FieldNation, NotFoundError
    from fieldnation_client.models import (
        ContactInput,
        IdRef,
        WorkOrderAssignRequest,
        WorkOrderCreate,
        WorkOrderRouteRequest,
    )

    creds = COMPANIES[0]
    with running() as base:
        print(f"sandbox: {base}/api/rest/v2 (playground {base}/playground)")
        with FieldNation(
            base_url=f"{base}/api/rest/v2",
            client_id=creds["client_id"],
            client_secret=creds["client_secret"],
            username=creds["username"],
            password=creds["password"],
        ) as client:
            wo = client.work_orders.create_work_order(
                body=WorkOrderCreate.from_dict(
                    {
                        "title": "Demo: replace POS terminal",
                        "types_of_work": [{"id": 62, "isPrimary": True}],
                    }
                )
            )
            print(f"created work order {wo.id}: {wo.title!r} [{wo.status.name}]")
            step = client.workflow.publish_work_order(wo.id)
            print(f"published -> {step.status.name}")
            provider = client.workflow.route_work_order(
                wo.id, body=WorkOrderRouteRequest(user=IdRef(id=9002))
            )
            print(f"routed to provider {provider.id} {provider.first_name} {provider.last_name}")
            step = client.workflow.assign_work_order(
                wo.id, body=WorkOrderAssignRequest(user=IdRef(id=9002))
            )
            print(f"assigned -> {step.status.name} to {step.assignee.user.first_name}")
            contact = client.contacts.create_work_order_contact(
                wo.id,
                body=ContactInput.from_dict(
                    {"role": "Location Contact", "name": "Store manager", "phone": "4805551234"}
                ),
            )
            print(f"added contact -> {len(contact.contacts.results)} contact(s) on the work order")
            httpx.post(
                f"{base}/_sandbox/workorders/{wo.id}/work-done",
                params={"access_token": client.access_token()},
            )
            step = client.workflow.approve_work_order(wo.id)
            print(f"work done (simulated) and approved -> {step.status.name}")
            titles = [w.title for w in client.work_orders.iter_work_orders(per_page=2)]
            print(f"iterated {len(titles)} work orders, 2 per page")
            try:
                client.work_orders.get_work_order(999_999)
            except NotFoundError as exc:
                print(f"typed error: {type(exc).__name__} {exc.status_code}: {exc.message}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
