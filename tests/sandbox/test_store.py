"""The store keeps the database as the truth: lists filter, sort, count and page in SQL and
agree with the documents; bulk seeding; one server per database."""

from __future__ import annotations

import contextlib
import random
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from sandbox import lifecycle
from sandbox.app import create_app
from sandbox.bulk import seed_work_orders
from sandbox.indexes import work_order_query
from sandbox.resources import load_all
from sandbox.resources.work_orders import LISTS
from sandbox.seed import seed_if_empty
from sandbox.store import open_store

from . import pg
from .conftest import BACKENDS, Api

load_all()


def _reference(docs: list[dict[str, Any]], q: dict[str, Any]) -> list[int]:
    """What list_work_orders must answer, computed in Python from the documents."""
    statuses = LISTS.get(q.get("list", "workorders_all"))
    out = []
    for d in docs:
        if statuses is not None and d["status"]["name"] not in statuses:
            continue
        if "f_search" in q and q["f_search"].lower() not in f"{d['id']} {d['title']}".lower():
            continue
        if "f_city" in q and (d.get("location") or {}).get("city", "").lower() != q["f_city"]:
            continue
        out.append(d)
    sort = q.get("sort", "id")
    key = {
        "id": lambda d: (d["id"],),
        "title": lambda d: (d["title"].lower(), d["id"]),
        "created": lambda d: (d["created"]["utc"], d["id"]),
        "status": lambda d: (lifecycle.STATUS_IDS[d["status"]["name"]], d["id"]),
        "pay": lambda d: (float((d.get("pay") or {}).get("total") or 0), d["id"]),
    }[sort]
    out.sort(key=key, reverse=q.get("order", "desc") == "desc")
    return [d["id"] for d in out]


