"""Work-order tasks and alerts: created first, listed by phase, type-specific details,
completion (who, when, alerts sent), bulk updates, alerts removed, 400/404/409/422."""

from __future__ import annotations

from typing import Any

from .conftest import Api
from .recipes.contacts import work_order
from .recipes.custom_fields import custom_field_definitions
from .recipes.tasks import PHONE_TASK, with_task


def tasks(api: Api, wo: int) -> Any:
    return api.call("list_work_order_tasks", path={"work_order_id": wo}, expect=200).json()


def task(api: Api, wo: int, ident: int) -> Any:
    return api.call(
        "get_work_order_task", path={"work_order_id": wo, "task_id": ident}, expect=200
    ).json()


def create(api: Api, wo: int, body: dict[str, Any], expect: int = 201) -> Any:
    return api.call(
        "create_work_order_task", path={"work_order_id": wo}, json=body, expect=expect
    ).json()


def change(api: Api, wo: int, ident: int, body: dict[str, Any], expect: int = 200) -> Any:
    return api.call(
        "update_work_order_task",
        path={"work_order_id": wo, "task_id": ident},
        json=body,
        expect=expect,
    ).json()


def test_create_puts_the_task_first_and_it_reads_back(api: Api) -> None:
    wo, created = with_task(api)
    assert created["label"] == PHONE_TASK["label"] and created["phone"] == PHONE_TASK["phone"]
    assert created["type"] == {"id": 8, "key": "phone", "name": "Call phone number"}
    assert (
        created["group"] == {"id": "onsite", "label": "Work"} and created["status"] == "incomplete"
    )
    assert (
        created["alerts"][0]["email"] == "alerts@northstar-retail.example"
        and created["alerts"][0]["sent"] is None
    )
    assert created["author"]["id"] == 7001 and created["completed"] is None
    got = task(api, wo, created["id"])
    assert (
        got["work_order_id"] == wo
        and got["alerts"] == created["alerts"]
        and got["descriptions"]["second"] == PHONE_TASK["phone"]
    )
    eta = create(api, wo, {"group": {"id": "prep"}, "type": {"id": 1}})["tasks"]["results"][0]
    assert eta["label"] == "Set ETA"  # the type's name when no label is given
    listed = tasks(api, wo)
    assert [t["id"] for t in listed["results"]] == [eta["id"], created["id"]]  # by phase
    stored = api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()["tasks"]
    assert [t["id"] for t in stored["results"]] == [eta["id"], created["id"]]  # newest first


def test_type_details_are_required_and_checked(api: Api) -> None:
    wo = work_order(api)
    # the spec states which detail each type needs, so a missing one is a 400
    err = create(api, wo, {"group": {"id": "onsite"}, "type": {"id": 8}}, expect=400)
    assert "'phone' is a required property" in err["message"]
    err = create(api, wo, {"group": {"id": "post"}, "type": {"id": 9}}, expect=400)
    assert "'email' is a required property" in err["message"]
    create(
        api,
        wo,
        {"group": {"id": "post"}, "type": {"id": 7}, "custom_field": {"id": 999999}},
        expect=422,
    )
    create(
        api,
        wo,
        {"group": {"id": "post"}, "type": {"id": 13}, "attachment": {"id": 999999}},
        expect=422,
    )
    create(
        api,
        wo,
        {"group": {"id": "post"}, "type": {"id": 5}, "attachments": {"id": 999999}},
        expect=422,
    )
    create(api, wo, {"group": {"id": "lunch"}, "type": {"id": 10}}, expect=400)
    assert tasks(api, wo)["metadata"]["total"] == 0


def test_custom_field_task_shows_the_current_value(api: Api) -> None:
    ids = custom_field_definitions(api)
    wo = work_order(api)
    body = create(
        api,
        wo,
        {"group": {"id": "post"}, "type": {"id": 7}, "custom_field": {"id": ids["provider"]}},
    )
    made = body["tasks"]["results"][0]
    assert made["custom_field"]["id"] == ids["provider"] and made["custom_field"]["value"] is None
    path = {"work_order_id": wo, "custom_field_id": ids["provider"]}
    updated = api.call(
        "update_work_order_custom_field", path=path, json={"value": "SN-4471"}, expect=200
    ).json()
    assert updated["tasks"]["results"][0]["custom_field"]["value"] == "SN-4471"
    assert task(api, wo, made["id"])["custom_field"]["value"] == "SN-4471"


