"""Shipments: recorded in the work order, aliases normalised, changes persist, 404/422 cases."""

from __future__ import annotations

from .conftest import Api
from .recipes.shipments import SHIPMENT, with_shipment
from .recipes.work_orders import new_work_order


def shipments(api: Api, wo: int) -> list[dict]:
    return api.call("list_work_order_shipments", path={"work_order_id": wo}, expect=200).json()[
        "results"
    ]


def test_create_reads_back_in_list_and_work_order(api: Api) -> None:
    wo = new_work_order(api)
    body = {
        "name": "Spare router",
        "direction": "from_site",
        "carrier": {"name": "ups", "tracking": "1Z999"},
        "status": "in_transit",
    }
    doc = api.call(
        "create_work_order_shipment", path={"work_order_id": wo}, json=body, expect=201
    ).json()
    created = doc["shipments"]["results"][0]
    assert created["direction"] == "from site" and created["status"] == "En Route"
    assert created["carrier"]["link_href"].endswith("1Z999") and created["user"]["id"] == 7001
    listed = api.call("list_work_order_shipments", path={"work_order_id": wo}, expect=200).json()
    assert (
        listed["results"] == [created]
        and listed["metadata"]["total"] == 1
        and listed["actions"] == ["add"]
    )
    assert api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()["shipments"][
        "results"
    ] == [created]


def test_newest_first(api: Api) -> None:
    wo, first = with_shipment(api)
    second = api.call(
        "create_work_order_shipment",
        path={"work_order_id": wo},
        json={**SHIPMENT, "name": "Cables"},
        expect=201,
    ).json()
    assert [s["id"] for s in shipments(api, wo)] == [second["shipments"]["results"][0]["id"], first]


def test_update_changes_only_what_is_sent(api: Api) -> None:
    wo, shipment = with_shipment(api)
    doc = api.call(
        "update_work_order_shipment",
        path={"work_order_id": wo, "shipment_id": shipment},
        json={"status": "delivered", "tracking_number": "999"},
        expect=200,
    ).json()
    updated = doc["shipments"]["results"][0]
    assert updated["status"] == "Arrived" and "arrived" in updated["carrier"]
    assert (
        updated["carrier"]["tracking"] == "999"
        and updated["carrier"]["name"] == "fedex"
        and updated["name"] == SHIPMENT["name"]
    )
    assert shipments(api, wo)[0] == updated
    other = api.call(
        "update_work_order_shipment",
        path={"work_order_id": wo, "shipment_id": shipment},
        json={"carrier": {"name": "other", "other": "ABC Shipping"}},
        expect=200,
    ).json()
    carrier = other["shipments"]["results"][0]["carrier"]
    assert carrier["other"] == "ABC Shipping" and "link_href" not in carrier


def test_other_location_needs_an_address(api: Api) -> None:
    wo, shipment = with_shipment(api)
    api.call(
        "update_work_order_shipment",
        path={"work_order_id": wo, "shipment_id": shipment},
        json={"direction": "to other location"},
        expect=422,
    )
    address = {
        "address1": "123 Site Rd",
        "city": "Austin",
        "state": "TX",
        "zip": "78701",
        "country": "US",
    }
    doc = api.call(
        "update_work_order_shipment",
        path={"work_order_id": wo, "shipment_id": shipment},
        json={"direction": "to_other_location", "location": address},
        expect=200,
    ).json()
    assert doc["shipments"]["results"][0]["location"] == address
    api.call(
        "create_work_order_shipment",
        path={"work_order_id": wo},
        json={**SHIPMENT, "direction": "to other location"},
        expect=400,
    )


def test_delete_then_404(api: Api) -> None:
    wo, shipment = with_shipment(api)
    doc = api.call(
        "delete_work_order_shipment",
        path={"work_order_id": wo, "shipment_id": shipment},
        expect=200,
    ).json()
    assert doc["shipments"]["results"] == [] and shipments(api, wo) == []
    api.call(
        "delete_work_order_shipment",
        path={"work_order_id": wo, "shipment_id": shipment},
        expect=404,
    )
    api.call(
        "update_work_order_shipment",
        path={"work_order_id": wo, "shipment_id": shipment},
        json={"name": "x"},
        expect=404,
    )


def test_unknown_task_and_acting_user_are_422(api: Api) -> None:
    wo = new_work_order(api)
    api.call(
        "create_work_order_shipment",
        path={"work_order_id": wo},
        json={**SHIPMENT, "task_id": 999999},
        expect=422,
    )
    api.call(
        "create_work_order_shipment",
        path={"work_order_id": wo},
        json=SHIPMENT,
        query={"acting_user_id": 7101},
        expect=422,
    )
    doc = api.call(
        "create_work_order_shipment",
        path={"work_order_id": wo},
        json=SHIPMENT,
        query={"acting_user_id": 7002},
        expect=201,
    ).json()
    assert doc["shipments"]["results"][0]["user"]["id"] == 7002


def test_async_applies_the_change(api: Api) -> None:
    wo = new_work_order(api)
    job = api.call(
        "create_work_order_shipment",
        path={"work_order_id": wo},
        json=SHIPMENT,
        query={"async": True},
        expect=202,
    ).json()
    assert job["job_id"] >= 1 and len(shipments(api, wo)) == 1


def test_other_company_gets_404(api: Api, other: Api) -> None:
    wo, shipment = with_shipment(api)
    other.call("list_work_order_shipments", path={"work_order_id": wo}, expect=404)
    other.call("create_work_order_shipment", path={"work_order_id": wo}, json=SHIPMENT, expect=404)
    other.call(
        "update_work_order_shipment",
        path={"work_order_id": wo, "shipment_id": shipment},
        json={"name": "x"},
        expect=404,
    )
    other.call(
        "delete_work_order_shipment",
        path={"work_order_id": wo, "shipment_id": shipment},
        expect=404,
    )
    assert len(shipments(api, wo)) == 1


def test_guide_create_form_description_and_capitalised_carrier(api: Api) -> None:
    """The shipments guide sends `description` for the name, `FedEx` and `to_site`."""
    wo = new_work_order(api)
    body = api.call(
        "create_work_order_shipment",
        path={"work_order_id": wo},
        json={
            "description": "Router Box",
            "carrier": {"name": "FedEx", "tracking": "123456789"},
            "direction": "to_site",
        },
        expect=201,
    ).json()
    created = body["shipments"]["results"][0]
    assert created["name"] == "Router Box" and created["direction"] == "to site"
    assert created["carrier"]["name"] == "fedex" and created["carrier"]["tracking"] == "123456789"
    assert "link_href" in created["carrier"]
    assert shipments(api, wo)[0] == created
    api.call(
        "create_work_order_shipment",
        path={"work_order_id": wo},
        json={"carrier": {"name": "ups", "tracking": "1Z"}, "direction": "to site"},
        expect=400,
    )
