"""Helpers every resource module uses: timestamps, list envelopes, the work-order document and
its embedded sub-resource lists, and the company's users.

A work order is stored as one document shaped like the spec's ``WorkOrder``; its sub-resources
(contacts, tasks, ...) live inside it as ``{metadata, results}`` lists, newest first, which is
what lets the spec's links address a created item as ``results/0``.
"""

from __future__ import annotations

import base64
import math
import time
from datetime import UTC, datetime
from typing import Any

from ..errors import ApiError
from ..registry import Context, Reply
from ..store import Doc, Store

WORK_ORDER = "work_order"


# -- time -------------------------------------------------------------------------------
def utc(ts: float | None = None) -> str:
    """The API's timestamp format, ``YYYY-MM-DD HH:MM:SS`` (UTC)."""
    if ts is None:
        ts = time.time()
    second = _second(ts)
    text = _STAMPS.get(second) if second is not None else None
    if text is None:
        text = datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%S")
        if second is not None:
            if len(_STAMPS) >= 64:
                _STAMPS.clear()
            _STAMPS[second] = text
    return text


_STAMPS: dict[float, str] = {}
"""``utc`` text by whole second: strftime is most of a timestamp's cost, and the requests of
one second all share its text (a bounded memo of a pure function)."""


def _second(ts: float) -> float | None:
    """The whole second ``datetime.fromtimestamp(ts)`` lands on (it rounds the microseconds
    half to even, which may carry into the next second), or None for a value it may refuse."""
    if not math.isfinite(ts):
        return None
    fraction, whole = math.modf(ts)
    micro = round(fraction * 1e6)
    if micro >= 1_000_000:
        whole += 1.0
    elif micro < 0:
        whole -= 1.0
    return whole


def date_obj(ts: float | None = None) -> dict[str, Any]:
    text = utc(ts)  # one strftime, split at its one space, rather than three
    date, _, clock = text.partition(" ")
    return {"utc": text, "local": {"date": date, "time": clock}}


def parse_time(value: str, field: str = "body") -> float:
    """Seconds since the epoch for either accepted input format; a 400 naming ``field`` for a
    string the spec's pattern lets through but no calendar has (2026-13-45, year 0001)."""
    text = value.strip().replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        moment = moment.astimezone(UTC)  # an offset can push it past year 9999
        if not 1900 <= moment.year <= 9999:
            raise ValueError("year out of range")
        return moment.timestamp()
    except (ValueError, OverflowError) as exc:
        raise ApiError(
            400,
            f"{field}: {value!r} is not a valid date-time ({exc})",
            [{"field": field, "message": "invalid date-time"}],
        ) from None


# -- lists ------------------------------------------------------------------------------
def page_args(ctx: Context, default_per_page: int = 25) -> tuple[int, int]:
    return int(ctx.query.get("page", 1)), int(ctx.query.get("per_page", default_per_page))