def test_update_changes_fields_and_alerts(api: Api) -> None:
    wo, made = with_task(api)
    old_alert = made["alerts"][0]
    alerts = [{"email": old_alert["email"]}, {"email": "dispatch@northstar-retail.example"}]
    body = change(api, wo, made["id"], {"label": "Call Nancy for access", "alerts": alerts})
    got = body["tasks"]["results"][0]
    assert got["label"] == "Call Nancy for access" and got["phone"] == PHONE_TASK["phone"]
    assert got["alerts"][0] == old_alert and got["alerts"][1]["id"] != old_alert["id"]
    change(api, wo, made["id"], {"type": {"id": 9}}, expect=422)  # an email task needs an address
    switched = change(
        api, wo, made["id"], {"type": {"id": 9}, "email": "store42@northstar-retail.example"}
    )["tasks"]["results"][0]
    assert switched["type"]["key"] == "email" and "phone" not in switched
    change(api, wo, made["id"], {}, expect=400)


def test_complete_and_incomplete(api: Api) -> None:
    wo, made = with_task(api, "assign")
    done = change(api, wo, made["id"], {"status": "complete"})["tasks"]["results"][0]
    assert (
        done["status"] == "complete"
        and done["completed"]["by"]["id"] == 7001
        and done["completed"]["by"]["assigned"] is False
    )
    assert done["alerts"][0]["sent"] == done["completed"]["utc"] and "incomplete" in done["actions"]
    again = task(api, wo, made["id"])
    assert again["status"] == "complete" and again["completed"] == done["completed"]
    reopened = change(api, wo, made["id"], {"status": "incomplete"})["tasks"]["results"][0]
    assert reopened["status"] == "incomplete" and reopened["completed"] is None


def test_bulk_update(api: Api) -> None:
    wo, first = with_task(api, "assign")
    second = create(api, wo, {"group": {"id": "onsite"}, "type": {"id": 3}})["tasks"]["results"][0]
    body = {
        "tasks": [
            {"id": first["id"], "status": "complete", "description": "Called."},
            {"id": second["id"], "label": "Check in at the rear door"},
        ]
    }
    result = api.call(
        "update_work_order_tasks", path={"work_order_id": wo}, json=body, expect=200
    ).json()
    by_id = {t["id"]: t for t in result["tasks"]["results"]}
    assert (
        by_id[first["id"]]["status"] == "complete"
        and by_id[first["id"]]["description"] == "Called."
    )
    assert (
        by_id[second["id"]]["label"] == "Check in at the rear door"
        and by_id[second["id"]]["status"] == "incomplete"
    )
    bad = {
        "tasks": [
            {"id": second["id"], "label": "Never saved"},
            {"id": 999999, "status": "complete"},
        ]
    }
    err = api.call(
        "update_work_order_tasks", path={"work_order_id": wo}, json=bad, expect=422
    ).json()
    assert err["errors"][0]["field"] == "body.tasks.1.id"
    assert task(api, wo, second["id"])["label"] == "Check in at the rear door"  # all or nothing
    api.call("update_work_order_tasks", path={"work_order_id": wo}, json={"tasks": []}, expect=400)


def test_delete_task_and_alerts(api: Api) -> None:
    wo, made = with_task(api)
    change(
        api, wo, made["id"], {"alerts": [{"email": "a@example.com"}, {"email": "b@example.com"}]}
    )
    alerts = task(api, wo, made["id"])["alerts"]
    path = {"work_order_id": wo, "task_id": made["id"], "alert_id": alerts[0]["id"]}
    body = api.call("delete_work_order_task_alert", path=path, expect=200).json()
    assert body["tasks"]["results"][0]["alerts"] == [alerts[1]]
    api.call("delete_work_order_task_alert", path=path, expect=404)
    cleared = api.call(
        "delete_work_order_task_alerts",
        path={"work_order_id": wo, "task_id": made["id"]},
        expect=200,
    ).json()
    assert (
        cleared["tasks"]["results"][0]["alerts"] == [] and task(api, wo, made["id"])["alerts"] == []
    )
    gone = api.call(
        "delete_work_order_task", path={"work_order_id": wo, "task_id": made["id"]}, expect=200
    ).json()
    assert gone["tasks"]["metadata"]["total"] == 0
    api.call("get_work_order_task", path={"work_order_id": wo, "task_id": made["id"]}, expect=404)
    api.call(
        "delete_work_order_task", path={"work_order_id": wo, "task_id": made["id"]}, expect=404
    )
    api.call(
        "delete_work_order_task_alerts",
        path={"work_order_id": wo, "task_id": made["id"]},
        expect=404,
    )


