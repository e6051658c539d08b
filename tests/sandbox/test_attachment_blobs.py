"""Uploaded bytes live in the store's blob table, not inside the JSON documents: upload, download,
delete, reset and documents written before blobs. Runs on both backends (the ``app`` fixture,
see tests/sandbox/test_postgres.py). The database is read with its own driver, not through the
store, so the tests see what is really stored."""

from __future__ import annotations

import base64
import random
import sqlite3
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from sandbox.jsoncodec import dumps, loads
from sandbox.resources._common import WORK_ORDER
from sandbox.resources.attachments import (
    FILE,
    SEED_JPEG,
    SEED_PDF,
    file_content,
    routes,
    store_file,
)
from sandbox.seed import reset
from sandbox.store import Store, open_store

from .conftest import Api
from .recipes.attachments import folder, upload
from .recipes.time_logs import work_order

BIG = 900_000
"""A file just under the 1 MB request limit."""


def raw(store: Store, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` (``?`` marks) run straight on the store's database (and committed)."""
    if store.path.startswith(("postgresql://", "postgres://")):
        import psycopg

        with psycopg.connect(store.path) as conn:
            cursor = conn.execute(sql.replace("?", "%s"), params)
            return [tuple(r) for r in cursor.fetchall()] if cursor.description else []
    db = sqlite3.connect(store.path)
    try:
        rows = [tuple(r) for r in db.execute(sql, params).fetchall()]
        db.commit()
        return rows
    finally:
        db.close()


def blob_rows(store: Store, file_id: int) -> list[tuple[Any, ...]]:
    return raw(
        store, "SELECT id, data FROM blobs WHERE kind = ? AND doc_id = ?", FILE, str(file_id)
    )


def blob_count(store: Store) -> int:
    return int(raw(store, "SELECT count(*) FROM blobs")[0][0])


def stored_document(store: Store, file_id: int) -> bytes:
    rows = raw(store, "SELECT body FROM docs WHERE kind = ? AND id = ?", FILE, str(file_id))
    assert len(rows) == 1
    return bytes(rows[0][0])


def binary(size: int) -> bytes:
    """Every byte value, NULs and invalid UTF-8 included, then random bytes up to ``size``."""
    return bytes(range(256)) + random.Random(size).randbytes(size - 256)


def upload_file(api: Api, content: bytes, name: str = "scan.bin") -> tuple[int, int, int, Any]:
    wo = work_order(api)
    folder_id = folder(api, wo)
    answer = upload(api, wo, folder_id, (name, content, "application/octet-stream"))
    assert answer.status_code == 201, answer.text[:500]
    item = answer.json()["attachments"]["results"][0]["results"][0]
    return wo, folder_id, int(item["id"]), item


def download(app: Any, api: Api, link: str) -> Any:
    with TestClient(Starlette(routes=routes(app.state.sandbox))) as files:
        return files.get(link.split("8000", 1)[1], params={"access_token": api.token})


@pytest.mark.parametrize("size", [1, BIG])
def test_upload_is_a_blob_and_downloads_exactly(api: Api, app: Any, size: int) -> None:
    store = app.state.sandbox.store
    content = binary(size) if size > 256 else b"\x00"
    _, _, file_id, item = upload_file(api, content)
    assert item["file"]["size"] == size and item["file"]["mime"] == "application/octet-stream"

    rows = blob_rows(store, file_id)
    assert len(rows) == 1 and bytes(rows[0][1]) == content
    body = stored_document(store, file_id)
    assert len(body) < 500, "the document holds metadata only"
    doc = loads(body)
    assert "content" not in doc
    assert doc == {
        "id": file_id,
        "work_order_id": doc["work_order_id"],
        "folder_id": doc["folder_id"],
        "name": "scan.bin",
        "mime": "application/octet-stream",
        "size": size,
        "blob": rows[0][0],
    }

    got = download(app, api, item["file"]["link"])
    assert got.status_code == 200 and got.content == content
    assert got.headers["content-type"] == "application/octet-stream"
    assert file_content(store, 501, file_id) == ("scan.bin", "application/octet-stream", content)


def test_delete_removes_the_blob(api: Api, app: Any) -> None:
    store = app.state.sandbox.store
    wo, folder_id, file_id, item = upload_file(api, binary(BIG))
    _, _, kept_id, kept = upload_file(api, b"another file")
    before = blob_count(store)
    api.call(
        "delete_work_order_attachment",
        path={"work_order_id": wo, "folder_id": folder_id, "attachment_id": file_id},
        expect=200,
    )
    assert blob_rows(store, file_id) == [] and blob_count(store) == before - 1
    assert download(app, api, item["file"]["link"]).status_code == 404
    assert download(app, api, kept["file"]["link"]).content == b"another file"
    assert len(blob_rows(store, kept_id)) == 1


def test_store_delete_takes_the_documents_blobs_only(app: Any) -> None:
    store = app.state.sandbox.store
    with store.transaction():
        store.put("thing", 1, 501, {"id": 1})
        store.put("thing", 2, 501, {"id": 2})
        first = [store.put_blob("thing", 1, b"a"), store.put_blob("thing", 1, b"b")]
        second = store.put_blob("thing", 2, b"c")
    assert [store.get_blob(k) for k in first] == [b"a", b"b"]
    store.delete("thing", 1)
    assert [store.get_blob(k) for k in first] == [None, None]
    assert store.get_blob(second) == b"c"


def test_blob_and_document_are_one_transaction(api: Api, app: Any) -> None:
    """A request that fails after storing the file leaves neither the document nor the blob."""
    store = app.state.sandbox.store
    wo = work_order(api)
    folder_id = folder(api, wo)
    doc = store.get(WORK_ORDER, wo)
    target = next(f for f in doc["attachments"]["results"] if f["id"] == folder_id)
    upload_ = {"filename": "a.txt", "content": b"bytes", "content_type": "text/plain"}
    blobs, files = blob_count(store), store.count(FILE)
    with pytest.raises(RuntimeError), store.transaction():
        store_file(store, 501, doc, target, upload_, {}, {"id": 7001}, 0.0, "")
        assert blob_count(store) == blobs, "nothing is committed before the transaction ends"
        raise RuntimeError("the handler failed after the upload")
    assert blob_count(store) == blobs and store.count(FILE) == files


def test_reset_clears_blobs(api: Api, app: Any) -> None:
    store = app.state.sandbox.store
    seeded = blob_count(store)
    assert seeded == store.count(FILE) > 0, "every seeded file is a blob"
    upload_file(api, binary(BIG))
    assert blob_count(store) == seeded + 1
    store.wipe()
    assert blob_count(store) == 0
    reset(store)
    assert blob_count(store) == seeded


def test_documents_from_before_blobs_still_download(api: Api, app: Any) -> None:
    """A sandbox file written before blobs kept the bytes base64-encoded in the document."""
    store = app.state.sandbox.store
    content = binary(4096)
    _, _, file_id, item = upload_file(api, b"placeholder", name="old.bin")
    old = store.get(FILE, file_id)
    del old["blob"]
    old["content"] = base64.b64encode(content).decode()
    old["size"] = len(content)
    with store.transaction():
        store.put(FILE, file_id, 501, old, parent=old["work_order_id"])
    assert file_content(store, 501, file_id) == ("old.bin", "application/octet-stream", content)
    assert file_content(store, 502, file_id) is None
    got = download(app, api, item["file"]["link"])
    assert got.status_code == 200 and got.content == content


def test_an_older_sandbox_file_opens_and_its_files_download(app: Any) -> None:
    """A database as a sandbox from before blobs left it: no blob table, every file's bytes
    base64-encoded in its document. Opening it adds the table; every file still downloads."""
    store = app.state.sandbox.store
    seeded = {SEED_PDF: "scope_of_work.pdf", SEED_JPEG: "site_photo.jpg"}
    expected = {}
    for doc in store.list(FILE):
        content = next(c for c, name in seeded.items() if name == doc["name"])
        del doc["blob"]
        doc["content"] = base64.b64encode(content).decode()
        raw(
            store,
            "UPDATE docs SET body = ? WHERE kind = ? AND id = ?",
            dumps(doc),
            FILE,
            str(doc["id"]),
        )
        expected[doc["id"]] = (doc["name"], doc["mime"], content)
    raw(store, "DROP TABLE blobs")
    assert len(expected) > 2

    older = open_store(store.path)
    try:
        assert blob_count(older) == 0
        for file_id, (name, mime, content) in expected.items():
            owner = older.owner(FILE, file_id)
            assert owner is not None
            assert file_content(older, owner[0], file_id) == (name, mime, content)
    finally:
        older.close()


def test_suite_backend_is_the_one_asked_for(backend: str, app: Any) -> None:
    """Guards the PostgreSQL run: the [postgresql] tests must not run on SQLite."""
    on_pg = app.state.sandbox.store.path.startswith("postgresql://")
    assert on_pg == (backend == "postgresql")
