"""Dispatch settings: create, read, versioned update."""

from __future__ import annotations

from .conftest import Api
from .recipes.dispatch_settings import SETTINGS, new_project


def test_create_reads_back(api: Api) -> None:
    project = new_project(api)
    made = api.call(
        "create_dispatch_settings",
        json={"project_id": project, "buyer_id": 501, "created_by": 7002},
        expect=201,
    ).json()
    assert (
        made["dispatch_runtime_minutes"] == 60 and made["revert_to_draft_on_no_available"] is True
    )  # defaults
    assert made["effective_to"] is None and made["created_by"] == 7002
    assert (
        api.call("get_dispatch_settings", path={"project_id": project}, expect=200).json() == made
    )
    # a second create for the same project is refused
    api.call("create_dispatch_settings", json={"project_id": project, **SETTINGS}, expect=422)


def test_the_guides_rule_list_body_is_accepted_and_kept(api: Api) -> None:
    project = new_project(api)
    rules = [{"order": 1, "type": "talent_pool", "target_id": 99, "wait_time": 4}]
    made = api.call(
        "create_dispatch_settings",
        json={"project_id": project, "mode": "automatic", "rules": rules},
        expect=201,
    ).json()
    # without buyer_id and created_by the caller's company and user are recorded
    assert made["buyer_id"] == 501 and made["created_by"] == api.creds["staff"][0]["id"]
    assert made["mode"] == "automatic" and made["rules"] == rules
    path = {"project_id": project}
    changed = api.call(
        "update_dispatch_settings", path=path, json={"project_id": project, "mode": "manual"}
    ).json()
    assert changed["mode"] == "manual" and changed["rules"] == rules  # carried over
    api.call("update_dispatch_settings", path=path, json={}, expect=400)


def test_create_bad_references(api: Api) -> None:
    project = new_project(api)
    api.call("create_dispatch_settings", json={**SETTINGS, "project_id": 999999}, expect=422)
    api.call(
        "create_dispatch_settings",
        json={**SETTINGS, "project_id": project, "buyer_id": 502},
        expect=422,
    )
    api.call(
        "create_dispatch_settings",
        json={**SETTINGS, "project_id": project, "created_by": 7101},
        expect=422,
    )


def test_update_starts_a_new_version(api: Api) -> None:
    before = api.call("get_dispatch_settings", path={"project_id": 2201}, expect=200).json()
    after = api.call(
        "update_dispatch_settings",
        path={"project_id": 2201},
        json={"buyer_id": 501, "created_by": 7002, "dispatch_runtime_minutes": 90},
        expect=200,
    ).json()
    assert after["project_dispatch_setting_id"] != before["project_dispatch_setting_id"]
    assert after["dispatch_runtime_minutes"] == 90
    assert (
        after["revert_to_draft_on_no_available"] == before["revert_to_draft_on_no_available"]
    )  # kept
    assert api.call("get_dispatch_settings", path={"project_id": 2201}, expect=200).json() == after
    api.call(
        "update_dispatch_settings",
        path={"project_id": 2201},
        json={**SETTINGS, "project_id": 2187},
        expect=422,
    )


def test_unknown_and_other_company(api: Api, other: Api) -> None:
    api.call("get_dispatch_settings", path={"project_id": 999999}, expect=404)
    api.call(
        "get_dispatch_settings", path={"project_id": new_project(api)}, expect=404
    )  # no settings yet
    api.call("update_dispatch_settings", path={"project_id": 999999}, json=SETTINGS, expect=404)
    other.call("get_dispatch_settings", path={"project_id": 2201}, expect=404)
    other.call(
        "update_dispatch_settings",
        path={"project_id": 2201},
        json={**SETTINGS, "buyer_id": 502, "created_by": 7101},
        expect=404,
    )
