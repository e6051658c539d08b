"""The PostgreSQL backend of the store (``--db postgresql://...``): the same tables, queries and
interface as the SQLite one, so a team can run one shared sandbox with workers on several
hosts.

Write transactions take one transaction-scoped advisory lock first, which serializes writers
across every process and host exactly as SQLite's ``BEGIN IMMEDIATE`` does on one file: a
handler's read-modify-write of a document can then never lose another's update. Reads run
outside transactions and see every committed write.
"""

from __future__ import annotations

import builtins
from typing import Any

import psycopg

from .store import Store

WRITE_LOCK = 0x5A4E_D80D
"""Advisory lock id every write transaction holds."""
_DIALECT: dict[str, str] = {}
"""SQLite-flavoured statement -> PostgreSQL's, translated once (a pure function of the text)."""


class PgStore(Store):
    def __init__(self, url: str) -> None:
        super().__init__(url)

    def _connect(self) -> Any:
        return psycopg.connect(self.path, autocommit=True)

    def _ddl(self, statement: str) -> str:
        return statement.replace(" WITHOUT ROWID", "")  # SQLite's table layout; no such thing here

    def _sql(self, sql: str) -> str:
        found = _DIALECT.get(sql)
        if found is None:
            if len(_DIALECT) >= 4096:  # filters with lists of values vary: keep it bounded
                _DIALECT.clear()
            found = _DIALECT[sql] = sql.replace("?", "%s").replace("instr(", "strpos(")
        return found

    def _exec(self, sql: str, params: tuple[Any, ...] | builtins.list[Any] = ()) -> Any:
        return self.db.execute(self._sql(sql), params or None)

    def _begin(self) -> None:
        self._exec("BEGIN")
        self._exec("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))

    def _rows(
        self, sql: str, params: tuple[Any, ...] | builtins.list[Any] = ()
    ) -> builtins.list[Any]:
        cursor = self._exec(sql, params)
        return list(cursor.fetchall()) if cursor.description is not None else []

    def _many(self, sql: str, rows: builtins.list[tuple[Any, ...]]) -> None:
        with self.db.cursor() as cursor:
            cursor.executemany(self._sql(sql), rows)

    def _load(
        self, table: str, columns: builtins.list[str], rows: builtins.list[tuple[Any, ...]]
    ) -> None:
        """COPY: one stream instead of a statement per row (bulk seeding)."""
        with (
            self.db.cursor() as cursor,
            cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)

    def analyze(self) -> None:
        """``VACUUM (ANALYZE)``. Statistics: without them (a database just bulk-seeded, before
        autovacuum gets to it) the planner guessed a handful of rows per company and sorted
        every work order for a page: 300 ms for a page of 25 at 100,000 stored, 0.1 ms after
        ANALYZE. The vacuum sets the new rows' hint bits and visibility map now, rather than
        autovacuum doing it during the load test that follows the seed."""
        self._exec("VACUUM (ANALYZE)")
