"""Group commit (SQLite): writes that arrive together share one COMMIT, and nothing is answered,
read or built on before that COMMIT; a member that fails leaves the others' writes, a COMMIT
that fails leaves none and answers every member with an error."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from starlette.applications import Starlette

from sandbox import auth
from sandbox.errors import ApiError
from sandbox.group_commit import IN_FLIGHT, GroupCommit
from sandbox.seed import COMPANIES
from sandbox.server import free_port, settings
from sandbox.store import Store

API = "/api/rest/v2"
TOKEN = "/authentication/api/oauth/token"
CREDS = {k: COMPANIES[0][k] for k in ("client_id", "client_secret", "username", "password")}
BODY = {"title": "Grouped", "types_of_work": [{"id": 62, "isPrimary": True}]}


@pytest.fixture
def backend() -> str:
    """Group commit is SQLite's (on PostgreSQL writes run in a worker thread)."""
    return "sqlite"


def _run(
    app: Starlette, requests: list[tuple[str, str, Any]], login: bool = True
) -> list[httpx.Response]:
    """Send ``requests`` (method, path, JSON body) at once, as concurrent clients would."""

    async def main() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 5555))
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            params = {}
            if login:
                token = (await c.post(TOKEN, json={"grant_type": "password", **CREDS})).json()
                params["access_token"] = token["access_token"]
            return list(
                await asyncio.gather(
                    *(c.request(m, p, json=b, params=params) for m, p, b in requests)
                )
            )

    return asyncio.run(main())


def _count(db: str | Path, kind: str, ident: object = None) -> int:
    """Documents of ``kind`` (with id ``ident``) committed, seen from a connection of its own
    (another worker's view: it never sees what is not committed yet)."""
    sql, params = "SELECT count(*) FROM docs WHERE kind = ?", [kind]
    if ident is not None:
        sql, params = sql + " AND id = ?", [kind, str(ident)]
    other = sqlite3.connect(db)
    try:
        return int(other.execute(sql, params).fetchone()[0])
    finally:
        other.close()


def _db(app: Starlette) -> str:
    return str(app.state.sandbox.store.path)


def test_writes_that_come_together_share_one_commit(app: Starlette) -> None:
    sandbox = app.state.sandbox
    before = _count(_db(app), "work_order")
    answers = _run(app, [("POST", f"{API}/workorders", BODY)] * 12)
    assert [a.status_code for a in answers] == [201] * 12, answers[0].text
    ids = {a.json()["id"] for a in answers}
    assert len(ids) == 12
    assert _count(_db(app), "work_order") == before + 12  # committed: another connection sees them
    assert sandbox.group.members >= 11  # the first may commit alone; the rest came together
    assert sandbox.group.groups < sandbox.group.members
    found = _run(app, [("GET", f"{API}/workorders/{i}", None) for i in sorted(ids)])
    assert [f.status_code for f in found] == [200] * 12


def test_a_lone_write_commits_on_its_own(app: Starlette) -> None:
    for _ in range(3):
        assert _run(app, [("POST", f"{API}/workorders", BODY)])[0].status_code == 201
    assert app.state.sandbox.group.members == 0


