"""Recipes: work-order contacts (and the small work-order helper the pay, task and custom
field recipes share)."""

from __future__ import annotations

from typing import Any

from . import recipe

CONTACT = {
    "role": "Location Contact",
    "name": "Maria Lopez",
    "email": "maria.lopez@northstar-retail.example",
    "phone": "+1-612-555-0143",
    "ext": "12",
    "notes": "Store manager, available 8am-5pm weekdays.",
}


def store(api: Any) -> Any:
    """The sandbox's store, for test setup that has no API (reference data)."""
    return api.client.app.state.sandbox.store


def work_order(api: Any, *steps: str, title: str = "Install POS terminal") -> int:
    """A new work order of the caller's company walked through ``steps``
    (publish, route, assign, work_done, approve, paid, cancel)."""
    wo = int(api.call("create_work_order", json={"title": title}, expect=201).json()["id"])
    path = {"work_order_id": wo}
    for step in steps:
        if step == "publish":
            api.call("publish_work_order", path=path, expect=200)
        elif step == "route":
            api.call("route_work_order", path=path, json={"user": {"id": 9002}}, expect=200)
        elif step == "assign":
            api.call("assign_work_order", path=path, json={"user": {"id": 9001}}, expect=200)
        elif step == "approve":
            api.call("approve_work_order", path=path, expect=200)
        elif step == "cancel":
            api.call(
                "delete_work_order", path=path, query={"cancel_reason": "Duplicate"}, expect=200
            )
        else:  # work_done, paid: the provider's / payer's part
            url = f"/_sandbox/workorders/{wo}/{step.replace('_', '-')}"
            r = api.client.post(url, params={"access_token": api.token})
            assert r.status_code == 200, r.text
    return wo


def with_contact(api: Any) -> tuple[int, int]:
    wo = work_order(api)
    body = api.call(
        "create_work_order_contact", path={"work_order_id": wo}, json=CONTACT, expect=201
    ).json()
    return wo, int(body["contacts"]["results"][0]["id"])


@recipe("list_work_order_contacts")
def list_contacts(api: Any) -> Any:
    wo, _ = with_contact(api)
    return api.call(
        "list_work_order_contacts", path={"work_order_id": wo}, query={"page": 1, "per_page": 10}
    )


@recipe("create_work_order_contact")
def create_contact(api: Any) -> Any:
    return api.call(
        "create_work_order_contact", path={"work_order_id": work_order(api)}, json=CONTACT
    )


@recipe("update_work_order_contact")
def update_contact(api: Any) -> Any:
    wo, contact = with_contact(api)
    return api.call(
        "update_work_order_contact",
        path={"work_order_id": wo, "contact_id": contact},
        json={"phone": "+1-612-555-0188", "notes": "Ask for Maria at the service desk."},
    )


@recipe("delete_work_order_contact")
def delete_contact(api: Any) -> Any:
    wo, contact = with_contact(api)
    return api.call("delete_work_order_contact", path={"work_order_id": wo, "contact_id": contact})
