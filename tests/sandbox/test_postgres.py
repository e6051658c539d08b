"""The same behaviour suite on both backends: every sandbox test that uses the ``app`` fixture
(tests/sandbox/conftest.py) runs once on SQLite and once on a PostgreSQL server the session
starts (tests/sandbox/pg.py), as ``test_x[sqlite]`` and ``test_x[postgresql]``, and xdist spreads
them over its workers like any other test. Tests that open their own stores or apps take an
empty database of each backend (``empty_db``); test_workers.py parametrizes its multi-process
tests itself.

These tests check the harness: each test's database is a private copy of the seeded template."""

from __future__ import annotations

import pytest

from sandbox.seed import SEED_VERSION
from sandbox.store import open_store

from . import pg


@pytest.mark.postgresql
def test_each_database_is_a_private_copy_of_the_seed(pg_template: tuple[str, str]) -> None:
    server, template = pg_template
    one = pg.fresh_database(server, template)
    two = pg.fresh_database(server, template)
    a, b = open_store(one), open_store(two)
    try:
        for store in (a, b):
            assert store.get_meta("seed_version") == SEED_VERSION
            assert store.count("work_order") > 0
        seeded = a.count("work_order")
        ident = a.next_id("test_probe", 10**9)
        doc = a.get("work_order", 1001)
        assert doc is not None
        a.put("work_order", ident, 501, {**doc, "id": ident, "title": "only in one"}, new=True)
        assert a.count("work_order") == seeded + 1
        assert b.count("work_order") == seeded
        assert b.get("work_order", ident) is None
    finally:
        a.close()
        b.close()
        pg.drop_database(one)
        pg.drop_database(two)
    # the template is untouched, and a dropped database is gone
    c = open_store(pg.fresh_database(server, template))
    try:
        assert c.count("work_order") == seeded
        assert c.get("work_order", ident) is None
    finally:
        c.close()
        pg.drop_database(c.path)
    import psycopg

    with pytest.raises(psycopg.OperationalError, match="does not exist"):
        psycopg.connect(one).close()


def test_the_sandbox_fixture_runs_on_both_backends(backend: str, app: object) -> None:
    store = app.state.sandbox.store  # type: ignore[attr-defined]
    assert type(store).__name__ == {"sqlite": "Store", "postgresql": "PgStore"}[backend]
