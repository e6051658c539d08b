"""Attachments: default folders, real file bytes, folder limits, review decisions, deletes."""

from __future__ import annotations

from typing import Any

from starlette.applications import Starlette
from starlette.testclient import TestClient

from sandbox.resources.attachments import file_content, routes

from .conftest import Api
from .recipes.attachments import PHOTO, folder, upload, with_file
from .recipes.time_logs import work_order


def folders(api: Api, wo: int) -> dict[str, Any]:
    return dict(
        api.call("list_work_order_attachments", path={"work_order_id": wo}, expect=200).json()
    )


def by_name(body: dict[str, Any], name: str) -> dict[str, Any]:
    return next(f for f in body["results"] if f["name"] == name)


def change(api: Api, wo: int, folder_id: int, file_id: int, expect: int = 200, **body: Any) -> Any:
    return api.call(
        "update_work_order_attachment",
        path={"work_order_id": wo, "folder_id": folder_id, "attachment_id": file_id},
        json=body,
        expect=expect,
    )


def test_every_work_order_has_documents_and_misc(api: Api) -> None:
    wo = work_order(api)
    first = folders(api, wo)
    assert [(f["name"], f["type"]) for f in first["results"]] == [
        ("Misc", "slot"),
        ("Documents", "document"),
    ]
    assert first["sum"] == {"unreviewed": 0} and first["metadata"]["total"] == 2
    assert folders(api, wo) == first, "folder ids are stable"
    assert by_name(first, "Misc")["max_files"] == 999


def test_upload_stores_the_bytes(api: Api, app: Any) -> None:
    wo, folder_id, file_id = with_file(api)
    body = folders(api, wo)
    assert body["results"][0]["id"] == folder_id, "the folder that changed is listed first"
    item = body["results"][0]["results"][0]
    name, content, mime = PHOTO
    assert item["id"] == file_id and item["folder_id"] == folder_id
    assert (
        item["file"]["name"] == name
        and item["file"]["size"] == len(content)
        and item["file"]["mime"] == mime
    )
    assert item["file"]["type"] == "image" and item["file"]["link"].endswith(f"/{file_id}/{name}")
    assert (
        item["status"] == "pending"
        and item["notes"] == "Site photo"
        and item["author"]["id"] == 7001
    )
    assert "approve" in item["actions"] and body["sum"] == {"unreviewed": 1}
    assert file_content(app.state.sandbox.store, 501, file_id) == (name, mime, content)
    assert file_content(app.state.sandbox.store, 502, file_id) is None
    got = api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()
    assert got["attachments"] == body


def test_download_route_serves_the_file(api: Api, other: Api, app: Any) -> None:
    wo, _, file_id = with_file(api)
    link = folders(api, wo)["results"][0]["results"][0]["file"]["link"]
    assert f"/_sandbox/files/{file_id}/" in link
    with TestClient(Starlette(routes=routes(app.state.sandbox))) as files:
        path = link.split("8000", 1)[1]
        r = files.get(path, params={"access_token": api.token})
        assert (
            r.status_code == 200 and r.content == PHOTO[1] and r.headers["content-type"] == PHOTO[2]
        )
        assert files.get(path, params={"access_token": other.token}).status_code == 404
        assert files.get(path).status_code == 401


def test_document_upload_with_json_metadata_part(api: Api) -> None:
    wo = work_order(api)
    docs = by_name(folders(api, wo), "Documents")["id"]
    meta = '{"notes": "Signed completion form", "show_before_assignment": false, "file": {"name": "completion.pdf"}}'
    answer = upload(
        api, wo, docs, ("scan.bin", b"%PDF-1.4 test", "application/octet-stream"), attachment=meta
    )
    assert answer.status_code == 201, answer.text
    item = answer.json()["attachments"]["results"][0]["results"][0]
    assert item["file"]["name"] == "completion.pdf" and item["file"]["mime"] == "application/pdf"
    assert item["notes"] == "Signed completion form" and item["show_before_assignment"] is False
    assert "status" not in item and answer.json()["attachments"]["sum"] == {"unreviewed": 0}


