"""Site revisits: recorded newest first with a count, changed, deleted; 404/422 cases."""

from __future__ import annotations

from .conftest import Api
from .recipes.site_revisits import site_reason, with_revisit
from .recipes.work_orders import new_work_order


def revisits(api: Api, wo: int, **query: int) -> dict:
    return api.call(
        "list_work_order_site_revisits", path={"work_order_id": wo}, query=query, expect=200
    ).json()


def test_create_reads_back(api: Api) -> None:
    wo, revisit = with_revisit(api)
    listed = revisits(api, wo)
    assert [r["id"] for r in listed["results"]] == [revisit] and listed["count"] == 1
    item = listed["results"][0]
    assert item["is_billable"] is False and item["status"] == "requested" and item["reason"]["name"]
    doc = api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()
    assert doc["site_revisits"]["results"] == [item] and doc["site_revisit"]["revisit_count"] == 1


def test_newest_first_and_pages(api: Api) -> None:
    wo, first = with_revisit(api)
    body = {
        "revisit_reason_id": site_reason(api),
        "scheduled": {"utc": "2026-07-03T14:00:00Z"},
        "notes": "Bring the router",
    }
    summary = api.call(
        "create_work_order_site_revisit", path={"work_order_id": wo}, json=body, expect=201
    ).json()
    second = summary["revisits"][0]
    assert second["status"] == "scheduled" and second["scheduled"]["utc"] == "2026-07-03 14:00:00"
    assert [r["id"] for r in summary["revisits"]] == [second["id"], first]
    page = revisits(api, wo, page=2, per_page=1)
    assert (
        [r["id"] for r in page["results"]] == [first]
        and page["count"] == 2
        and page["metadata"]["pages"] == 2
    )


def test_update_changes_only_what_is_sent(api: Api) -> None:
    wo, revisit = with_revisit(api)
    before = revisits(api, wo)["results"][0]
    summary = api.call(
        "update_work_order_site_revisit",
        path={"work_order_id": wo, "revisit_id": revisit},
        json={"is_billable": True, "notes": "Billable"},
        expect=200,
    ).json()
    after = summary["revisits"][0]
    assert (
        after["is_billable"] is True
        and after["notes"] == "Billable"
        and after["reason"] == before["reason"]
    )
    assert revisits(api, wo)["results"][0] == after


def test_reason_must_be_a_revisit_reason(api: Api, other: Api) -> None:
    wo, revisit = with_revisit(api)
    api.call(
        "create_work_order_site_revisit",
        path={"work_order_id": wo},
        json={"revisit_reason": 999999},
        expect=422,
    )
    api.call(
        "create_work_order_site_revisit",
        path={"work_order_id": wo},
        json={"revisit_reason": site_reason(api, "job_status")},
        expect=422,
    )
    api.call(
        "create_work_order_site_revisit",
        path={"work_order_id": wo},
        json={"revisit_reason": site_reason(other)},
        expect=422,
    )
    api.call(
        "update_work_order_site_revisit",
        path={"work_order_id": wo, "revisit_id": revisit},
        json={"revisit_reason": 999999},
        expect=422,
    )
    assert revisits(api, wo)["count"] == 1


def test_delete_then_404(api: Api) -> None:
    wo, revisit = with_revisit(api)
    summary = api.call(
        "delete_work_order_site_revisit",
        path={"work_order_id": wo, "revisit_id": revisit},
        expect=200,
    ).json()
    assert summary["revisits"] == [] and revisits(api, wo)["count"] == 0
    api.call(
        "delete_work_order_site_revisit",
        path={"work_order_id": wo, "revisit_id": revisit},
        expect=404,
    )
    api.call(
        "update_work_order_site_revisit",
        path={"work_order_id": wo, "revisit_id": revisit},
        json={"notes": "x"},
        expect=404,
    )


def test_other_company_gets_404(api: Api, other: Api) -> None:
    wo, revisit = with_revisit(api)
    other.call("list_work_order_site_revisits", path={"work_order_id": wo}, expect=404)
    other.call(
        "create_work_order_site_revisit",
        path={"work_order_id": wo},
        json={"revisit_reason": site_reason(other)},
        expect=404,
    )
    other.call(
        "update_work_order_site_revisit",
        path={"work_order_id": wo, "revisit_id": revisit},
        json={"notes": "x"},
        expect=404,
    )
    other.call(
        "delete_work_order_site_revisit",
        path={"work_order_id": wo, "revisit_id": revisit},
        expect=404,
    )
    api.call(
        "list_work_order_site_revisits", path={"work_order_id": new_work_order(api)}, expect=200
    )


def test_impossible_schedule_is_422(api: Api) -> None:
    wo, revisit = with_revisit(api)
    for value in ("2026-13-45 10:00:00", "0001-01-01 00:00:00", "9999-12-31T23:59:59-23:59"):
        api.call(
            "update_work_order_site_revisit",
            path={"work_order_id": wo, "revisit_id": revisit},
            json={"scheduled": {"utc": value}},
            expect=422,
        )
    assert "scheduled" not in revisits(api, wo)["results"][0]
