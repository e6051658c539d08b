"""Deferred commits (``serve --commit-delay``, SQLite, one serving process): a write is answered
once it is in the redo log, before its COMMIT; a killed server's answered writes are replayed
by the next process that opens the database, exactly once; nothing else is ever applied."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from sandbox import redo
from sandbox.app import app_from_env, create_app
from sandbox.group_commit import GroupCommit
from sandbox.store import Store

from .test_group_commit import _count
from .test_workers import LOGIN, TOKEN, _contacts, _serve, _stop, _token, _writers

API = "/api/rest/v2"


@pytest.fixture
def backend() -> str:
    """Deferred commits are SQLite's (one process serving its file)."""
    return "sqlite"


# -- the redo log ---------------------------------------------------------------------------
def test_records_are_read_back_in_order_up_to_a_torn_one(tmp_path: Path) -> None:
    path = str(tmp_path / "x.db-redo")
    log = redo.RedoLog(path)
    log.start()
    first = [("INSERT INTO t VALUES (?, ?)", (1, b"\x00bytes"))]
    second = [("UPDATE t SET v = ? WHERE k = ?", (None, 2)), ("DELETE FROM t", ())]
    log.append("db1", 7, first)
    log.append("db1", 7, second)
    log.close()
    assert list(redo.pending(path, "db1", 6)) == [(7, first), (7, second)]
    assert list(redo.pending(path, "db1", 7)) == []  # committed: nothing to replay
    assert list(redo.pending(path, "other", 6)) == []  # another database's file
    assert list(redo.pending(path, None, 0)) == []
    size = os.path.getsize(path)
    with open(path, "r+b") as file:  # the second record torn by a crash mid-write
        file.truncate(size - 3)
    assert list(redo.pending(path, "db1", 6)) == [(7, first)]
    with open(path, "r+b") as file:  # a flipped byte in the first: nothing is trusted
        file.seek(12)
        byte = file.read(1)
        file.seek(12)
        file.write(bytes([byte[0] ^ 0xFF]))
    assert list(redo.pending(path, "db1", 6)) == []
    assert list(redo.pending(str(tmp_path / "missing"), "db1", 0)) == []


def test_a_new_batch_overwrites_the_committed_one(tmp_path: Path) -> None:
    path = str(tmp_path / "x.db-redo")
    log = redo.RedoLog(path)
    log.start()
    for n in range(3):
        log.append("db1", 1, [("DELETE FROM t WHERE k = ?", (n,))])
    log.start()  # batch 1 committed; batch 2 starts at the beginning of the file
    log.append("db1", 2, [("DELETE FROM t WHERE k = ?", (9,))])
    log.close()
    # batch 2's record, then the stale ones of batch 1, which are not replayed
    assert list(redo.pending(path, "db1", 1)) == [(2, [("DELETE FROM t WHERE k = ?", (9,))])]


# -- the store ------------------------------------------------------------------------------
def _deferred(db: Path) -> Store:
    """A store on ``db`` with a deferred group open on this thread."""
    store = Store(db)
    store.defer_commits()
    store.begin_group(lambda: None, deferred=True)
    return store


@contextmanager
def _reopened(db: Path) -> Iterator[Store]:
    """The next process's store on ``db`` (it replays what did not commit)."""
    store = Store(db)
    try:
        yield store
    finally:
        store.close()


def _crash(store: Store) -> None:
    """What kill -9 leaves: the connections gone with their transaction uncommitted (then
    the store's thread and files are let go)."""
    for conn in store._connections:
        conn.close()
    store._connections.clear()
    store._open_group = None
    store.close()