def test_folder_limits_are_422(api: Api) -> None:
    wo = work_order(api)
    one = api.call(
        "create_attachment_folder",
        path={"work_order_id": wo},
        json={"name": "Single", "max_files": 1},
        expect=201,
    ).json()["attachments"]["results"][0]["id"]
    assert upload(api, wo, one).status_code == 201
    full = upload(api, wo, one)
    assert full.status_code == 422 and "maximum of 1" in full.json()["message"]
    empty = upload(api, wo, folder(api, wo, "Photos"), ("empty.jpg", b"", "image/jpeg"))
    assert empty.status_code == 422 and "at least 1" in empty.json()["message"]
    assert len(by_name(folders(api, wo), "Single")["results"]) == 1


def test_upload_errors(api: Api) -> None:
    wo = work_order(api)
    assert upload(api, wo, 999999).status_code == 404
    text = api.call(
        "create_work_order_attachment",
        path={"work_order_id": wo, "folder_id": folder(api, wo)},
        data={"file": "not a file"},
        files={"other": ("x.txt", b"x", "text/plain")},
        expect=422,
    )
    assert text.json()["errors"][0]["field"] == "body.file"
    bad_task = upload(api, wo, folder(api, wo, "Task files"), attachment='{"task": {"id": 424242}}')
    assert bad_task.status_code == 422


def test_async_upload_is_applied(api: Api) -> None:
    wo = work_order(api)
    folder_id = folder(api, wo)
    r = api.call(
        "create_work_order_attachment",
        path={"work_order_id": wo, "folder_id": folder_id},
        query={"async": True},
        files={"file": PHOTO},
        expect=202,
    )
    assert r.json()["job_id"] >= 1
    assert folders(api, wo)["results"][0]["results"][0]["file"]["name"] == PHOTO[0]


def test_create_folder_rules(api: Api) -> None:
    wo = work_order(api)
    body = api.call(
        "create_attachment_folder",
        path={"work_order_id": wo},
        json={"name": "Completion Photos", "min_files": 2, "max_files": 10},
        expect=201,
    ).json()["attachments"]
    new = body["results"][0]
    assert (
        new["name"] == "Completion Photos"
        and new["type"] == "slot"
        and (new["min_files"], new["max_files"]) == (2, 10)
    )
    assert folders(api, wo) == body
    r = api.call(
        "create_attachment_folder",
        path={"work_order_id": wo},
        json={"name": "completion photos"},
        expect=422,
    )
    assert r.json()["errors"][0]["field"] == "body.name"
    api.call(
        "create_attachment_folder",
        path={"work_order_id": wo},
        json={"name": "Odd", "min_files": 5, "max_files": 2},
        expect=422,
    )
    api.call(
        "create_attachment_folder",
        path={"work_order_id": wo},
        json={"name": "Task", "task": {"id": 424242}},
        expect=422,
    )
    api.call(
        "create_attachment_folder", path={"work_order_id": wo}, json={"name": "   "}, expect=400
    )


def test_review_decisions(api: Api) -> None:
    wo, folder_id, file_id = with_file(api)
    item = change(api, wo, folder_id, file_id, status="APPROVED", notes="Clear image").json()[
        "attachments"
    ]["results"][0]["results"][0]
    assert item["status"] == "approved" and item["reviewer"]["id"] == 7001 and "reviewed" in item
    assert item["notes"] == "Clear image" and "reopen" in item["actions"]
    assert folders(api, wo)["sum"] == {"unreviewed": 0}
    denied = change(
        api, wo, folder_id, file_id, status="denied", status_description="Blurry"
    ).json()["attachments"]["results"][0]["results"][0]
    assert denied["status"] == "denied" and denied["status_description"] == "Blurry"
    reopened = change(api, wo, folder_id, file_id, status="pending").json()["attachments"][
        "results"
    ][0]["results"][0]
    assert (
        reopened["status"] == "pending"
        and "reviewer" not in reopened
        and "status_description" not in reopened
    )
    change(api, wo, folder_id, file_id, 409, status_description="Not denied")
    renamed = change(
        api, wo, folder_id, file_id, filename="front.jpg", visible_to_provider=True
    ).json()["attachments"]["results"][0]["results"][0]
    assert renamed["file"]["name"] == "front.jpg" and renamed["show_before_assignment"] is True
    assert "make_private" in renamed["actions"]


