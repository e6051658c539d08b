"""Work-order contacts: writes persist and read back, the manager is listed read-only,
pages, 404s (unknown ids, the other company's work orders) and 409 once the work is closed."""

from __future__ import annotations

from typing import Any

from .conftest import Api
from .recipes.contacts import CONTACT, with_contact, work_order


def contacts(api: Api, wo: int, **query: Any) -> Any:
    return api.call(
        "list_work_order_contacts", path={"work_order_id": wo}, query=query, expect=200
    ).json()


def test_create_puts_the_contact_first_and_it_reads_back(api: Api) -> None:
    wo = work_order(api)
    first = api.call(
        "create_work_order_contact", path={"work_order_id": wo}, json=CONTACT, expect=201
    ).json()
    new = first["contacts"]["results"][0]
    assert {k: new[k] for k in CONTACT} == CONTACT and new["id"] >= 1
    second = {"role": "Emergency contact", "name": "Night desk", "phone": "6125550999"}
    body = api.call(
        "create_work_order_contact", path={"work_order_id": wo}, json=second, expect=201
    ).json()
    newest = body["contacts"]["results"][0]
    assert newest["name"] == "Night desk" and newest["email"] == ""  # link target: results/0
    listed = contacts(api, wo)
    assert [c["id"] for c in listed["results"][:2]] == [newest["id"], new["id"]]
    assert listed["metadata"]["total"] == 3 and listed["actions"] == ["edit"]
    stored = api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()["contacts"]
    assert [c["id"] for c in stored["results"]] == [c["id"] for c in listed["results"]]


def test_the_manager_is_listed_as_a_built_in_contact(api: Api) -> None:
    listed = contacts(api, work_order(api))
    assert listed["metadata"]["total"] == 1
    manager = listed["results"][0]
    assert manager["id"] < 0 and manager["name"] == "Dana Whitfield"
    api.call(
        "update_work_order_contact",
        path={"work_order_id": 1, "contact_id": 0},
        json={"name": "x"},
        expect=400,
    )


def test_pages(api: Api) -> None:
    wo, contact = with_contact(api)
    page2 = contacts(api, wo, page=2, per_page=1)
    assert page2["metadata"] == {"total": 2, "page": 2, "pages": 2, "per_page": 1}
    assert len(page2["results"]) == 1 and page2["results"][0]["id"] < 0
    assert contacts(api, wo, page=1, per_page=1)["results"][0]["id"] == contact


def test_update_changes_only_the_fields_sent(api: Api) -> None:
    wo, contact = with_contact(api)
    path = {"work_order_id": wo, "contact_id": contact}
    body = api.call(
        "update_work_order_contact", path=path, json={"phone": "+1-612-555-0188"}, expect=200
    ).json()
    updated = next(c for c in body["contacts"]["results"] if c["id"] == contact)
    assert (
        updated["phone"] == "+1-612-555-0188"
        and updated["name"] == CONTACT["name"]
        and updated["ext"] == "12"
    )
    api.call(
        "update_work_order_contact",
        path=path,
        json={"role": "Technical help", "name": "Maria L."},
        expect=200,
    )
    again = next(c for c in contacts(api, wo)["results"] if c["id"] == contact)
    assert (
        again["role"] == "Technical help"
        and again["name"] == "Maria L."
        and again["phone"] == "+1-612-555-0188"
    )
    api.call("update_work_order_contact", path=path, json={"role": "Janitor"}, expect=400)
    api.call("update_work_order_contact", path=path, json={}, expect=400)


def test_delete_removes_the_contact(api: Api) -> None:
    wo, contact = with_contact(api)
    path = {"work_order_id": wo, "contact_id": contact}
    body = api.call("delete_work_order_contact", path=path, expect=200).json()
    assert contact not in [c["id"] for c in body["contacts"]["results"]]
    assert contact not in [c["id"] for c in contacts(api, wo)["results"]]
    api.call("delete_work_order_contact", path=path, expect=404)
    api.call("update_work_order_contact", path=path, json={"name": "Back"}, expect=404)


def test_unknown_and_foreign_ids_are_404(api: Api, other: Api) -> None:
    wo, contact = with_contact(api)
    path = {"work_order_id": wo, "contact_id": contact}
    api.call("list_work_order_contacts", path={"work_order_id": 999999}, expect=404)
    api.call(
        "update_work_order_contact",
        path={"work_order_id": wo, "contact_id": 999999},
        json={"name": "x"},
        expect=404,
    )
    other.call("list_work_order_contacts", path={"work_order_id": wo}, expect=404)
    other.call("create_work_order_contact", path={"work_order_id": wo}, json=CONTACT, expect=404)
    other.call("update_work_order_contact", path=path, json={"name": "x"}, expect=404)
    other.call("delete_work_order_contact", path=path, expect=404)
    assert contact in [c["id"] for c in contacts(api, wo)["results"]]


def test_closed_work_orders_refuse_changes(api: Api) -> None:
    wo = work_order(api, "assign")
    contact = api.call(
        "create_work_order_contact", path={"work_order_id": wo}, json=CONTACT, expect=201
    ).json()["contacts"]["results"][0]["id"]
    for step in ("work_done", "approve"):
        work_order_step(api, wo, step)
    path = {"work_order_id": wo, "contact_id": contact}
    api.call("create_work_order_contact", path={"work_order_id": wo}, json=CONTACT, expect=409)
    api.call("update_work_order_contact", path=path, json={"name": "x"}, expect=409)
    api.call("delete_work_order_contact", path=path, expect=409)
    assert contacts(api, wo)["actions"] == []


def test_seeded_work_orders_have_contacts(api: Api) -> None:
    seeded = api.call(
        "list_work_orders", query={"sort": "id", "order": "asc", "per_page": 1}, expect=200
    ).json()["results"][0]
    roles = {c["role"] for c in contacts(api, seeded["id"])["results"]}
    assert {"Location Contact", "Technical help"} <= roles


def work_order_step(api: Api, wo: int, step: str) -> None:
    if step == "approve":
        api.call("approve_work_order", path={"work_order_id": wo}, expect=200)
    else:
        r = api.client.post(
            f"/_sandbox/workorders/{wo}/{step.replace('_', '-')}",
            params={"access_token": api.token},
        )
        assert r.status_code == 200, r.text
