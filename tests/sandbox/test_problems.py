"""Problems: reported, counted, resolved and reopened, deleted; 409/403/422 cases."""

from __future__ import annotations

from .conftest import Api
from .recipes.problems import PROBLEM, with_problem
from .recipes.work_orders import in_status, new_work_order


def problems(api: Api, wo: int) -> dict:
    return api.call("list_work_order_problems", path={"work_order_id": wo}, expect=200).json()


def update(api: Api, wo: int, problem: int, body: dict, expect: int = 200) -> dict:
    return api.call(
        "update_work_order_problem",
        path={"work_order_id": wo, "problem_id": problem},
        json=body,
        expect=expect,
    ).json()


def test_report_reads_back_with_counts_and_types(api: Api) -> None:
    wo, problem = with_problem(api)
    listed = problems(api, wo)
    assert [p["id"] for p in listed["results"]] == [problem]
    first = listed["results"][0]
    assert (
        first["type"] == {"id": 31, "name": "Internal Issue with my company"}
        and first["resolution"]["status"] == "open"
    )
    assert (
        set(first["resolution"]["allowed_resolvers"]) == {"buyer", "support"}
        and first["author"]["id"] == 7001
    )
    assert (
        listed["sum"]["active"] == 1
        and listed["sum"]["resolved"] == 0
        and listed["active"]["id"] == problem
    )
    assert {t["id"] for t in listed["types"]} >= {22, 31, 33}
    assert (
        api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()["problems"][
            "results"
        ][0]
        == first
    )
    in_problem_list = api.call(
        "list_work_orders", query={"list": "workorders_problem", "per_page": 100}, expect=200
    ).json()["results"]
    assert wo in [w["id"] for w in in_problem_list]


def test_sub_type_is_accepted(api: Api) -> None:
    wo = in_status(api, "publish")
    doc = api.call(
        "create_work_order_problem",
        path={"work_order_id": wo},
        json={"type": {"id": 42}, "send_to_support": True, "escalate": "true"},
        expect=201,
    ).json()
    created = doc["problems"]["results"][0]
    assert (
        created["type"]["name"] == "Provider did not show up"
        and created["contact"] == "support"
        and created["escalate"] is True
    )


def test_draft_is_409_and_unknown_type_422(api: Api) -> None:
    api.call(
        "create_work_order_problem",
        path={"work_order_id": new_work_order(api)},
        json=PROBLEM,
        expect=409,
    )
    api.call(
        "create_work_order_problem",
        path={"work_order_id": in_status(api, "publish")},
        json={"type": {"id": 9999}},
        expect=422,
    )


def test_resolve_and_reopen(api: Api) -> None:
    wo, problem = with_problem(api)
    resolved = update(api, wo, problem, {"resolution": {"status": "Resolved"}})["problems"]
    item = resolved["results"][0]
    assert (
        item["resolution"]["status"] == "resolved"
        and item["resolution"]["by"]["id"] == 7001
        and "utc" in item["resolution"]["at"]
    )
    assert resolved["sum"] == {"active": 0, "resolved": 1, "unresolved": 0} and item["actions"] == [
        "reopen",
        "delete",
    ]
    update(api, wo, problem, {"resolution": {"status": "resolved"}}, expect=409)
    assert wo not in [
        w["id"]
        for w in api.call(
            "list_work_orders", query={"list": "workorders_problem", "per_page": 100}
        ).json()["results"]
    ]
    reopened = update(
        api, wo, problem, {"resolution": {"status": "open"}, "reopen_message": "Still locked out"}
    )["problems"]["results"][0]
    assert (
        reopened["resolution"]["status"] == "open"
        and "by" not in reopened["resolution"]
        and "Still locked out" in reopened["comments"]
    )
    update(api, wo, problem, {"resolution": {"status": "open"}}, expect=409)
    assert problems(api, wo)["results"][0] == reopened


def test_correct_type_and_comments(api: Api) -> None:
    wo, problem = with_problem(api)
    item = update(api, wo, problem, {"type": {"id": 22}, "comments": "No provider took it"})[
        "problems"
    ]["results"][0]
    assert item["type"]["id"] == 22 and item["comments"] == "No provider took it"
    update(api, wo, problem, {"type": {"id": 9999}}, expect=422)


def test_only_allowed_resolvers_may_resolve(api: Api) -> None:
    wo = in_status(api, "publish")
    doc = api.call(
        "create_work_order_problem",
        path={"work_order_id": wo},
        json={**PROBLEM, "company_can_resolve": False},
        expect=201,
    ).json()
    update(
        api,
        wo,
        doc["problems"]["results"][0]["id"],
        {"resolution": {"status": "resolved"}},
        expect=403,
    )


def test_delete_then_404(api: Api) -> None:
    wo, problem = with_problem(api)
    doc = api.call(
        "delete_work_order_problem", path={"work_order_id": wo, "problem_id": problem}, expect=200
    ).json()
    assert doc["problems"]["results"] == [] and doc["problems"]["sum"]["active"] == 0
    api.call(
        "delete_work_order_problem", path={"work_order_id": wo, "problem_id": problem}, expect=404
    )
    update(api, wo, problem, {"comments": "x"}, expect=404)


def test_other_company_gets_404(api: Api, other: Api) -> None:
    wo, problem = with_problem(api)
    other.call("list_work_order_problems", path={"work_order_id": wo}, expect=404)
    other.call("create_work_order_problem", path={"work_order_id": wo}, json=PROBLEM, expect=404)
    update(other, wo, problem, {"comments": "x"}, expect=404)
    other.call(
        "delete_work_order_problem", path={"work_order_id": wo, "problem_id": problem}, expect=404
    )


def test_guide_forms_top_level_status_and_problem_type_id(api: Api) -> None:
    """The execution guide resolves with a top-level ``status`` and reports with
    ``problem_type_id`` + ``description``; neither may be silently ignored."""
    wo, problem = with_problem(api)
    item = update(api, wo, problem, {"status": "resolved"})["problems"]["results"][0]
    assert item["resolution"]["status"] == "resolved" and item["actions"] == ["reopen", "delete"]
    assert problems(api, wo)["results"][0]["resolution"]["status"] == "resolved"
    update(api, wo, problem, {"status": "resolved"}, expect=409)
    update(api, wo, problem, {"status": "open", "resolution": {"status": "resolved"}}, expect=422)
    assert (
        update(api, wo, problem, {"status": "Open"})["problems"]["results"][0]["resolution"][
            "status"
        ]
        == "open"
    )
    doc = api.call(
        "create_work_order_problem",
        path={"work_order_id": wo},
        json={"problem_type_id": 22, "description": "Site not ready - equipment not delivered"},
        expect=201,
    ).json()
    created = next(p for p in doc["problems"]["results"] if p["id"] != problem)
    assert created["type"]["id"] == 22
    assert created["comments"] == "Site not ready - equipment not delivered"
    api.call(
        "create_work_order_problem",
        path={"work_order_id": wo},
        json={"problem_type_id": 22, "type": {"id": 31}},
        expect=422,
    )
    api.call(
        "create_work_order_problem",
        path={"work_order_id": wo},
        json={"description": "no type at all"},
        expect=400,
    )
