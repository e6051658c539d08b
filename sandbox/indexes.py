"""Columns extracted from stored documents so lists filter, sort, count and page in SQL.

A document stays one JSON body (the truth); an indexed kind also gets one row in its own table
with the few fields its lists filter or sort on, written in the same transaction as the body.
The work-order list (`list_work_orders`) is the one that grows without bound, so it is the one
indexed here; other kinds are small per company and are filtered in Python.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from . import lifecycle

Doc = dict[str, Any]


@dataclass(frozen=True)
class Index:
    """One table ``table`` keyed by the document id, with ``columns`` (name -> SQL type)."""

    table: str
    columns: dict[str, str]
    extract: Callable[[Doc], dict[str, Any]]
    indexes: list[tuple[str, ...]] = field(default_factory=list)
    buckets: tuple[str, ...] = ()
    """Columns whose value combinations are counted per company in ``<table>_counts``, so a
    list filtered on them alone knows its total without counting rows."""
    partial: dict[str, str] = field(default_factory=dict)
    """Column -> the condition its indexes are limited to: a row that no filter on the column
    can match (no client, no open problem) gets no entry, so a write touches fewer B-trees
    (each is one more page in the commit). Every filter on the column implies the condition."""

    @property
    def counts_table(self) -> str:
        return f"{self.table}_counts"

    # The statements a write runs, built once per index rather than once per write.
    @cached_property
    def row(self) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
        """The extracted values in ``columns`` order (what ``upsert_sql`` takes after the id
        and company)."""
        getter = operator.itemgetter(*self.columns)
        if len(self.columns) == 1:
            return lambda values: (getter(values),)
        return getter

    @cached_property
    def upsert_sql(self) -> str:
        names = ["doc_id", "company_id", *self.columns]
        marks = ", ".join("?" for _ in names)
        updates = ", ".join(f"{n} = excluded.{n}" for n in names[1:])
        return (
            f"INSERT INTO {self.table} ({', '.join(names)}) VALUES ({marks}) "
            f"ON CONFLICT (doc_id) DO UPDATE SET {updates}"
        )

    @cached_property
    def row_sql(self) -> str:
        """A document's row: company_id, then the columns (as ``row`` orders them)."""
        return (
            f"SELECT {', '.join(['company_id', *self.columns])} FROM {self.table} WHERE doc_id = ?"
        )

    @cached_property
    def bucket_places(self) -> tuple[int, ...]:
        """Where company_id and the bucket columns are in a row of ``row_sql``."""
        names = ["company_id", *self.columns]
        return tuple(names.index(name) for name in ("company_id", *self.buckets))

    def update_sql(self, changed: tuple[int, ...]) -> str:
        """The statement that sets the columns at places ``changed`` of a ``row_sql`` row."""
        found = self._updates.get(changed)
        if found is None:
            names = ["company_id", *self.columns]
            sets = ", ".join(f"{names[i]} = ?" for i in changed)
            found = f"UPDATE {self.table} SET {sets} WHERE doc_id = ?"
            if len(self._updates) >= 256:  # which columns change together: a few shapes
                self._updates.clear()
            self._updates[changed] = found
        return found

    @cached_property
    def _updates(self) -> dict[tuple[int, ...], str]:
        return {}

    @cached_property
    def bucket_sql(self) -> str:
        cols = ", ".join(["company_id", *self.buckets])
        return f"SELECT {cols} FROM {self.table} WHERE doc_id = ?"

    @cached_property
    def bump_sql(self) -> str:
        names = ", ".join(["company_id", *self.buckets])
        marks = ", ".join("?" for _ in range(1 + len(self.buckets)))
        table = self.counts_table
        return (
            f"INSERT INTO {table} ({names}, n) VALUES ({marks}, ?) "
            f"ON CONFLICT ({names}) DO UPDATE SET n = {table}.n + excluded.n"
        )

    @cached_property
    def delete_sql(self) -> str:
        return f"DELETE FROM {self.table} WHERE doc_id = ?"

    def ddl(self) -> list[str]:
        cols = ", ".join(f"{name} {kind}" for name, kind in self.columns.items())
        # WITHOUT ROWID (SQLite; the PostgreSQL store drops the words): the table is its
        # primary key's B-tree, one page less per write than a rowid table and its key index.
        out = [
            f"CREATE TABLE IF NOT EXISTS {self.table} ("
            f"doc_id TEXT PRIMARY KEY, company_id INTEGER NOT NULL, {cols}) WITHOUT ROWID"
        ]
        for cols_ in self.indexes:
            name = f"{self.table}_by_{'_'.join(cols_)}"
            where = " AND ".join(self.partial[c] for c in cols_ if c in self.partial)
            out.append(
                f"CREATE INDEX IF NOT EXISTS {name} ON {self.table} ({', '.join(cols_)})"
                + (f" WHERE {where}" if where else "")
            )
        if self.buckets:
            cols = ", ".join(f"{name} {self.columns[name]}" for name in self.buckets)
            key = ", ".join(["company_id", *self.buckets])
            out.append(
                f"CREATE TABLE IF NOT EXISTS {self.counts_table} (company_id INTEGER NOT NULL, "
                f"{cols}, n BIGINT NOT NULL, PRIMARY KEY ({key}))"
            )
        return out