def test_a_killed_batch_is_replayed_once_without_its_undone_members(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    store = _deferred(db)
    with store.member():
        store.put("note", 1, 501, {"id": 1})
        store.reserve("note", 1)
    with pytest.raises(ValueError), store.member():  # undone: never replayed
        store.put("note", 2, 501, {"id": 2})
        raise ValueError("refused")
    with pytest.raises(KeyError), store.member(keep=lambda exc: True):  # kept: replayed
        store.put("note", 3, 501, {"id": 3})
        raise KeyError("kept")
    with store.member():
        store.put("note", 1, 501, {"id": 1, "v": 2})
        store.delete("note", 3)
    # this process reads the batch as answered: the undone member's write is gone
    assert store.get("note", 2) is None and store.get("note", 1) == {"id": 1, "v": 2}
    assert _count(db, "note") == 0  # answered, not committed
    _crash(store)

    with _reopened(db) as again:  # replays the batch, in order
        assert again.get("note", 1) == {"id": 1, "v": 2}
        assert again.get("note", 2) is None and again.get("note", 3) is None
        assert again.next_id("note") == 2  # the counter moved once
        assert again.replay() == 0  # its batch number committed with it
    with _reopened(db) as third:
        assert third.next_id("note") == 3


def test_a_failed_member_is_undone_and_the_batch_goes_on(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    store = _deferred(db)
    with store.member():
        store.put("note", 1, 501, {"id": 1})
        first = store.next_id("note")
    with pytest.raises(ValueError), store.member():
        store.put("note", 1, 501, {"id": 1, "changed": True})
        store.put("note", 2, 501, {"id": 2})
        store.next_id("note")
        raise ValueError("refused")
    with store.member():  # the failed member's id is free again
        assert store.next_id("note") == first + 1
        store.put("note", 3, 501, {"id": 3})
    store.close()
    with _reopened(db) as again:
        assert again.get("note", 1) == {"id": 1}
        assert again.get("note", 2) is None and again.get("note", 3) == {"id": 3}
        assert again.next_id("note") == first + 2


def test_a_batch_that_cannot_be_undone_is_rebuilt_from_the_redo_log(tmp_path: Path) -> None:
    """Undoing a failed member runs the batch's other writes again; should that fail, no more
    requests are served until the batch is rebuilt from the redo log, which has exactly the
    answered writes."""
    db = tmp_path / "s.db"
    store = Store(db)
    group = GroupCommit(store, delay=60)

    async def main() -> None:
        group.open()
        with store.member():
            store.put("note", 1, 501, {"id": 1})
        store._local.written.append(("INSERT INTO missing_table VALUES (?)", (1,)))
        with pytest.raises(sqlite3.OperationalError), store.member():
            store.put("note", 2, 501, {"id": 2})
            raise ValueError("refused")
        assert group.broken
        group.flush()  # not committed as it is: rolled back, then replayed
        assert not group.broken

    try:
        asyncio.run(main())
        assert _count(db, "note") == 1
        assert store.get("note", 1) == {"id": 1} and store.get("note", 2) is None
    finally:
        store.close()


def test_close_commits_an_open_deferred_group(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    store = _deferred(db)
    with store.member():
        store.put("note", 1, 501, {"id": 1})
    store.close()
    assert _count(db, "note") == 1
    with _reopened(db) as again:
        assert again.replay() == 0 and again.count("note") == 1


def test_a_redo_file_never_applies_to_another_or_wiped_database(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    store = _deferred(db)
    with store.member():
        store.put("note", 1, 501, {"id": 1})
    _crash(store)
    redo_file = Path(f"{db}-redo").read_bytes()

    other = tmp_path / "other.db"  # a new database beside an old redo file
    Path(f"{other}-redo").write_bytes(redo_file)
    with _reopened(other) as fresh:
        assert fresh.replay() == 0 and fresh.count("note") == 0

    with _reopened(db) as replayed:  # the batch is replayed once; a wipe then keeps the redo keys
        assert replayed.count("note") == 1
        replayed.wipe()
    Path(f"{db}-redo").write_bytes(redo_file)
    with _reopened(db) as wiped:
        assert wiped.count("note") == 0


def test_a_failed_commit_is_applied_again_from_the_redo_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(tmp_path / "s.db")
    group = GroupCommit(store, delay=60)
    real = store._finish_group
    calls = []

    def failing(db: Any, local: Any) -> None:
        calls.append(1)
        if len(calls) == 1:
            db.execute("ROLLBACK")  # what a failed COMMIT leaves
            local.group = None
            store._open_group = None
            raise OSError("disk full")
        real(db, local)

    monkeypatch.setattr(store, "_finish_group", failing)

    async def main() -> None:
        group.open()
        with store.member():
            store.put("note", 1, 501, {"id": 1})
        group.flush()

    asyncio.run(main())
    try:
        assert not group.broken
        assert _count(tmp_path / "s.db", "note") == 1
    finally:
        store.close()


def test_writes_are_refused_when_nothing_can_be_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = create_app(tmp_path / "s.db", commit_delay=60)
    sandbox = app.state.sandbox

    def broken() -> int:
        raise OSError("disk gone")

    async def main() -> tuple[httpx.Response, httpx.Response]:
        transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 5555))
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            token = (await c.post(TOKEN, json=LOGIN)).json()["access_token"]
            made = await c.post(
                f"{API}/workorders", params={"access_token": token}, json={"title": "t"}
            )
            assert made.status_code == 201
            monkeypatch.setattr(sandbox.store, "_finish_group", lambda db, local: broken())
            monkeypatch.setattr(sandbox.store, "replay", broken)
            sandbox.group.flush()
            return made, await c.get(f"{API}/workorders", params={"access_token": token})

    try:
        _, after = asyncio.run(main())
        assert sandbox.group.broken
        assert after.status_code == 503 and "restart" in after.json()["message"]
    finally:
        monkeypatch.undo()
        _crash(sandbox.store)
    # a restart replays the answered create
    with _reopened(tmp_path / "s.db") as again:
        assert any(d["title"] == "t" for d in again.list("work_order"))


# -- the server -----------------------------------------------------------------------------
def _run(app: Starlette, calls: list[tuple[str, str, Any]]) -> list[httpx.Response]:
    async def main() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 5555))
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            token = (await c.post(TOKEN, json=LOGIN)).json()["access_token"]
            out = []
            for method, path, body in calls:
                if "{wo}" in path:
                    path = path.replace("{wo}", str(out[0].json()["id"]))
                out.append(await c.request(method, path, json=body, params={"access_token": token}))
            return out

    return asyncio.run(main())


