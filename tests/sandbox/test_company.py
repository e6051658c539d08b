"""Company reference data: tags (with create), expenses, networks, managers, reasons, custom
field definitions, bonuses and penalties; each company sees its own."""

from __future__ import annotations

from .conftest import Api


def _ids(body: object) -> set[int]:
    items = body if isinstance(body, list) else body["results"]  # type: ignore[index]
    return {item["id"] for item in items}


def test_tags_seeded_per_company(api: Api, other: Api) -> None:
    mine = api.call("list_company_tags", expect=200).json()
    assert {1007, 1008} <= _ids(mine)
    assert _ids(mine).isdisjoint(_ids(other.call("list_company_tags", expect=200).json()))


def test_created_tag_lists_first_and_stays_private(api: Api, other: Api) -> None:
    body = {
        "label": "Store closed",
        "hex_color": "00AA55",
        "valid_statuses": ["assigned"],
        "types": ["hold"],
    }
    tag = api.call("create_company_tag", json=body, expect=201).json()
    assert tag["hex_color"] == "#00AA55"
    assert tag["valid_statuses"] == ["assigned"]
    listed = api.call("list_company_tags", expect=200).json()
    assert listed["results"][0] == tag
    assert tag["id"] not in _ids(other.call("list_company_tags", expect=200).json())


def test_duplicate_tag_label_is_409(api: Api, other: Api) -> None:
    api.call("create_company_tag", json={"label": "vip client"}, expect=409)
    other.call("create_company_tag", json={"label": "VIP Client"}, expect=201)


def test_blank_tag_label_is_422(api: Api) -> None:
    api.call("create_company_tag", json={"label": "   "}, expect=422)


def test_async_tag_creation(api: Api) -> None:
    job = api.call(
        "create_company_tag", query={"async": "true"}, json={"label": "Queued tag"}, expect=202
    ).json()
    assert job["job_id"] >= 1
    labels = {t["label"] for t in api.call("list_company_tags", expect=200).json()["results"]}
    assert "Queued tag" in labels


def test_tags_page(api: Api) -> None:
    body = api.call("list_company_tags", query={"per_page": 1, "page": 2}, expect=200).json()
    assert len(body["results"]) == 1 and body["metadata"]["pages"] == body["metadata"]["total"]


def test_expense_categories_system_and_own(api: Api, other: Api) -> None:
    mine = api.call(
        "list_company_expenses",
        path={"company_id": api.creds["id"]},
        query={"per_page": 100},
        expect=200,
    ).json()["results"]
    theirs = other.call(
        "list_company_expenses",
        path={"company_id": other.creds["id"]},
        query={"per_page": 100},
        expect=200,
    ).json()["results"]
    system = {c["id"] for c in mine if c["type"] == "system"}
    assert {2, 10} <= system and system == {c["id"] for c in theirs if c["type"] == "system"}
    parking = next(c for c in mine if c["id"] == 57)
    assert parking["type"] == "custom" and parking["amount"] == 15
    assert 57 not in {c["id"] for c in theirs}


def test_networks_managers_are_the_company_s(api: Api, other: Api) -> None:
    assert 8 in _ids(api.call("list_company_networks", expect=200).json())
    assert 8 not in _ids(other.call("list_company_networks", expect=200).json())
    assert _ids(api.call("list_company_managers", expect=200).json()) == {7001, 7002}
    assert _ids(other.call("list_company_managers", expect=200).json()) == {7101, 7102}


def test_site_revisit_reasons_by_action_type(api: Api) -> None:
    path = {"company_id": 501}
    revisit = _ids(
        api.call(
            "list_site_revisit_reasons", path=path, query={"action_type": "revisit"}, expect=200
        ).json()
    )
    job = _ids(
        api.call(
            "list_site_revisit_reasons", path=path, query={"action_type": "job_status"}, expect=200
        ).json()
    )
    every = _ids(
        api.call(
            "list_site_revisit_reasons", path=path, query={"action_type": "all"}, expect=200
        ).json()
    )
    assert revisit and job and revisit.isdisjoint(job)
    assert every == revisit | job
    assert job == _ids(
        api.call("list_incomplete_reasons", path={"company_id": api.creds["id"]}, expect=200).json()
    )


def test_site_revisit_reasons_of_another_company_are_404(api: Api) -> None:
    api.call(
        "list_site_revisit_reasons",
        path={"company_id": 502},
        query={"action_type": "all"},
        expect=404,
    )
    api.call(
        "list_site_revisit_reasons",
        path={"company_id": 999},
        query={"action_type": "all"},
        expect=404,
    )


def test_incomplete_reasons_include_8_for_acme(api: Api, other: Api) -> None:
    reasons = api.call(
        "list_incomplete_reasons", path={"company_id": api.creds["id"]}, expect=200
    ).json()
    assert 8 in _ids(reasons) and all(r["name"] for r in reasons["results"])
    assert 8 not in _ids(
        other.call(
            "list_incomplete_reasons", path={"company_id": other.creds["id"]}, expect=200
        ).json()
    )


def test_company_scoped_paths_of_another_company_are_404(api: Api, other: Api) -> None:
    for operation_id in ("list_company_expenses", "list_incomplete_reasons"):
        api.call(operation_id, path={"company_id": other.creds["id"]}, expect=404)
        api.call(operation_id, path={"company_id": 999}, expect=404)


def test_custom_fields_grouped_by_category(api: Api, other: Api) -> None:
    body = api.call("list_company_custom_fields", expect=200).json()
    fields = {f["id"]: (c["name"], f) for c in body["results"] for f in c["results"]}
    assert body["metadata"]["total"] == len(fields)
    assert fields[129][0] == "Buyer Fields" and fields[129][1]["type"] == "text"
    assert fields[131][1]["options"] == ["New Install", "Replacement", "Upgrade"]
    theirs = other.call("list_company_custom_fields", expect=200).json()
    assert 129 not in {f["id"] for c in theirs["results"] for f in c["results"]}


def test_bonuses_and_penalties(api: Api, other: Api) -> None:
    bonuses = api.call("list_company_bonuses", expect=200).json()
    assert 31 in _ids(bonuses)
    assert 42 in _ids(api.call("list_company_penalties", expect=200).json())
    assert 31 not in _ids(other.call("list_company_bonuses", expect=200).json())
    assert 42 not in _ids(other.call("list_company_penalties", expect=200).json())
    page = api.call("list_company_bonuses", query={"per_page": 1, "page": 2}, expect=200).json()
    assert len(page["results"]) == 1 and page["metadata"]["total"] == bonuses["metadata"]["total"]