def envelope(items: list[Any], page: int = 1, per_page: int = 25, **meta: Any) -> dict[str, Any]:
    """A page-based list answer: ``{metadata, results}`` holding page ``page``."""
    total = len(items)
    pages = -(-total // per_page) if per_page else 0
    start = (page - 1) * per_page
    return {
        "metadata": {"total": total, "page": page, "pages": pages, "per_page": per_page, **meta},
        "results": items[start : start + per_page],
    }


def cursor_envelope(items: list[Any], ctx: Context, default_limit: int = 20) -> dict[str, Any]:
    """A cursor-based list answer: ``{data, pagination}``; the cursor encodes an offset."""
    limit = int(ctx.query.get("limit", default_limit))
    cursor = ctx.query.get("cursor")
    start = 0
    if cursor:
        try:
            start = int(base64.urlsafe_b64decode(cursor.encode() + b"==").decode())
        except (ValueError, UnicodeDecodeError):
            raise ApiError(
                400,
                "Invalid cursor",
                [{"field": "query.cursor", "message": "not a cursor of this list"}],
            ) from None
    end = start + limit
    encode = lambda n: base64.urlsafe_b64encode(str(n).encode()).decode().rstrip("=")  # noqa: E731
    return {
        "data": items[start:end],
        "pagination": {
            "next_cursor": encode(end) if end < len(items) else None,
            "prev_cursor": encode(max(0, start - limit)) if start > 0 else None,
            "limit": limit,
            "has_next_page": end < len(items),
            "has_prev_page": start > 0,
        },
    }


def empty_list() -> dict[str, Any]:
    return {"metadata": {"total": 0, "page": 1, "pages": 0, "per_page": 25}, "results": []}


def refresh(section: dict[str, Any]) -> dict[str, Any]:
    """Recompute the metadata of an embedded list after a change."""
    total = len(section.get("results", []))
    per_page = max(total, 25)
    section["metadata"] = {
        "total": total,
        "page": 1,
        "pages": 1 if total else 0,
        "per_page": per_page,
    }
    return section


def section(doc: dict[str, Any], *path: str) -> dict[str, Any]:
    """The embedded ``{metadata, results}`` list at ``doc[path...]``, created when absent."""
    node = doc
    for key in path[:-1]:
        node = node.setdefault(key, {})
    found = node.get(path[-1])
    if not isinstance(found, dict) or not isinstance(found.get("results"), list):
        found = node[path[-1]] = empty_list()
    return found


def add_item(doc: dict[str, Any], path: tuple[str, ...], item: dict[str, Any]) -> dict[str, Any]:
    """Insert ``item`` first (newest first) in the embedded list at ``path``."""
    target = section(doc, *path)
    target["results"].insert(0, item)
    refresh(target)
    return item


def find_item(
    doc: dict[str, Any], path: tuple[str, ...], ident: object, what: str, key: str = "id"
) -> dict[str, Any]:
    for item in section(doc, *path)["results"]:
        if str(item.get(key)) == str(ident):
            return item  # type: ignore[no-any-return]
    raise ApiError(404, f"{what} {ident} not found on work order {doc.get('id')}")


def remove_item(
    doc: dict[str, Any], path: tuple[str, ...], ident: object, what: str, key: str = "id"
) -> dict[str, Any]:
    target = section(doc, *path)
    item = find_item(doc, path, ident, what, key)
    target["results"].remove(item)
    refresh(target)
    return item


# -- ids, users ---------------------------------------------------------------------------
def new_id(store: Store, kind: str, start: int = 100) -> int:
    return store.next_id(f"id:{kind}", start)


def user_ref(store: Store, user_id: int) -> dict[str, Any]:
    return user_ref_of(store.get("user", user_id), user_id)


def user_ref_of(user: Doc | None, user_id: int) -> dict[str, Any]:
    """:func:`user_ref` of a user document already read (None: no such user)."""
    if user is None:
        return {"id": user_id}
    return {
        k: user[k]
        for k in ("id", "first_name", "last_name", "email", "phone", "thumbnail")
        if user.get(k) is not None
    }


def provider(store: Store, provider_id: object, field: str = "body.user.id") -> dict[str, Any]:
    """A marketplace provider (providers are visible to every company), or a 422."""
    found = store.get("user", provider_id)
    if found is None or found.get("role") != "provider":
        raise ApiError(
            422,
            f"{field}: provider {provider_id} does not exist",
            [{"field": field, "message": "unknown provider"}],
        )
    return found


def acting_user(ctx: Context, *, providers: bool = False) -> dict[str, Any]:
    """The user a request acts for: ``acting_user_id`` (a user of the company, or also a
    marketplace provider when ``providers``), else the token's user; a 422 otherwise."""
    ident = ctx.query.get("acting_user_id")
    if ident is None:
        return ctx.store.get("user", ctx.user_id) or {"id": ctx.user_id, "role": "staff"}
    user = ctx.store.get("user", ident)
    allowed = user is not None and (
        user.get("company_id") == ctx.company_id or (providers and user.get("role") == "provider")
    )
    if not allowed:
        what = (
            "neither a user of this company nor a provider"
            if providers
            else "not a user of this company"
        )
        raise ApiError(
            422,
            f"acting_user_id: user {ident} is {what}",
            [{"field": "query.acting_user_id", "message": "unknown user"}],
        )
    return user  # type: ignore[return-value]


# -- work orders ----------------------------------------------------------------------------
def load_work_order(ctx: Context, ident: object | None = None) -> Doc:
    """The caller's work order named by the path (404 for another company's)."""
    wo_id = ctx.path.get("work_order_id") if ident is None else ident
    doc = ctx.store.get(WORK_ORDER, wo_id, ctx.company_id)
    if doc is None:
        raise ApiError(404, f"Work order {wo_id} not found")
    return doc


def save_work_order(ctx: Context, doc: Doc) -> Doc:
    doc["updated"] = date_obj(ctx.now)
    ctx.store.put(WORK_ORDER, doc["id"], ctx.company_id, doc)
    return doc


def status_name(doc: Doc) -> str:
    return str(doc["status"]["name"])


def ok(body: Any, status: int = 200) -> Reply:
    return Reply(status, body)


def created(body: Any) -> Reply:
    return Reply(201, body)


def no_content() -> Reply:
    return Reply(204, None)
