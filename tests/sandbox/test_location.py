"""Location: custom addresses, saved locations, remote work; tenancy of saved locations."""

from __future__ import annotations

from typing import Any

from .conftest import Api
from .recipes.location import CUSTOM
from .recipes.work_orders import new_work_order


def location(api: Api, wo: int) -> dict[str, Any]:
    return dict(api.call("get_work_order_location", path={"work_order_id": wo}, expect=200).json())


def put(api: Api, wo: int, body: dict[str, Any], expect: int = 200) -> dict[str, Any]:
    return dict(
        api.call(
            "update_work_order_location", path={"work_order_id": wo}, json=body, expect=expect
        ).json()
    )


def test_work_order_without_location_answers_defaults(api: Api) -> None:
    wo = new_work_order(api)
    got = location(api, wo)
    assert (
        got["work_order_id"] == wo
        and got["mode"] == "custom"
        and got["address1"] == ""
        and got["country"] == ""
    )
    assert got["saved_location"]["id"] == 0 and got["validation"]["is_valid"] is False


def test_custom_address_persists(api: Api) -> None:
    wo = new_work_order(api)
    got = put(api, wo, CUSTOM)
    for key in ("display_name", "address1", "address2", "city", "state", "zip", "country"):
        assert got[key] == CUSTOM[key]
    assert (
        got["type"] == {"id": 1, "name": "Commercial"}
        and got["time_zone"]["name"] == "America/Chicago"
    )
    assert (
        got["coordinates"]["exact"] is False and abs(got["coordinates"]["latitude"] - 44.98) < 0.1
    )
    assert location(api, wo) == got
    embedded = api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()["location"]
    assert embedded["city"] == "Minneapolis"
    # the whole address is replaced: address2 left out is cleared; coordinates sent are used as is
    got = put(
        api,
        wo,
        {
            **{k: v for k, v in CUSTOM.items() if k != "address2"},
            "coordinates": {"latitude": 44.9, "longitude": -93.27},
            "country": "USA",
        },
    )
    assert (
        got["address2"] == ""
        and got["coordinates"] == {"latitude": 44.9, "longitude": -93.27, "exact": True}
        and got["country"] == "USA"
    )


def test_listed_work_orders_filter_on_city(api: Api) -> None:
    wo = new_work_order(api, location=CUSTOM)
    found = api.call("list_work_orders", query={"f_city": "Minneapolis"}, expect=200).json()[
        "results"
    ]
    assert [w["id"] for w in found] == [wo]


def test_remote(api: Api) -> None:
    wo = new_work_order(api, location=CUSTOM)
    got = put(api, wo, {"mode": "remote"})
    assert (
        got["mode"] == "remote"
        and got["address1"] == ""
        and got["country"] == ""
        and "coordinates" not in got
    )


def test_save_as_new_then_use_saved_location(api: Api, other: Api) -> None:
    wo = new_work_order(api)
    got = put(api, wo, {**CUSTOM, "save_location": "Northside depot", "save_location_group": "31"})
    saved = got["saved_location"]
    assert (
        got["mode"] == "location"
        and saved["id"] > 0
        and saved["name"] == "Northside depot"
        and saved["group"]["id"] == 31
    )
    second = new_work_order(api)
    used = put(api, second, {"mode": "location", "saved_location": {"id": saved["id"]}})
    assert (
        used["mode"] == "location"
        and used["address1"] == CUSTOM["address1"]
        and used["saved_location"]["id"] == saved["id"]
    )
    assert used["coordinates"]["exact"] is True
    # another company's saved location cannot be used
    theirs = other.call("create_work_order", json={"title": "Globex job"}, expect=201).json()["id"]
    r = other.call(
        "update_work_order_location",
        path={"work_order_id": theirs},
        json={"mode": "location", "saved_location": {"id": saved["id"]}},
        expect=422,
    )
    assert r.json()["errors"][0]["field"] == "body.saved_location.id"


def test_bad_references_are_422_and_bad_combinations_422(api: Api) -> None:
    wo = new_work_order(api)
    put(api, wo, {"mode": "location", "saved_location": {"id": 999999}}, expect=422)
    assert (
        put(api, wo, {**CUSTOM, "type": {"id": 99}}, expect=422)["errors"][0]["field"]
        == "body.type.id"
    )
    put(api, wo, {"mode": "remote", "save_location": True}, expect=422)
    put(api, wo, {"mode": "custom", "city": "Minneapolis"}, expect=400)  # address missing
    api.call(
        "create_work_order",
        json={"title": "x", "location": {"mode": "location", "saved_location": {"id": 999999}}},
        expect=422,
    )
    assert location(api, wo)["address1"] == ""


def test_unknown_and_foreign_work_orders_are_404(api: Api, other: Api) -> None:
    wo = new_work_order(api, location=CUSTOM)
    api.call("get_work_order_location", path={"work_order_id": 999999}, expect=404)
    other.call("get_work_order_location", path={"work_order_id": wo}, expect=404)
    other.call(
        "update_work_order_location",
        path={"work_order_id": wo},
        json={"mode": "remote"},
        expect=404,
    )
    assert location(api, wo)["mode"] == "custom"
