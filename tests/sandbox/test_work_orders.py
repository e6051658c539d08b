"""Work-order create/update bodies as Field Nation documents them: sections (contacts, tasks,
custom fields, shipments) and pay modifiers land in the work order, the playground's update
fields are kept, and `status: work_done` moves an assigned work order (409 otherwise)."""

from __future__ import annotations

from typing import Any

from .conftest import Api
from .recipes.work_orders import CREATE, in_status, new_work_order

CONTACT = {
    "name": "John Doe",
    "role": "Location Contact",
    "phone": "+1-555-123-4567",
    "notes": "Ask for IT department",
}
TASK = {"group": {"id": "post"}, "type": {"id": 8}, "phone": "+1-612-555-0143"}
SHIPMENT = {
    "name": "Replacement terminal",
    "direction": "to site",
    "carrier": {"name": "fedex", "tracking": "123456789012"},
}
CUSTOM_FIELDS = {"results": [{"results": [{"id": 129, "value": "5521"}]}]}


def detail(api: Api, wo: int) -> dict[str, Any]:
    return dict(api.call("get_work_order", path={"work_order_id": wo}, expect=200).json())


def field_value(doc: dict[str, Any], ident: int) -> Any:
    fields = [f for c in doc["custom_fields"]["results"] for f in c["results"]]
    return next(f for f in fields if f["id"] == ident).get("value")


def test_create_lands_every_section_in_the_work_order(api: Api) -> None:
    body = {
        **CREATE,
        "contacts": {"results": [CONTACT]},
        "tasks": {"results": [TASK]},
        "custom_fields": CUSTOM_FIELDS,
        "shipments": {"results": [SHIPMENT]},
        "pay": {"type": "fixed", "base": {"amount": 100}, "bonuses": {"results": [{"id": 31}]}},
    }
    created = api.call("create_work_order", json=body, expect=201).json()
    doc = detail(api, created["id"])
    names = [c["name"] for c in doc["contacts"]["results"]]
    assert "John Doe" in names
    assert [t["type"]["id"] for t in doc["tasks"]["results"]] == [8]
    assert doc["tasks"]["results"][0]["phone"] == "+1-612-555-0143"
    assert field_value(doc, 129) == "5521"
    assert [s["name"] for s in doc["shipments"]["results"]] == ["Replacement terminal"]
    assert [b["id"] for b in doc["pay"]["bonuses"]["results"]] == [31]
    assert doc["pay"]["bonuses"]["sum"]["all"] == 25.0
    # the sections' own list calls see them too
    contacts = api.call(
        "list_work_order_contacts", path={"work_order_id": created["id"]}, expect=200
    ).json()
    assert "John Doe" in [c["name"] for c in contacts["results"]]


def test_update_adds_sections_and_keeps_the_playground_fields(api: Api) -> None:
    wo = new_work_order(api)
    body = {
        "contacts": {"results": [CONTACT]},
        "custom_fields": {"results": [{"results": [{"id": "131", "value": "Replacement"}]}]},
        "equipments": [{"serial": "SN-1"}],
        "auto_dispatch_rule": {"id": 12},
        "defaultTemplateId": 88,
        "isUniversalTemplate": False,
        "ignore_template": True,
        "qualificationsEnabled": True,
        "smart_audit_rule_id": 7,
    }
    api.call("update_work_order", path={"work_order_id": wo}, json=body, expect=200)
    doc = detail(api, wo)
    assert "John Doe" in [c["name"] for c in doc["contacts"]["results"]]
    assert field_value(doc, 131) == "Replacement"
    assert doc["equipments"] == [{"serial": "SN-1"}] and doc["auto_dispatch_rule"] == {"id": 12}
    assert doc["defaultTemplateId"] == 88 and doc["ignore_template"] is True
    assert doc["qualificationsEnabled"] is True and doc["smart_audit_rule_id"] == 7


def test_template_null_clears_the_template(api: Api) -> None:
    wo = new_work_order(api, template={"id": 88})
    assert detail(api, wo)["template"]["id"] == 88
    api.call("update_work_order", path={"work_order_id": wo}, json={"template": None}, expect=200)
    assert "template" not in detail(api, wo)


def test_bad_section_items_are_rejected_and_nothing_is_saved(api: Api) -> None:
    wo = new_work_order(api)
    before = detail(api, wo)
    r = api.call(
        "update_work_order",
        path={"work_order_id": wo},
        json={
            "title": "Changed title",
            "contacts": {"results": [CONTACT]},
            "custom_fields": {"results": [{"results": [{"id": 999999, "value": "x"}]}]},
        },
        expect=422,
    )
    assert r.json()["errors"][0]["field"] == "body.custom_fields.results.0.results.0.id"
    after = detail(api, wo)
    assert after["title"] == before["title"] and after.get("contacts") == before.get("contacts")
    # an invalid value for a predefined field names the field
    bad = api.call(
        "update_work_order",
        path={"work_order_id": wo},
        json={"custom_fields": {"results": [{"results": [{"id": 131, "value": "Maybe"}]}]}},
        expect=422,
    )
    assert "131" in bad.json()["message"]
    assert bad.json()["errors"][0]["field"] == "body.custom_fields.results.0.results.0.value"
    # a contact without its required fields does not match the document
    api.call(
        "create_work_order",
        json={**CREATE, "contacts": {"results": [{"phone": "1"}]}},
        expect=400,
    )
    # an unknown bonus in the pay
    unknown = api.call(
        "update_work_order",
        path={"work_order_id": wo},
        json={
            "pay": {"type": "fixed", "base": {"amount": 50}, "bonuses": {"results": [{"id": 999}]}}
        },
        expect=422,
    )
    assert unknown.json()["errors"][0]["field"] == "body.pay.bonuses.results.0.id"


