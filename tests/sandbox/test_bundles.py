"""Bundles: validation without changes, bundle state mirrored on every member, unbundle and
delete keep it consistent, 404/409/400 cases."""

from __future__ import annotations

from .conftest import Api
from .recipes.bundles import bundled
from .recipes.work_orders import in_status, new_work_order


def bundle_of(api: Api, wo: int) -> dict | None:
    return api.call("get_work_order", path={"work_order_id": wo}, expect=200).json().get("bundle")


def test_validate_changes_nothing(api: Api) -> None:
    ids = [new_work_order(api), in_status(api, "publish")]
    body = api.call(
        "validate_work_order_bundle", json={"ids": ids, "cancel_reason": "x"}, expect=200
    ).json()
    assert (
        body["errors"] == []
        and body["status"] == "active"
        and body["params"] == {"cancel_reason": "x"}
    )
    assert all(bundle_of(api, w) is None for w in ids)


def test_validate_reports_problems(api: Api, other: Api) -> None:
    assigned = in_status(api, "assign")
    foreign = new_work_order(other)
    body = api.call(
        "validate_work_order_bundle",
        json={"work_order_ids": [new_work_order(api), assigned, foreign]},
        expect=200,
    ).json()
    codes = {(e.get("work_order_id"), e["code"]) for e in body["errors"]}
    assert codes == {(assigned, "invalid_status"), (foreign, "not_found")}
    single = api.call(
        "validate_work_order_bundle", json={"ids": [new_work_order(api)]}, expect=200
    ).json()
    assert [e["code"] for e in single["errors"]] == ["too_few"]


def test_bundle_is_mirrored_on_every_member(api: Api) -> None:
    ids = bundled(api, 3)
    bundles = [bundle_of(api, w) for w in ids]
    assert all(b is not None for b in bundles)
    assert len({b["id"] for b in bundles}) == 1
    assert [r["id"] for r in bundles[0]["results"]] == ids and bundles[0]["metadata"]["total"] == 3


def test_bundle_refusals(api: Api, other: Api) -> None:
    free = new_work_order(api)
    api.call("bundle_work_orders", json={"ids": [free, in_status(api, "assign")]}, expect=409)
    api.call("bundle_work_orders", json={"ids": [free, 999999]}, expect=404)
    api.call("bundle_work_orders", json={"ids": [free, new_work_order(other)]}, expect=404)
    one = api.call("bundle_work_orders", json={"ids": [free]}, expect=400).json()
    assert "ids" in one["message"]  # the spec's minItems: 2 states the rule
    api.call("bundle_work_orders", json={"work_order_ids": [free]}, expect=400)
    ids = bundled(api)
    api.call("bundle_work_orders", json={"ids": [free, ids[0]]}, expect=409)
    assert bundle_of(api, free) is None


def test_unbundle_keeps_the_rest(api: Api) -> None:
    ids = bundled(api, 3)
    api.call("unbundle_work_orders", json={"work_order_ids": [ids[2]]}, expect=200)
    assert bundle_of(api, ids[2]) is None
    rest = bundle_of(api, ids[0])
    assert (
        rest is not None
        and [r["id"] for r in rest["results"]] == ids[:2]
        and bundle_of(api, ids[1]) == rest
    )
    api.call("unbundle_work_orders", json={"ids": [ids[2]]}, expect=409)
    api.call(
        "unbundle_work_orders", json={"ids": [ids[1]]}, expect=200
    )  # a bundle of one dissolves
    assert bundle_of(api, ids[0]) is None and bundle_of(api, ids[1]) is None
    assert (
        api.call("bundle_work_orders", json={"ids": ids}, expect=200).json()["status"] == "complete"
    )


def test_delete_bundle_releases_all(api: Api, other: Api) -> None:
    ids = bundled(api, 3)
    other.call("delete_work_order_bundle", path={"work_order_id": ids[1]}, expect=404)
    job = api.call("delete_work_order_bundle", path={"work_order_id": ids[1]}, expect=200).json()
    assert job["job_id"] >= 1
    assert all(bundle_of(api, w) is None for w in ids)
    api.call("delete_work_order_bundle", path={"work_order_id": ids[1]}, expect=409)
    api.call("delete_work_order_bundle", path={"work_order_id": 999999}, expect=404)
