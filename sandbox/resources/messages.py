"""Messages: the threads posted on a work order, their replies, and who was told.

Each thread is its own document (kind ``message``, child of the work order) holding its
replies oldest first; threads are listed newest first. The work order itself only carries the
count (``messages.metadata.total``), as the spec describes the embedded list.
"""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..registry import Context, Reply, operation, seeder
from ..store import Store
from ._common import (
    WORK_ORDER,
    date_obj,
    envelope,
    load_work_order,
    new_id,
    page_args,
    parse_time,
    save_work_order,
    user_ref,
)
from ._common import acting_user as shared_acting_user

MESSAGE = "message"
PROVIDER_TYPES = ("FROMTECH", "TECHTOMANAGER")
"""Audiences only a provider can write to (the sender must be the assignee)."""


# -- people ----------------------------------------------------------------------------------
def acting_user(ctx: Context) -> dict[str, Any]:
    """Messages, files and time logs may be written for a provider too."""
    return shared_acting_user(ctx, providers=True)


def assignee_id(doc: dict[str, Any]) -> int | None:
    user = (doc.get("assignee") or {}).get("user") or {}
    return user.get("id")


def _person(store: Store, user: dict[str, Any]) -> dict[str, Any]:
    ref = user_ref(store, user["id"])
    name = " ".join(p for p in (ref.get("first_name"), ref.get("last_name")) if p)
    out: dict[str, Any] = {
        "id": ref["id"],
        "role": "provider" if user.get("role") == "provider" else "buyer",
    }
    if name:
        out["name"] = name
    for key in ("first_name", "last_name", "thumbnail"):
        if ref.get(key):
            out[key] = ref[key]
    return out


# -- threads --------------------------------------------------------------------------------
def threads(store: Store, company_id: int, wo_id: int) -> list[dict[str, Any]]:
    """The work order's threads, newest first."""
    found = store.list(MESSAGE, company_id, parent=wo_id)
    return sorted(found, key=lambda m: int(m["msg_id"]), reverse=True)


def _count(store: Store, company_id: int, doc: dict[str, Any]) -> None:
    total = len(threads(store, company_id, doc["id"]))
    doc["messages"] = {
        "metadata": {"total": total, "page": 1, "pages": 1 if total else 0, "per_page": 25},
        "results": [],
        "actions": ["add"],
    }


def _message(
    store: Store, msg_id: int, sender: dict[str, Any], text: str, stamp: float, **extra: Any
) -> dict[str, Any]:
    return {
        "msg_id": msg_id,
        "parent_id": None,
        "message": text,
        "from": _person(store, sender),
        "created": date_obj(stamp),
        "read": False,
        "archived": False,
        "replies": [],
        "actions": ["reply"],
        **extra,
    }


def post_message(
    store: Store,
    company_id: int,
    doc: dict[str, Any],
    sender: dict[str, Any],
    body: dict[str, Any],
    stamp: float,
) -> dict[str, Any]:
    """Validate the audience of a new message and store the thread (the work order is not saved)."""
    kind = body.get("type") or ("ASSIGNEDTECH" if assignee_id(doc) else "INTERNAL")
    extra: dict[str, Any] = {"role": kind}
    assigned = assignee_id(doc)
    if kind == "ASSIGNEDTECH" and assigned is None:
        raise ApiError(
            422,
            f"type: work order {doc['id']} has no assigned provider to message",
            [{"field": "body.type", "message": "no assigned provider"}],
        )
    if kind in PROVIDER_TYPES and (sender.get("role") != "provider" or sender["id"] != assigned):
        raise ApiError(
            422,
            f"type: {kind} messages are written by the assigned provider (pass acting_user_id)",
            [{"field": "body.type", "message": "sender is not the assigned provider"}],
        )
    to = body.get("to")
    if kind == "SPECIFICTECH" and not to:
        raise ApiError(
            400,
            "to.id is required when type is SPECIFICTECH",
            [{"field": "body.to.id", "message": "required for SPECIFICTECH"}],
        )
    if kind in ("ASSIGNEDTECH", "FROMTECH", "TECHTOMANAGER") and not to:
        to = {"id": assigned} if kind == "ASSIGNEDTECH" else None
    if to:
        recipient = store.get("user", to["id"])
        if recipient is None or (
            recipient.get("role") != "provider" and recipient.get("company_id") != company_id
        ):
            raise ApiError(
                422,
                f"to.id: user {to['id']} does not exist",
                [{"field": "body.to.id", "message": "unknown recipient"}],
            )
        extra["to"] = _person(store, recipient)
    notified = []
    for i, uid in enumerate(body.get("notify") or []):
        user = store.get("user", uid, company_id)
        if user is None:
            raise ApiError(
                422,
                f"notify[{i}]: user {uid} is not a user of this company",
                [{"field": f"body.notify.{i}", "message": "unknown user"}],
            )
        notified.append(f"{user['first_name']} {user['last_name']}")
    if notified:
        extra["sharedText"] = "Notified: " + ", ".join(notified)
    msg = _message(store, new_id(store, MESSAGE, 600), sender, body["message"], stamp, **extra)
    store.put(MESSAGE, msg["msg_id"], company_id, msg, parent=doc["id"])
    _count(store, company_id, doc)
    return msg