def test_status_work_done_marks_an_assigned_work_order(api: Api) -> None:
    example = {"status": "work_done", "closing_notes": "Installation completed successfully."}
    draft = new_work_order(api)
    refused = api.call(
        "update_work_order", path={"work_order_id": draft}, json=example, expect=409
    ).json()
    assert "Draft" in refused["message"]
    assert detail(api, draft).get("closing_notes") is None  # nothing applied on a 409
    wo = in_status(api, "assign")
    done = api.call("update_work_order", path={"work_order_id": wo}, json=example, expect=200)
    doc = done.json()
    assert doc["status"]["name"] == "Work Done"
    assert doc["closing_notes"] == "Installation completed successfully."
    assert doc["site_revisit"]["job_status"] == "complete"
    # other status values are not documented, so they do not match the document
    api.call(
        "update_work_order", path={"work_order_id": wo}, json={"status": "approved"}, expect=400
    )


def test_playground_create_example_with_site_mode_and_three_letter_country(api: Api) -> None:
    body = {
        "title": "Install Digital Signage",
        "description": {"html": "Install 2 Samsung displays in the lobby"},
        "types_of_work": [{"id": 62, "is_primary": True}],
        "location": {
            "mode": "site",
            "address1": "123 Main St",
            "city": "San Francisco",
            "state": "CA",
            "zip": "94105",
            "country": "USA",
        },
        "schedule": {
            "service_window": {
                "mode": "exact",
                "start": {
                    "utc": "2026-02-01T17:00:00Z",
                    "local": {"date": "2026-02-01", "time": "09:00:00"},
                },
            },
            "require_ontime": True,
        },
        "pay": {"base": {"amount": 150, "units": 1}, "type": "fixed"},
    }
    doc = api.call("create_work_order", json=body, expect=201).json()
    assert doc["location"]["mode"] == "custom" and doc["location"]["city"] == "San Francisco"
    assert doc["require_ontime"] is True


def test_async_update_answers_a_job_and_applies(api: Api) -> None:
    wo = new_work_order(api)
    job = api.call(
        "update_work_order",
        path={"work_order_id": wo},
        query={"async": True},
        json={"title": "Renamed in the background"},
        expect=202,
    ).json()
    assert job["job_id"] >= 1
    assert detail(api, wo)["title"] == "Renamed in the background"


def test_sort_takes_any_column_id(api: Api) -> None:
    ids = [new_work_order(api, title=t) for t in ("b second", "a first")]
    listing = api.call(
        "list_work_orders",
        query={"sort": "title", "order": "asc", "f_work_order_id": ",".join(map(str, ids))},
        expect=200,
    ).json()
    assert [w["id"] for w in listing["results"]] == ids[::-1]
    other = api.call("list_work_orders", query={"sort": "type_of_work"}, expect=200).json()
    assert other["metadata"]["sort"] == "type_of_work"
    api.call("list_work_orders", query={"sort": "drop table;"}, expect=400)


def test_remote_work_filter(api: Api) -> None:
    remote = new_work_order(api, location={"mode": "remote"})
    onsite = new_work_order(
        api,
        location={
            "mode": "custom",
            "address1": "1254 Commerce Lane",
            "city": "Minneapolis",
            "state": "MN",
            "zip": "55402",
            "country": "US",
        },
    )
    ids = f"{remote},{onsite}"
    only_remote = api.call(
        "list_work_orders", query={"f_work_order_id": ids, "f_remote_work": True}, expect=200
    ).json()
    assert [w["id"] for w in only_remote["results"]] == [remote]
    on_site = api.call(
        "list_work_orders", query={"f_work_order_id": ids, "f_remote_work": False}, expect=200
    ).json()
    assert [w["id"] for w in on_site["results"]] == [onsite]


def test_section_errors_point_into_the_work_order_body(api: Api) -> None:
    body = {**CREATE, "shipments": {"results": [SHIPMENT, {**SHIPMENT, "task": {"id": 424242}}]}}
    r = api.call("create_work_order", json=body, expect=422).json()
    assert r["errors"][0]["field"] == "body.shipments.results.1.task.id"
    assert r["message"].startswith("shipments.results.1.task.id:")
    unknown_field = {"group": {"id": "prep"}, "type": {"id": 7}, "custom_field": {"id": 999999}}
    bad_task = {**CREATE, "tasks": {"results": [unknown_field]}}
    t = api.call("create_work_order", json=bad_task, expect=422).json()
    assert t["errors"][0]["field"].startswith("body.tasks.results.0.custom_field")
    no_phone = {**CREATE, "tasks": {"results": [{"group": {"id": "prep"}, "type": {"id": 8}}]}}
    p = api.call("create_work_order", json=no_phone, expect=400).json()
    assert "tasks" in p["errors"][0]["field"]


def test_guide_shorthands_for_template_and_saved_location(api: Api) -> None:
    """`template_id` (classification guide) and `location: {id}` (templates guide)."""
    wo = api.call(
        "create_work_order",
        json={"title": "Router Install - Site #44", "template_id": 88, "location": {"id": 16326}},
        expect=201,
    ).json()
    assert wo["template"]["id"] == 88
    assert wo["location"]["mode"] == "location"
    assert wo["location"]["saved_location"]["id"] == 16326
    unknown = api.call(
        "create_work_order", json={"title": "x", "location": {"id": 999999}}, expect=422
    ).json()
    assert "999999" in unknown["message"]
    api.call("create_work_order", json={"title": "x", "location": {}}, expect=400)