def test_documents_are_not_reviewed(api: Api) -> None:
    wo = work_order(api)
    docs = by_name(folders(api, wo), "Documents")["id"]
    file_id = upload(api, wo, docs).json()["attachments"]["results"][0]["results"][0]["id"]
    change(api, wo, docs, file_id, 409, status="approved")
    assert (
        change(api, wo, docs, file_id, notes="ok").json()["attachments"]["results"][0]["results"][
            0
        ]["notes"]
        == "ok"
    )


def test_delete_removes_file_and_bytes(api: Api, app: Any) -> None:
    wo, folder_id, file_id = with_file(api)
    misc = by_name(folders(api, wo), "Misc")["id"]
    api.call(
        "delete_work_order_attachment",
        path={"work_order_id": wo, "folder_id": misc, "attachment_id": file_id},
        expect=404,
    )
    body = api.call(
        "delete_work_order_attachment",
        path={"work_order_id": wo, "folder_id": folder_id, "attachment_id": file_id},
        expect=200,
    ).json()
    assert by_name(body["attachments"], "Site Photos")["results"] == [] and body["attachments"][
        "sum"
    ] == {"unreviewed": 0}
    assert file_content(app.state.sandbox.store, 501, file_id) is None
    api.call(
        "delete_work_order_attachment",
        path={"work_order_id": wo, "folder_id": folder_id, "attachment_id": file_id},
        expect=404,
    )
    change(api, wo, folder_id, file_id, 404, notes="gone")


def test_other_company_and_unknown_work_order(api: Api, other: Api) -> None:
    wo, folder_id, file_id = with_file(api)
    other.call("list_work_order_attachments", path={"work_order_id": wo}, expect=404)
    assert upload(other, wo, folder_id).status_code == 404
    change(other, wo, folder_id, file_id, 404, notes="x")
    other.call(
        "delete_work_order_attachment",
        path={"work_order_id": wo, "folder_id": folder_id, "attachment_id": file_id},
        expect=404,
    )
    api.call("list_work_order_attachments", path={"work_order_id": 999999}, expect=404)
    assert len(folders(api, wo)["results"][0]["results"]) == 1


def test_seeded_work_orders_have_files(api: Api) -> None:
    done = api.call("list_work_orders", query={"list": "workorders_work_done"}, expect=200).json()[
        "results"
    ][0]["id"]
    body = folders(api, done)
    assert by_name(body, "Documents")["results"][0]["file"]["name"] == "scope_of_work.pdf"
    assert by_name(body, "Misc")["results"][0]["status"] == "pending" and body["sum"] == {
        "unreviewed": 1
    }


def test_force_upload_stores_past_max_files(api: Api) -> None:
    """The Android client's ``force_upload=1`` (our reading: store even when the folder is
    full); without it a full folder still refuses the file."""
    wo = work_order(api)
    one = api.call(
        "create_attachment_folder",
        path={"work_order_id": wo},
        json={"name": "Single", "max_files": 1},
        expect=201,
    ).json()["attachments"]["results"][0]["id"]
    assert upload(api, wo, one, force_upload="1").status_code == 201
    assert upload(api, wo, one, force_upload="0").status_code == 422
    forced = upload(api, wo, one, force_upload="1", attachment='{"notes": "Second photo"}')
    assert forced.status_code == 201, forced.text
    stored = by_name(folders(api, wo), "Single")["results"]
    assert len(stored) == 2 and stored[0]["notes"] == "Second photo"
    assert upload(api, wo, one, force_upload="maybe").status_code == 400


def test_async_folder_create_and_file_update(api: Api) -> None:
    wo, folder_id, file_id = with_file(api)
    api.call(
        "create_attachment_folder",
        path={"work_order_id": wo},
        query={"async": True},
        json={"name": "Completion Photos"},
        expect=202,
    )
    assert by_name(folders(api, wo), "Completion Photos")["type"] == "slot"
    api.call(
        "update_work_order_attachment",
        path={"work_order_id": wo, "folder_id": folder_id, "attachment_id": file_id},
        query={"async": True},
        json={"notes": "Front of store"},
        expect=202,
    )
    assert by_name(folders(api, wo), "Site Photos")["results"][0]["notes"] == "Front of store"
