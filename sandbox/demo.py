"""The main job end to end: the generated client driving an embedded sandbox.

Starts the sandbox (a free port unless ``--port``), then with ``fieldnation_client`` (from
``generated/``): obtains a token from credentials, creates a work order, walks it through
publish, route, assign, work done (sandbox helper), approve and paid (sandbox helper), adds a
contact, pages through the work orders, and shows a typed error. Prints one line per step.
With ``--keep`` the sandbox stays up afterwards (Ctrl-C stops it) so that the printed
playground URL can be opened, the demo's work order in it.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import httpx

from .seed import COMPANIES
from .server import running

GENERATED = Path(__file__).resolve().parent.parent / "generated"


def sandbox_helper(base: str, token: str, work_order_id: int, action: str) -> dict[str, Any]:
    """``POST /_sandbox/workorders/{id}/{action}``: the provider's or payer's part."""
    response = httpx.post(
        f"{base}/_sandbox/workorders/{work_order_id}/{action}",
        params={"access_token": token},
        timeout=30,
    )
    response.raise_for_status()
    result: dict[str, Any] = response.json()
    return result


def main(keep: bool = False, port: int = 0, stop: threading.Event | None = None) -> int:
    """Run the demo; with ``keep``, serve until Ctrl-C (or ``stop`` is set, for tests)."""
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
    with running(port=port) as base:
        print(f"sandbox: {base}/api/rest/v2 (playground {base}/playground)", flush=True)
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
            token = client.access_token()
            done = sandbox_helper(base, token, wo.id, "work-done")
            print(f"work done (sandbox helper) -> {done['status']['name']}")
            step = client.workflow.approve_work_order(wo.id)
            print(f"approved -> {step.status.name}")
            paid = sandbox_helper(base, token, wo.id, "paid")
            print(f"paid (sandbox helper) -> {paid['status']['name']}")
            titles = [w.title for w in client.work_orders.iter_work_orders(per_page=2)]
            print(f"iterated {len(titles)} work orders, 2 per page")
            try:
                client.work_orders.get_work_order(999_999)
            except NotFoundError as exc:
                print(f"typed error: {type(exc).__name__} {exc.status_code}: {exc.message}")
        if keep:
            print(
                f"\nThe sandbox keeps running: open {base}/playground (work order {wo.id} is "
                f"Paid there; Authorize as {creds['username']} / {creds['password']}). "
                "Ctrl-C stops it.",
                flush=True,
            )
            try:
                (stop or threading.Event()).wait()
            except KeyboardInterrupt:
                print("stopped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(keep="--keep" in sys.argv))