def test_unknown_and_foreign_ids_are_404(api: Api, other: Api) -> None:
    wo, made = with_task(api)
    path = {"work_order_id": wo, "task_id": made["id"]}
    api.call("list_work_order_tasks", path={"work_order_id": 999999}, expect=404)
    change(api, wo, 999999, {"label": "x"}, expect=404)
    other.call("list_work_order_tasks", path={"work_order_id": wo}, expect=404)
    other.call("create_work_order_task", path={"work_order_id": wo}, json=PHONE_TASK, expect=404)
    other.call("get_work_order_task", path=path, expect=404)
    other.call("update_work_order_task", path=path, json={"label": "x"}, expect=404)
    other.call(
        "update_work_order_tasks",
        path={"work_order_id": wo},
        json={"tasks": [{"id": made["id"], "label": "x"}]},
        expect=404,
    )
    other.call("delete_work_order_task", path=path, expect=404)
    other.call("delete_work_order_task_alerts", path=path, expect=404)
    other.call(
        "delete_work_order_task_alert",
        path={**path, "alert_id": made["alerts"][0]["id"]},
        expect=404,
    )
    assert task(api, wo, made["id"])["label"] == PHONE_TASK["label"]


def test_closed_work_orders_refuse_changes(api: Api) -> None:
    wo, made = with_task(api, "assign")
    assert (
        api.client.post(
            f"/_sandbox/workorders/{wo}/work-done", params={"access_token": api.token}
        ).status_code
        == 200
    )
    api.call("approve_work_order", path={"work_order_id": wo}, expect=200)
    path = {"work_order_id": wo, "task_id": made["id"]}
    create(api, wo, PHONE_TASK, expect=409)
    change(api, wo, made["id"], {"status": "complete"}, expect=409)
    api.call(
        "update_work_order_tasks",
        path={"work_order_id": wo},
        json={"tasks": [{"id": made["id"], "label": "x"}]},
        expect=409,
    )
    api.call("delete_work_order_task", path=path, expect=409)
    assert tasks(api, wo)["actions"] == [] and task(api, wo, made["id"])["actions"] == []


def test_seeded_work_orders_have_tasks(api: Api) -> None:
    listed = api.call("list_work_orders", query={"sort": "id", "order": "asc"}, expect=200).json()[
        "results"
    ]
    done = next(w for w in listed if w["status"]["name"] == "Work Done")
    seeded = tasks(api, done["id"])["results"]
    assert [t["type"]["key"] for t in seeded] == ["eta", "checkin", "checkout", "closing_notes"]
    assert all(t["status"] == "complete" and t["completed"]["by"]["id"] == 9001 for t in seeded)


def test_guide_forms_group_name_no_type_required_and_completed(api: Api) -> None:
    """The tasks guide creates with a plain-string group and no type, and completes with
    ``completed: true``."""
    wo = work_order(api)
    body = create(api, wo, {"group": "Work", "label": "Serial number", "required": True})
    made = body["tasks"]["results"][0]
    assert made["group"]["id"] == "onsite" and made["type"]["id"] == 10
    assert made["required"] is True and made["status"] == "incomplete"
    assert create(api, wo, {"group": "post"})["tasks"]["results"][0]["group"]["id"] == "post"
    refused = create(api, wo, {"group": "Completion Requirements"}, expect=422)
    assert refused["errors"][0]["field"] == "body.group"
    done = change(api, wo, made["id"], {"completed": True})
    item = next(t for t in done["tasks"]["results"] if t["id"] == made["id"])
    assert item["status"] == "complete" and item["completed"]["by"]["id"] == 7001
    assert task(api, wo, made["id"])["status"] == "complete"
    reopened = change(api, wo, made["id"], {"completed": False, "required": False})
    item = next(t for t in reopened["tasks"]["results"] if t["id"] == made["id"])
    assert item["status"] == "incomplete" and item["required"] is False
    change(api, wo, made["id"], {"completed": True, "status": "incomplete"}, expect=422)
