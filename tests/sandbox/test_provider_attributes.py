"""Provider attributes in a talent pool: create, list, bulk and single update, delete."""

from __future__ import annotations

import uuid

from .conftest import Api
from .recipes.provider_attributes import PAY_RATE, POOL, PRIORITY


def attributes(api: Api, **query: object) -> list[dict[str, str]]:
    return list(
        api.call("list_provider_attributes", path=POOL, query=query, expect=200).json()["data"]
    )


def test_seeded_attributes(api: Api) -> None:
    assert {a["name"]: a["value"] for a in attributes(api)} == {
        "pay_rate": "65.00",
        "priority": "high",
    }


def test_create_then_list_sorted(api: Api) -> None:
    made = api.call(
        "create_provider_attributes",
        path=POOL,
        json={"attributes": [{"name": "languages", "value": "en,es"}]},
        expect=201,
    ).json()
    new_id = made["attributes"][0]["talent_pool_provider_attribute_id"]
    names = [a["name"] for a in attributes(api, sort_by="name")]
    assert names == ["languages", "pay_rate", "priority"]
    assert [a["name"] for a in attributes(api, sort_by="name", sort_direction="desc")] == names[
        ::-1
    ]
    assert new_id in [a["talent_pool_provider_attribute_id"] for a in attributes(api)]
    page = api.call("list_provider_attributes", path=POOL, query={"limit": 2}, expect=200).json()
    assert len(page["data"]) == 2 and page["pagination"]["has_next_page"] is True


def test_create_rejects_an_existing_name(api: Api) -> None:
    api.call(
        "create_provider_attributes",
        path=POOL,
        json={"attributes": [{"name": "pay_rate", "value": "1"}]},
        expect=422,
    )
    api.call(
        "create_provider_attributes",
        path=POOL,
        json={"attributes": [{"name": "a", "value": "1"}, {"name": "a", "value": "2"}]},
        expect=422,
    )
    assert len(attributes(api)) == 2  # nothing half-written


def test_bulk_and_single_update_persist(api: Api) -> None:
    body = {
        "attributes": [
            {"talent_pool_provider_attribute_id": PAY_RATE, "value": "75.00"},
            {"id": PRIORITY, "value": "critical"},
        ]
    }
    got = api.call("update_provider_attributes", path=POOL, json=body, expect=200).json()
    assert [a["value"] for a in got["attributes"]] == ["75.00", "critical"]
    one = api.call(
        "update_provider_attribute",
        path={**POOL, "attribute_uuid": PAY_RATE},
        json={"value": "80.00"},
        expect=200,
    ).json()
    assert one == {
        "talent_pool_provider_attribute_id": PAY_RATE,
        "name": "pay_rate",
        "value": "80.00",
    }
    assert {a["name"]: a["value"] for a in attributes(api)} == {
        "pay_rate": "80.00",
        "priority": "critical",
    }


def test_bulk_update_unknown_attribute_is_422(api: Api) -> None:
    body = {"attributes": [{"id": str(uuid.uuid4()), "value": "x"}]}
    api.call("update_provider_attributes", path=POOL, json=body, expect=422)


def test_delete(api: Api) -> None:
    api.call("delete_provider_attribute", path={**POOL, "attribute_uuid": PRIORITY}, expect=200)
    assert [a["name"] for a in attributes(api)] == ["pay_rate"]
    api.call("delete_provider_attribute", path={**POOL, "attribute_uuid": PRIORITY}, expect=404)
    api.call(
        "update_provider_attribute",
        path={**POOL, "attribute_uuid": PRIORITY},
        json={"value": "x"},
        expect=404,
    )


def test_territory_tiers_have_attributes_too(api: Api) -> None:
    path = {"talent_pool_id": 3, "provider_id": 9003}
    assert [
        a["name"]
        for a in api.call("list_provider_attributes", path=path, expect=200).json()["data"]
    ] == ["travel_radius_miles"]


def test_unknown_pool_provider_and_other_company(api: Api, other: Api) -> None:
    api.call(
        "list_provider_attributes", path={"talent_pool_id": 9999, "provider_id": 9001}, expect=404
    )
    api.call(
        "list_provider_attributes", path={"talent_pool_id": 2, "provider_id": 9003}, expect=404
    )  # not in tier 2
    api.call(
        "create_provider_attributes",
        path={"talent_pool_id": 2, "provider_id": 9003},
        json={"attributes": [{"name": "a", "value": "b"}]},
        expect=404,
    )
    other.call("list_provider_attributes", path=POOL, expect=404)
    other.call(
        "update_provider_attribute",
        path={**POOL, "attribute_uuid": PAY_RATE},
        json={"value": "1"},
        expect=404,
    )
    # an attribute of another provider/tier is not reachable through this path
    api.call(
        "delete_provider_attribute",
        path={"talent_pool_id": 1, "provider_id": 9002, "attribute_uuid": PAY_RATE},
        expect=404,
    )
