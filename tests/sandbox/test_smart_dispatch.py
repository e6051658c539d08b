"""Smart Dispatch: routes or assigns by location and project settings."""

from __future__ import annotations

from .conftest import Api
from .recipes.smart_dispatch import MINNEAPOLIS, new_work_order

PHOENIX = {
    "mode": "custom",
    "address1": "123 Main Street",
    "city": "Phoenix",
    "state": "AZ",
    "zip": "85001",
    "country": "US",
}
ALASKA = {
    "mode": "custom",
    "address1": "500 W 6th Ave",
    "city": "Anchorage",
    "state": "AK",
    "zip": "99501",
    "country": "US",
}


def dispatch(api: Api, *ids: int, expect: int = 200) -> list[dict[str, object]]:
    body = api.call(
        "trigger_smart_dispatch",
        json={"work_order_ids": list(ids), "strategy": "standard"},
        expect=expect,
    ).json()
    return list(body.get("work_orders", []))


def status(api: Api, wo: int) -> str:
    return str(
        api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()["status"]["name"]
    )


def test_routes_to_providers_in_the_state(api: Api) -> None:
    wo = new_work_order(api, location=PHOENIX)
    [result] = dispatch(api, wo)
    assert result["result"] == "routed" and result["status"] == "Routed"
    assert [p["id"] for p in result["providers"]] == [9003, 9004]  # Phoenix first, then Tempe
    assert status(api, wo) == "Routed"


def test_assigns_first_available_when_the_project_says_so(api: Api) -> None:
    api.call(
        "update_dispatch_settings",
        path={"project_id": 2201},
        json={"buyer_id": 501, "created_by": 7001, "dispatch_to_first_available": True},
        expect=200,
    )
    wo = new_work_order(api, location=MINNEAPOLIS, project={"id": 2201})
    [result] = dispatch(api, wo)
    assert result["result"] == "assigned" and result["providers"][0]["id"] == 9001
    got = api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()
    assert got["status"]["name"] == "Assigned" and got["assignee"]["user"]["id"] == 9001


def test_no_provider_reverts_open_work_orders_to_draft(api: Api) -> None:
    wo = new_work_order(api, location=ALASKA)
    api.call("publish_work_order", path={"work_order_id": wo}, expect=200)
    [result] = dispatch(api, wo)
    assert result["result"] == "no_provider" and result["providers"] == []
    assert status(api, wo) == "Draft"


def test_disabled_settings_and_bad_states_are_409(api: Api) -> None:
    api.call(
        "update_dispatch_settings",
        path={"project_id": 2201},
        json={"buyer_id": 501, "created_by": 7001, "is_dispatch_settings_enabled": False},
        expect=200,
    )
    wo = new_work_order(api, project={"id": 2201})
    dispatch(api, wo, expect=409)
    assert status(api, wo) == "Draft"
    assigned = new_work_order(api)
    api.call(
        "assign_work_order",
        path={"work_order_id": assigned},
        json={"user": {"id": 9001}},
        expect=200,
    )
    dispatch(api, assigned, expect=409)


def test_batch_is_all_or_nothing(api: Api, other: Api) -> None:
    wo = new_work_order(api, location=PHOENIX)
    dispatch(api, wo, 999999, expect=404)
    assert status(api, wo) == "Draft"
    other.call("trigger_smart_dispatch", json={"workOrders": [{"id": wo}]}, expect=404)