_NONE: dict[str, Any] = {}
"""Stands in for an absent part of a document (read only, never changed)."""
_RESOLVED = ("resolved", "Resolved")


def _ref(doc: Doc, key: str) -> str | None:
    ident = (doc.get(key) or _NONE).get("id")
    return None if ident is None else str(ident)


def _work_order(doc: Doc) -> dict[str, Any]:
    # runs for every write of a work order: plain look-ups, no generators
    get = doc.get
    status = str((get("status") or _NONE).get("name", ""))
    title = str(get("title") or "")
    window = ((get("schedule") or _NONE).get("service_window") or _NONE).get("start") or _NONE
    location = get("location") or _NONE
    try:
        pay = float((get("pay") or _NONE).get("total") or 0)
    except (TypeError, ValueError):
        pay = 0.0
    open_problem = 0
    for problem in (get("problems") or _NONE).get("results") or ():
        if (problem.get("resolution") or _NONE).get("status") not in _RESOLVED:
            open_problem = 1
            break
    assignee = ((get("assignee") or _NONE).get("user") or _NONE).get("id")
    incident = get("incident_id")
    return {
        "num": int(doc["id"]),
        "status": status,
        "status_id": lifecycle.STATUS_IDS.get(status, 0),
        "title": title.lower(),
        "search": f"{doc['id']} {title}".lower(),
        "created": str((get("created") or _NONE).get("utc") or ""),
        "schedule": str(window.get("utc") or ""),
        "pay": pay,
        "client": _ref(doc, "client"),
        "project": _ref(doc, "project"),
        "template": _ref(doc, "template"),
        "manager": _ref(doc, "manager"),
        "type_of_work": _ref(doc, "type_of_work"),
        "assignee": None if assignee is None else str(assignee),
        "incident": None if incident is None else str(incident),
        "city": str(location.get("city", "")).lower(),
        "state": str(location.get("state", "")).lower(),
        "zip": str(location.get("zip", "")).lower(),
        "country": str(location.get("country", "")).lower(),
        "open_problem": open_problem,
        "remote": int(location.get("mode") == "remote"),
    }