@pytest.fixture(scope="module", params=BACKENDS)
def big(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seed and 300 more work orders, on each backend (shared by the module's tests)."""
    if request.param == "sqlite":
        db = str(tmp_path_factory.mktemp("store") / "big.db")
    else:
        db = pg.fresh_database(request.getfixturevalue("pg_server"))
    store = open_store(db)
    seed_if_empty(store)
    seed_work_orders(store, 300, 501, rng=random.Random(7))
    store.close()
    yield db
    if request.param == "postgresql":
        pg.drop_database(db)


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"order": "asc"},
        {"list": "workorders_assigned", "sort": "created"},
        {"list": "workorders_in_flight", "sort": "title", "order": "asc"},
        {"sort": "status"},
        {"sort": "pay", "order": "asc"},
        {"f_search": "kiosk", "sort": "created", "order": "asc"},
        {"list": "workorders_draft", "f_search": "1"},
    ],
)
def test_sql_lists_match_the_documents(big: str, query: dict[str, Any]) -> None:
    store = open_store(big)
    expected = _reference(store.list("work_order", 501), query)
    store.close()
    with TestClient(create_app(big)) as client:
        api = Api(client)
        got: list[int] = []
        page, total = 1, None
        while total is None or len(got) < total:
            body = api.call(
                "list_work_orders", query={**query, "page": page, "per_page": 100}, expect=200
            ).json()
            total = body["metadata"]["total"]
            assert body["metadata"]["pages"] == -(-total // 100)
            got += [w["id"] for w in body["results"]]
            page += 1
            if not body["results"]:
                break
    assert total == len(expected)
    assert got == expected


def test_tab_counts_follow_changes(api: Api) -> None:
    def tabs() -> dict[str, int]:
        body = api.call("list_work_order_lists", expect=200).json()
        return {t["id"]: t["count"] for t in body}

    def total(list_name: str) -> int:
        query = {"list": list_name}
        body = api.call("list_work_orders", query=query, expect=200).json()
        return int(body["metadata"]["total"])

    before = tabs()
    wo = api.call("create_work_order", json={"title": "count me"}, expect=201).json()["id"]
    api.call("publish_work_order", path={"work_order_id": wo}, expect=200)
    after = tabs()
    assert after["workorders_all"] == before["workorders_all"] + 1
    assert after["workorders_published_routed"] == before["workorders_published_routed"] + 1
    assert after["workorders_draft"] == before["workorders_draft"]
    for name, count in after.items():
        assert total(name) == count, name


def _execute(db: str, *statements: str) -> None:
    """Run SQL on a database with its own driver, behind the store's back."""
    if db.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(db, autocommit=True) as pg_conn:
            for statement in statements:
                pg_conn.execute(statement)
        return
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        for statement in statements:
            conn.execute(statement)


def test_index_rebuilt_for_an_older_database(empty_db: str) -> None:
    db = empty_db
    store = open_store(db)
    seed_if_empty(store)
    ids = [d["id"] for d in store.list("work_order", 501)]
    store.close()
    # as a database written before the index existed
    _execute(db, "DROP TABLE work_order_index", "DROP TABLE work_order_index_counts")
    with TestClient(create_app(db)) as client:
        body = Api(client).call("list_work_orders", query={"order": "asc"}, expect=200).json()
    assert [w["id"] for w in body["results"]] == sorted(ids)
    assert body["metadata"]["total"] == len(ids)


def test_lists_keep_creation_order_across_kinds_and_bulk_loads(empty_db: str) -> None:
    """A document's place in its kind's list is its creation order, whatever other kinds and
    bulk loads were written in between, and a deleted last document's place is not taken
    before it."""
    store = open_store(empty_db)
    order = []
    for n in range(3):
        store.put("thing", f"a{n}", 501, {"n": f"a{n}"})
        store.put("other", f"o{n}", 501, {"n": f"o{n}"})
        order.append(f"a{n}")
    store.put_many("thing", [(f"b{n}", 501, {"n": f"b{n}"}) for n in range(3)])
    order += [f"b{n}" for n in range(3)]
    store.put("thing", "z", 501, {"n": "z"})
    assert store.delete("thing", "z")
    store.put("thing", "c", 501, {"n": "c"}, new=True)
    store.put("thing", "a0", 501, {"n": "a0"})  # an update keeps its place
    order.append("c")
    assert [d["n"] for d in store.list("thing")] == order
    assert [d["n"] for d in store.list("thing", 501)] == order
    assert [d["n"] for d in store.list("other")] == ["o0", "o1", "o2"]
    store.close()


def test_updates_follow_the_owner_and_the_indexed_columns(empty_db: str) -> None:
    """An update writes only what changed (the body alone, the index columns that changed),
    and lists, filters and counts follow it, an owner or parent that changes included."""
    store = open_store(empty_db)
    seed_if_empty(store)
    doc = store.get("work_order", 1001)
    assert doc is not None and doc["status"]["name"] == lifecycle.DRAFT
    draft, published = lifecycle.STATUS_IDS[lifecycle.DRAFT], lifecycle.STATUS_IDS["Published"]
    before = store.tally("work_order", 501, "status_id")

    def found(company: int, words: str) -> list[int]:
        query = work_order_query({"f_search": words}, None)
        return [d["id"] for d in store.page("work_order", company, query, 0, 25)[1]]

    doc["title"] = "Renamed zebra"
    doc["status"] = lifecycle.status_object(lifecycle.PUBLISHED)
    store.put("work_order", 1001, 501, doc)
    store.put("work_order", 1001, 501, doc)  # the same again: nothing changes
    after = store.tally("work_order", 501, "status_id")
    assert after[draft] == before[draft] - 1
    assert after[published] == before.get(published, 0) + 1
    assert found(501, "zebra") == [1001]
    assert store.get("work_order", 1001) == doc
    store.put("work_order", 1001, 502, doc)  # another owner
    assert store.get("work_order", 1001, 501) is None and store.get("work_order", 1001, 502)
    assert found(501, "zebra") == [] and found(502, "zebra") == [1001]
    assert store.tally("work_order", 501, "status_id")[published] == after[published] - 1
    store.put("thing", 1, 501, {"v": 1}, parent="p1")
    store.put("thing", 1, 501, {"v": 2}, parent="p2")
    assert store.list("thing", 501, "p1") == [] and store.list("thing", 501, "p2") == [{"v": 2}]
    store.put("thing", 1, 501, {"v": 3})
    assert store.list("thing", 501, "p2") == [] and store.list("thing", 501) == [{"v": 3}]
    store.close()


def test_get_many_reads_several_kinds_at_once(empty_db: str) -> None:
    store = open_store(empty_db)
    store.put("thing", 1, 501, {"v": 1})
    store.put("other", 1, 502, {"v": 2})
    found = store.get_many([("thing", 1), ("other", "1"), ("thing", 2)])
    assert found == {("thing", "1"): {"v": 1}, ("other", "1"): {"v": 2}, ("thing", "2"): None}
    assert store.get_many([]) == {}
    store.close()


def test_nothing_is_cached_between_two_stores(empty_db: str) -> None:
    """Two stores on one database (two workers) see each other's writes at once."""
    one, two = open_store(empty_db), open_store(empty_db)
    one.put("thing", 1, 501, {"v": 1})
    assert two.get("thing", 1) == {"v": 1}
    two.put("thing", 1, 501, {"v": 2})
    assert one.get("thing", 1) == {"v": 2}
    assert one.delete("thing", 1) and two.get("thing", 1) is None
    one.close()
    two.close()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sandbox", *args], capture_output=True, text=True, timeout=120
    )


