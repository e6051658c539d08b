"""The tests' PostgreSQL: sandbox/pgserver.py's throwaway server (Debian's postgresql, installed
by ``make postgres``, which ``make test`` runs) with test-only settings, on /dev/shm when it is
roomy, stopped and deleted afterwards.

Each test gets its own database, copied from a template that already holds the schema and the
seed (``CREATE DATABASE ... TEMPLATE``): about as cheap as SQLite's fresh file, where creating
and seeding an empty database per test cost three times as much. The database is dropped when
the test ends.
"""

from __future__ import annotations

import os
from pathlib import Path

from sandbox import pgserver

ENV = "SANDBOX_TEST_PG"
"""Set to a server URL (``postgresql://user@host:port``): the tests use that server instead of
starting their own (it must let them create and drop databases)."""

# A server that exists only for one test session: durability buys nothing, so every setting that
# trades crash safety for speed is on (sandbox.pgserver already turns fsync and its kin off).
TEST_ONLY_SETTINGS = {
    "wal_level": "minimal",  # no WAL for archiving or replicas (needs max_wal_senders=0)
    "max_wal_senders": "0",
}

SHM = Path("/dev/shm")
SHM_NEEDED = 2 << 30
"""Free bytes /dev/shm must have to hold a server (~40 MB, ~8 MB per open database); container
runtimes often give it only 64 MB."""


def _scratch_root() -> str | None:
    """A RAM-backed directory when there is a roomy one: creating and dropping a database per
    test is file-system work (hundreds of small files) that a disk makes several times slower."""
    try:
        st = os.statvfs(SHM)
    except OSError:
        return None
    if not os.access(SHM, os.W_OK) or st.f_bavail * st.f_frsize < SHM_NEEDED:
        return None
    return str(SHM)


class PgServer(pgserver.PgServer):
    """sandbox.pgserver's throwaway server with the test-only settings, in RAM when it can."""

    def __init__(self) -> None:
        super().__init__(TEST_ONLY_SETTINGS, root=_scratch_root())


def _admin(server_url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(f"{server_url}/postgres", autocommit=True) as conn:
        conn.execute(sql)


def fresh_database(server_url: str, template: str | None = None) -> str:
    """A new database on the server (empty, or a copy of ``template``); its URL."""
    return pgserver.create_database(server_url, template=template)


def seeded_template(server_url: str) -> str:
    """A database holding the schema and the seed, to copy for each test; its name.

    It is built by the sandbox itself (the same code as a test's ``create_app``), and every
    connection to it is closed afterwards: PostgreSQL copies only an unused template.
    """
    from sandbox.app import Sandbox

    url = fresh_database(server_url)
    Sandbox(url).store.close()
    return url.rsplit("/", 1)[1]


def drop_database(url: str) -> None:
    """Drop a test's database, ending any connection still open on it."""
    server_url, name = url.rsplit("/", 1)
    _admin(server_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