def _listing(ctx: Context, wo_id: int, status: int = 200) -> Reply:
    items = threads(ctx.store, ctx.company_id, wo_id)
    archived = ctx.query.get("archived")
    if archived is not None:
        items = [m for m in items if bool(m.get("archived")) == archived]
    page, per_page = page_args(ctx)
    body = envelope(items, page, per_page)
    body["actions"] = ["add"]
    if archived is not None:
        body["params"] = [f"archived={'true' if archived else 'false'}"]
    return Reply(status, body)


@operation("list_work_order_messages")
def list_work_order_messages(ctx: Context) -> Reply:
    return _listing(ctx, load_work_order(ctx)["id"])


@operation("create_work_order_message")
def create_work_order_message(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    post_message(ctx.store, ctx.company_id, doc, acting_user(ctx), ctx.body, ctx.now)
    save_work_order(ctx, doc)
    return _listing(ctx, doc["id"], 201)


@operation("reply_to_work_order_message")
def reply_to_work_order_message(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    target = ctx.path["message_id"]
    thread = next(
        (
            t
            for t in threads(ctx.store, ctx.company_id, doc["id"])
            if t["msg_id"] == target or any(r["msg_id"] == target for r in t["replies"])
        ),
        None,
    )
    if thread is None:
        raise ApiError(404, f"Message {target} not found on work order {doc['id']}")
    if ctx.body.get("problem_reopened") and not thread.get("problem"):
        raise ApiError(
            422,
            f"problem_reopened: message {target} does not belong to a reported problem",
            [{"field": "body.problem_reopened", "message": "no problem to reopen"}],
        )
    sender = acting_user(ctx)
    reply = _message(
        ctx.store,
        new_id(ctx.store, MESSAGE, 600),
        sender,
        ctx.body["message"],
        ctx.now,
        role="REPLY",
    )
    reply["parent_id"] = target
    reply.pop("replies")
    thread["replies"].append(reply)
    if sender["id"] != thread["from"]["id"]:
        thread["read"] = True  # answering a thread means it was read
    ctx.store.put(MESSAGE, thread["msg_id"], ctx.company_id, thread, parent=doc["id"])
    save_work_order(ctx, doc)
    return _listing(ctx, doc["id"], 201)


@seeder(order=96)
def seed_messages(store: Store, company: dict[str, Any]) -> None:
    """A conversation with the assigned provider, and an archived internal note."""
    staff = store.get("user", company["staff"][0]["id"])
    assert staff is not None
    for doc in store.list(WORK_ORDER, company["id"]):
        provider_id = assignee_id(doc)
        if provider_id is None or doc["status"]["name"] != "Assigned":
            continue
        provider = store.get("user", provider_id)
        assert provider is not None
        base = parse_time(doc["created"]["utc"])
        note = post_message(
            store,
            company["id"],
            doc,
            staff,
            {
                "message": "Customer asked us to double-check the site contact before dispatch.",
                "type": "INTERNAL",
            },
            base + 60,
        )
        note["archived"] = True
        note["read"] = True
        store.put(MESSAGE, note["msg_id"], company["id"], note, parent=doc["id"])
        thread = post_message(
            store,
            company["id"],
            doc,
            staff,
            {
                "message": "Please use the side entrance and sign in at the front desk.",
                "type": "ASSIGNEDTECH",
            },
            base + 120,
        )
        reply = _message(
            store,
            new_id(store, MESSAGE, 600),
            provider,
            "Understood, I will be there at 9.",
            base + 180,
            role="REPLY",
            parent_id=thread["msg_id"],
            read=True,
        )
        reply.pop("replies")
        thread["replies"].append(reply)
        thread["read"] = True
        store.put(MESSAGE, thread["msg_id"], company["id"], thread, parent=doc["id"])
        store.put(WORK_ORDER, doc["id"], company["id"], doc)