def test_seed_command_adds_work_orders(tmp_path: Path) -> None:
    db = tmp_path / "seeded.db"
    out = _cli("seed", "--db", str(db), "--work-orders", "250", "--company", "502")
    assert out.returncode == 0, out.stderr
    assert "for company 502" in out.stdout
    with TestClient(create_app(db)) as client:
        acme, globex = Api(client), Api(client, company=1)
        assert acme.call("list_work_orders", expect=200).json()["metadata"]["total"] == 6
        body = globex.call("list_work_orders", query={"per_page": 5}, expect=200).json()
        assert body["metadata"]["total"] == 256
        newest = body["results"][0]
        assert newest["company"]["id"] == 502
        got = globex.call("get_work_order", path={"work_order_id": newest["id"]}, expect=200)
        assert got.json()["id"] == newest["id"]
        # ids continue after the bulk ones
        made = globex.call("create_work_order", json={"title": "after"}, expect=201).json()
        assert made["id"] == newest["id"] + 1


@pytest.mark.postgresql
def test_seed_command_on_postgresql_leaves_planner_statistics(pg_server: str) -> None:
    """``seed`` works on PostgreSQL and ends with ANALYZE: without statistics the planner
    sorted every stored work order for one page (300 ms at 100,000 instead of 0.1 ms)."""
    import psycopg

    db = pg.fresh_database(pg_server)
    out = _cli("seed", "--db", db, "--work-orders", "250")
    assert out.returncode == 0, out.stderr
    assert "for company 501" in out.stdout
    with psycopg.connect(db) as conn:
        count = conn.execute(
            "SELECT count(*) FROM docs WHERE kind = 'work_order' AND company_id = 501"
        ).fetchone()
        assert count == (256,)
        # reltuples is -1 until the table is analyzed (or vacuumed)
        rows: dict[str, float] = dict(
            conn.execute(
                "SELECT relname, reltuples FROM pg_class "
                "WHERE relname IN ('docs', 'work_order_index')"
            ).fetchall()
        )
    assert rows["work_order_index"] == 262 and rows["docs"] > 262, rows


def test_seed_refuses_an_unknown_company(tmp_path: Path) -> None:
    out = _cli("seed", "--db", str(tmp_path / "x.db"), "--work-orders", "5", "--company", "999")
    assert out.returncode == 2 and "no company 999" in out.stderr


def test_writes_leave_the_event_loop_on_postgresql_only(
    app: Any, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL statements wait for a round trip: writes go to a worker thread there; SQLite
    runs them on the loop (faster in-process). SANDBOX_THREADS overrides either."""
    from sandbox import app as app_module

    sandbox = app.state.sandbox
    assert sandbox.threads == (0 if backend == "sqlite" else 1)
    assert sandbox.store.embedded == (backend == "sqlite")
    monkeypatch.setattr(app_module, "HANDLER_THREADS", 2)
    again = app_module.Sandbox(sandbox.store.path, spec=sandbox.spec, seed=False)
    try:
        assert again.threads == 2
    finally:
        again.store.close()