def test_a_request_in_a_thread_sees_every_answered_write(tmp_path: Path) -> None:
    """A large write runs in a worker thread, on a connection of its own: the deferred group
    commits first, so it finds the work order created a moment before."""
    app = create_app(tmp_path / "s.db", commit_delay=60)
    try:
        made, read, heavy = _run(
            app,
            [
                ("POST", f"{API}/workorders", {"title": "deferred"}),
                ("GET", f"{API}/workorders/{{wo}}", None),
                ("PUT", f"{API}/workorders/{{wo}}", {"description": {"html": "x" * 70_000}}),
            ],
        )
        assert made.status_code == 201 and read.json()["title"] == "deferred"
        assert heavy.status_code == 200, heavy.text
        assert heavy.json()["description"]["html"] == "x" * 70_000
    finally:
        app.state.sandbox.close()


def test_kill_9_loses_nothing_answered_from_the_redo_log(tmp_path: Path) -> None:
    """With a delay longer than the test, every answered write exists only in the redo log
    when the server is killed; the next server replays each once."""
    db = tmp_path / "s.db"
    proc, base = _serve(str(db), "--commit-delay", "600000")
    try:
        token = _token(base)
        wo = httpx.post(
            f"{base}{API}/workorders", params={"access_token": token}, json={"title": "k"}
        ).json()["id"]
        result: dict[str, Any] = {}
        stop = threading.Event()

        def run() -> None:
            result["out"] = _writers(base, token, wo, threads=4, each=25, stop=stop)

        writer = threading.Thread(target=run)
        writer.start()
        time.sleep(0.4)
        seen = _contacts(base, token, wo)  # the server reads its answered writes
        committed = _count(db, "work_order", wo)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        stop.set()
        writer.join()
    finally:
        _stop(proc)
    acked, failed = result["out"]
    assert acked and seen and committed == 0, "the writes were in the redo log alone"

    proc, base = _serve(str(db))
    try:
        stored = _contacts(base, _token(base), wo)
    finally:
        _stop(proc)
    assert len(stored) == len(set(stored)), "no write applied twice"
    assert set(acked) <= set(stored), "every answered write is there"
    assert len(stored) <= len(acked) + failed, "no phantom writes"


def test_other_processes_see_a_write_within_the_delay(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    proc, base = _serve(str(db))  # the default delay
    try:
        token = _token(base)
        before = _count(db, "work_order")
        made = httpx.post(
            f"{base}{API}/workorders", params={"access_token": token}, json={"title": "seen"}
        )
        assert made.status_code == 201
        deadline = time.monotonic() + 5
        while _count(db, "work_order") == before:
            assert time.monotonic() < deadline, "never committed"
            time.sleep(0.01)
    finally:
        _stop(proc)
    with _reopened(db) as again:  # a clean stop committed everything: nothing to replay
        assert again.replay() == 0


def test_workers_of_one_server_do_not_defer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each worker of ``serve --workers N`` must see the others' answered writes at once."""
    monkeypatch.setenv("SANDBOX_DB", str(tmp_path / "s.db"))
    app = app_from_env()
    try:
        assert app.state.sandbox.group is not None and not app.state.sandbox.group.deferred
    finally:
        app.state.sandbox.close()


def test_answers_released_together_survive_a_cancelled_neighbour(tmp_path: Path) -> None:
    """Writes ready together wait for one another so their answers go out together; a request
    cancelled while waiting (its client gone, the server stopping) releases only itself."""
    store = Store(tmp_path / "s.db")
    group = GroupCommit(store, delay=60)

    async def request() -> str:
        await group.released()
        return "answered"

    async def main() -> list[object]:
        tasks = [asyncio.ensure_future(request()) for _ in range(3)]
        await asyncio.sleep(0)  # all three wait; the release comes after this step
        tasks[1].cancel()
        return await asyncio.gather(*tasks, return_exceptions=True)

    try:
        first, second, third = asyncio.run(main())
        assert first == "answered" and third == "answered"
        assert isinstance(second, asyncio.CancelledError)
    finally:
        store.close()