def test_a_failed_commit_answers_every_member_and_keeps_none(
    app: Starlette, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = app.state.sandbox.store
    before = _count(_db(app), "work_order")
    real = Store.commit_group

    def failing(self: Store) -> None:
        self._local.group = None
        self._exec("ROLLBACK")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(Store, "commit_group", failing)
    answers = _run(app, [("POST", f"{API}/workorders", BODY)] * 6)
    grouped = [a for a in answers if a.status_code != 201]
    assert len(grouped) >= 5  # every member of the group; a lone first write commits alone
    for answer in grouped:
        assert answer.status_code == 503
        assert answer.json()["status"] == 503 and "try again" in answer.json()["message"]
    assert _count(_db(app), "work_order") == before + (6 - len(grouped))
    monkeypatch.setattr(Store, "commit_group", real)
    assert not store.group_open
    answers = _run(app, [("POST", f"{API}/workorders", BODY)] * 3)
    assert [a.status_code for a in answers] == [201] * 3
    assert _count(_db(app), "work_order") == before + (6 - len(grouped)) + 3


def test_failed_logins_in_a_group_are_still_counted(app: Starlette) -> None:
    wrong = {"grant_type": "password", **CREDS, "password": "guess"}
    answers = _run(app, [("POST", TOKEN, wrong)] * auth.MAX_FAILURES, login=False)
    assert {a.status_code for a in answers} == {401}
    assert app.state.sandbox.group.members >= 2
    # every failure was kept (their savepoints released, not rolled back): the next is throttled
    again = _run(app, [("POST", TOKEN, wrong)], login=False)[0]
    assert again.status_code == 429, again.text


def test_a_heavy_write_beside_a_group(app: Starlette) -> None:
    heavy = {**BODY, "description": {"html": "<p>" + "x" * 70_000 + "</p>"}}
    creates = [("POST", f"{API}/workorders", BODY)] * 4 + [("POST", f"{API}/workorders", heavy)]
    answers = _run(app, creates)
    assert [a.status_code for a in answers] == [201] * 5


def test_a_member_that_fails_leaves_the_others(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    try:
        store.begin_group(store.commit_group)
        with store.member():
            store.put("note", 1, 501, {"id": 1})
        with pytest.raises(RuntimeError), store.member():
            store.put("note", 2, 501, {"id": 2})
            raise RuntimeError("the handler failed")
        with pytest.raises(LookupError), store.member(keep=lambda exc: True):
            store.put("note", 3, 501, {"id": 3})
            raise LookupError("failed, but what it wrote stays")
        assert _count(store.path, "note") == 0  # nothing is visible before the COMMIT
        store.commit_group()
        assert _count(store.path, "note") == 2
        assert store.get("note", 1) == {"id": 1}
        assert store.get("note", 2) is None
        assert store.get("note", 3) == {"id": 3}
    finally:
        store.close()


def test_anything_outside_a_member_commits_the_group_first(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    flushed: list[int] = []

    def flush() -> None:
        flushed.append(_count(store.path, "note"))
        store.commit_group()

    try:
        store.begin_group(flush)
        with store.member():
            store.put("note", 1, 501, {"id": 1})
        assert flushed == []
        # a read outside any member (another request's) must not see uncommitted writes
        assert store.get("note", 1) == {"id": 1}
        assert flushed == [0]
        assert not store.group_open and _count(store.path, "note") == 1
        store.begin_group(flush)
        with store.transaction():  # a plain transaction commits the group before it begins
            store.put("note", 2, 501, {"id": 2})
        assert flushed == [0, 1] and _count(store.path, "note") == 2
    finally:
        store.close()


def test_member_needs_an_open_group(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    try:
        with pytest.raises(RuntimeError, match="open group"), store.member():
            pass
    finally:
        store.close()


def test_a_write_joins_a_group_only_when_others_may_share_it(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    group = GroupCommit(store)

    async def main() -> list[bool]:
        alone = group.wanted(1)  # the only request in flight, the first write of the iteration
        second = group.wanted(1)  # another write ran in this iteration: they share a COMMIT
        busy = group.wanted(3)  # others in flight: they may come in the same iteration
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        later = group.wanted(1)  # a new iteration, alone again
        return [alone, second, busy, later]

    try:
        assert asyncio.run(main()) == [False, True, True, False]
    finally:
        store.close()


def test_the_server_tells_the_app_its_requests_in_flight() -> None:
    seen: list[int] = []

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        seen.append(len(scope[IN_FLIGHT]))
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, **settings(host="127.0.0.1", port=port)))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(100):
            if server.started:
                break
            time.sleep(0.05)
        assert httpx.get(f"http://127.0.0.1:{port}/").status_code == 204
        assert seen == [1]  # this request itself
    finally:
        server.should_exit = True
        thread.join(10)


def test_members_of_a_group_closed_under_them_are_answered_503(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    group = GroupCommit(store)

    async def main() -> None:
        done = group.join()
        with store.member():
            store.put("note", 1, 501, {"id": 1})
        store.close()  # shutdown: the connection and its open transaction are gone
        with pytest.raises(ApiError) as refused:
            await done
        assert refused.value.status == 503

    asyncio.run(main())
    store = Store(tmp_path / "s.db")
    try:
        assert store.get("note", 1) is None
    finally:
        store.close()
