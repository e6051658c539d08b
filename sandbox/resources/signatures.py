"""Work-order signatures: list, add, get, remove (the generic section calls).

Signatures live in the work order at ``signatures`` (newest first). The image arrives as
base64 in ``data`` with its ``format``, or as a ``data:`` URL in ``signature`` (guide
spelling); ``hash`` is the MD5 of the image bytes. A signature may name the "Collect
signature" task of the work order it completes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from typing import Any

from .. import lifecycle
from ..errors import ApiError
from ..registry import Context, seeder
from ..store import Store
from ._common import date_obj, new_id, section, user_ref
from ._section import Section, register
from ._seeding import first_work_order, seed_call
from .location import time_zone

PATH = ("signatures",)
SIGNATURE_TASK = 11
DATA_URL = re.compile(
    r"^data:(?P<format>[\w.+-]+/[\w.+-]+)?(?P<b64>;base64)?,(?P<data>.*)$", re.DOTALL
)


def _image(body: dict[str, Any]) -> tuple[str, str, bytes]:
    """``(format, data, bytes)`` of the image sent as ``data`` or as a ``signature`` data URL."""
    field = "body.data" if "data" in body else "body.signature"
    raw = body["data"] if "data" in body else body["signature"]
    fmt = body.get("format") or ""
    match = DATA_URL.match(raw)
    if match:
        fmt = fmt or match["format"] or "image/png"
        raw = match["data"]
        encoded = bool(match["b64"])
    else:
        fmt = fmt or "image/png"
        encoded = "svg" not in fmt.lower()
    if not raw.strip():
        raise ApiError(
            400, f"{field}: the image is empty", [{"field": field, "message": "empty image"}]
        )
    if not encoded:
        return fmt, raw, raw.encode()
    raw = "".join(raw.split())  # base64 wrapped over several lines
    try:
        content = base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        raise ApiError(
            400,
            f"{field}: the image is not valid base64",
            [{"field": field, "message": "not base64"}],
        ) from None
    if not content:
        raise ApiError(
            400, f"{field}: the image is empty", [{"field": field, "message": "empty image"}]
        )
    return fmt, raw, content


def _signatures(doc: dict[str, Any]) -> dict[str, Any]:
    found = section(doc, *PATH)
    found["actions"] = ["add"]
    return found


def _task(doc: dict[str, Any], body: dict[str, Any]) -> dict[str, int]:
    """The "Collect signature" task of the work order named by ``task.id``, or a 422."""
    task_id = body["task"]["id"]
    task = next(
        (t for t in (doc.get("tasks") or {}).get("results", []) if t.get("id") == task_id), None
    )
    if task is None:
        raise ApiError(
            422,
            f"task.id: task {task_id} does not exist on work order {doc['id']}",
            [{"field": "body.task.id", "message": "unknown task"}],
        )
    if (task.get("type") or {}).get("id") != SIGNATURE_TASK:
        raise ApiError(
            422,
            f"task.id: task {task_id} is not a 'Collect signature' task",
            [{"field": "body.task.id", "message": "not a signature task"}],
        )
    return {"id": task_id}


def _build(ctx: Context, doc: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    fmt, data, content = _image(body)
    signature: dict[str, Any] = {
        "id": new_id(ctx.store, "signature", 4401),
        "name": body["name"],
        "format": fmt,
        "data": data,
        "hash": hashlib.md5(content, usedforsecurity=False).hexdigest(),
        "author": user_ref(ctx.store, ctx.user_id),
        "created": date_obj(ctx.now),
        "time_zone": time_zone(doc.get("location"), ctx.now),
        "actions": ["delete"],
    }
    if "closing_notes" in body:
        signature["closing_notes"] = body["closing_notes"]
    if "task" in body:
        signature["task"] = _task(doc, body)
    return signature


SIGNATURES = register(
    Section(
        path=PATH,
        name="signature",
        calls=("list", "create", "get", "delete"),
        what="Signature",
        id_param="signature_id",
        sync=lambda _ctx, doc: _signatures(doc),
        build=_build,
    )
)


@seeder(order=98)
def seed_signatures(store: Store, company: dict[str, Any]) -> None:
    """The site manager's signature on the first work-done work order."""
    doc = first_work_order(store, company, lifecycle.WORK_DONE)
    if doc is not None:
        body = {
            "name": "Jordan Blake",
            "format": "image/png",
            "data": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
        }
        seed_call(store, company, doc, "create_work_order_signature", body, after=7200)