WORK_ORDERS = Index(
    table="work_order_index",
    columns={
        "num": "BIGINT NOT NULL",
        "status": "TEXT NOT NULL",
        "status_id": "INTEGER NOT NULL",
        "title": "TEXT NOT NULL",
        "search": "TEXT NOT NULL",
        "created": "TEXT NOT NULL",
        "schedule": "TEXT NOT NULL",
        "pay": "DOUBLE PRECISION NOT NULL",
        "client": "TEXT",
        "project": "TEXT",
        "template": "TEXT",
        "manager": "TEXT",
        "type_of_work": "TEXT",
        "assignee": "TEXT",
        "incident": "TEXT",
        "city": "TEXT NOT NULL",
        "state": "TEXT NOT NULL",
        "zip": "TEXT NOT NULL",
        "country": "TEXT NOT NULL",
        "open_problem": "INTEGER NOT NULL",
        "remote": "INTEGER NOT NULL",
    },
    extract=_work_order,
    indexes=[
        ("company_id", "num"),
        ("company_id", "status_id", "num"),  # the list tabs (by status) and sort=status
        ("company_id", "title", "num"),
        ("company_id", "created", "num"),
        ("company_id", "schedule", "num"),
        ("company_id", "pay", "num"),
        ("company_id", "open_problem", "num"),
        ("company_id", "client", "num"),
        ("company_id", "project", "num"),
        ("company_id", "template", "num"),
        ("company_id", "manager", "num"),
        ("company_id", "assignee", "num"),
        ("company_id", "incident", "num"),
    ],
    buckets=("status_id", "open_problem"),
    partial={
        "open_problem": "open_problem = 1",
        **{
            c: f"{c} IS NOT NULL" for c in ("client", "project", "template", "assignee", "incident")
        },
    },
)

INDEXES: dict[str, Index] = {"work_order": WORK_ORDERS}
"""Indexed kinds: the store keeps their rows in step with the documents."""


@dataclass
class Query:
    """A filtered, sorted page of one indexed kind: SQL fragments with ``?`` parameters."""

    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    order_by: str = "num DESC"
    columns: set[str] = field(default_factory=set)
    """Columns the filters read (a filter on bucket columns alone is counted from buckets)."""

    def add(self, clause: str, *params: Any, column: str) -> Query:
        self.where.append(clause)
        self.params.extend(params)
        self.columns.add(column)
        return self

    def any_of(self, column: str, values: list[Any]) -> Query:
        """``column`` equals one of ``values`` (an empty list matches nothing)."""
        if not values:
            return self.add("1 = 0", column=column)
        marks = ", ".join("?" for _ in values)
        return self.add(f"{column} IN ({marks})", *values, column=column)


SORTS = {
    "id": "num",
    "work_order_id": "num",
    "title": "title",
    "status": "status_id",
    "created": "created",
    "created_date": "created",
    "schedule": "schedule",
    "service_window_start": "schedule",
    "pay": "pay",
}


def work_order_query(q: dict[str, Any], statuses: tuple[str, ...] | None) -> Query:
    """The SQL of `list_work_orders`: ``statuses`` is the chosen list tab's (None for all)."""
    query = Query()
    if statuses is not None:
        query.any_of("status_id", [lifecycle.STATUS_IDS[s] for s in statuses])
    if q.get("list") == "workorders_problem":
        query.add("open_problem = 1", column="open_problem")
    if "f_work_order_id" in q:
        ids = [int(v) for v in str(q["f_work_order_id"]).split(",") if v.isascii() and v.isdigit()]
        ids = [v for v in ids if v < 2**63]  # larger ones name no work order (and no SQL int)
        query.any_of("num", ids)
    if "f_search" in q:
        query.add("instr(search, ?) > 0", str(q["f_search"]).lower(), column="search")
    for param, column in (
        ("f_client", "client"),
        ("f_project", "project"),
        ("f_templates", "template"),
        ("f_manager", "manager"),
        ("f_type_of_work", "type_of_work"),
    ):
        if param in q:
            query.any_of(column, str(q[param]).split(","))
    if "f_remote_work" in q:
        query.add("remote = ?", int(bool(q["f_remote_work"])), column="remote")
    for param, column in (
        ("f_city", "city"),
        ("f_state", "state"),
        ("f_postal_code", "zip"),
        ("f_country", "country"),
    ):
        if param in q:
            query.any_of(column, [v.lower() for v in str(q[param]).split(",")])
    column = SORTS.get(str(q.get("sort", "id")), "num")
    direction = "ASC" if q.get("order") == "asc" else "DESC"
    query.order_by = (
        f"num {direction}" if column == "num" else f"{column} {direction}, num {direction}"
    )
    return query
