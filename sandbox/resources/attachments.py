"""Attachments: the work order's folders and the files in them.

Every work order has a ``Documents`` folder (client documents) and a ``Misc`` deliverables
folder; buyers add more. Folders live in the work order under ``attachments`` (newest first;
a folder that just received a file moves to the front, so the upload's links find the new file
at ``attachments/results/0/results/0``). Each file is a small document of kind
``attachment_file`` (child of the work order: name, MIME type, size and the key of its bytes);
the bytes themselves are a blob of the store, written in the same transaction and deleted with
the document. ``file.link`` points at ``/_sandbox/files/{attachment_id}/{name}`` (see
:func:`routes`). Sandboxes written before blobs kept the bytes base64-encoded in the document
(``content``); those still download.
"""

from __future__ import annotations

import base64
import mimetypes
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .. import jsoncodec
from ..errors import ApiError
from ..registry import Context, Reply, operation, seeder
from ..store import Store
from ._common import (
    WORK_ORDER,
    created,
    date_obj,
    load_work_order,
    new_id,
    ok,
    refresh,
    save_work_order,
    section,
    user_ref,
)
from .messages import acting_user

if TYPE_CHECKING:
    from starlette.routing import BaseRoute

    from ..app import Sandbox

PATH = ("attachments",)
FILE = "attachment_file"
DEFAULT_BASE = "http://127.0.0.1:8000"
SLOT_LIMITS = {"min_files": 0, "max_files": 999, "min_bytes": 1, "max_bytes": 104857600}


# -- folders ----------------------------------------------------------------------------------
def _folder(store: Store, name: str, kind: str, task_id: int = 0, **limits: Any) -> dict[str, Any]:
    folder: dict[str, Any] = {
        "id": new_id(store, "attachment_folder", 2270),
        "name": name,
        "type": kind,
        "task": {"id": task_id},
    }
    if kind == "slot":
        folder.update({**SLOT_LIMITS, **limits})
        folder["actions"] = ["edit", "delete", "upload"]
    else:
        folder["actions"] = ["upload"]
    folder.update({"metadata": {}, "results": []})
    refresh(folder)
    return folder


def ensure_folders(store: Store, doc: dict[str, Any]) -> bool:
    """Give the work order its Documents and Misc folders; True when they were just added."""
    if isinstance(doc.get("attachments"), dict) and doc["attachments"].get("results"):
        return False
    folders = section(doc, *PATH)
    folders["results"] = [_folder(store, "Misc", "slot"), _folder(store, "Documents", "document")]
    _recount(doc)
    return True


def _recount(doc: dict[str, Any]) -> None:
    folders = section(doc, *PATH)
    refresh(folders)
    for folder in folders["results"]:
        refresh(folder)
    pending = sum(
        1
        for f in folders["results"]
        if f.get("type") == "slot"
        for a in f["results"]
        if a.get("status") == "pending"
    )
    folders["sum"] = {"unreviewed": pending}
    folders["actions"] = ["add"]


def _load(ctx: Context) -> dict[str, Any]:
    doc = load_work_order(ctx)
    if ensure_folders(ctx.store, doc):
        ctx.store.put(WORK_ORDER, doc["id"], ctx.company_id, doc)
    return doc


def _find_folder(doc: dict[str, Any], folder_id: int) -> dict[str, Any]:
    for folder in section(doc, *PATH)["results"]:
        if folder["id"] == folder_id:
            return folder  # type: ignore[no-any-return]
    raise ApiError(404, f"Attachment folder {folder_id} not found on work order {doc['id']}")


def _find_file(doc: dict[str, Any], folder: dict[str, Any], attachment_id: int) -> dict[str, Any]:
    for item in folder["results"]:
        if item["id"] == attachment_id:
            return item  # type: ignore[no-any-return]
    raise ApiError(
        404,
        f"Attachment {attachment_id} not found in folder {folder['id']} of work order {doc['id']}",
    )


def _task(doc: dict[str, Any], task: dict[str, Any] | None, field: str) -> int:
    """A task reference of the work order (0 = none), or a 422."""
    task_id = int((task or {}).get("id", 0))
    if task_id and not any(
        str(t.get("id")) == str(task_id) for t in ((doc.get("tasks") or {}).get("results") or [])
    ):
        raise ApiError(
            422,
            f"{field}: task {task_id} is not a task of work order {doc['id']}",
            [{"field": f"body.{field}", "message": "unknown task"}],
        )
    return task_id


# -- files ------------------------------------------------------------------------------------
def _actions(folder: dict[str, Any], item: dict[str, Any]) -> list[str]:
    actions = ["view", "edit", "notes", "delete"]
    actions.append("make_private" if item.get("show_before_assignment") else "make_public")
    if folder.get("type") == "slot":
        actions += ["approve", "deny"] if item.get("status") == "pending" else ["reopen"]
    return actions


def _category(mime: str) -> str:
    if mime.startswith("image/"):
        return "image"
    if mime.startswith("video/"):
        return "video"
    return "document"


def store_file(
    store: Store,
    company_id: int,
    doc: dict[str, Any],
    folder: dict[str, Any],
    upload: dict[str, Any],
    meta: dict[str, Any],
    author: dict[str, Any],
    stamp: float,
    base_url: str,
    force: bool = False,
) -> dict[str, Any]:
    """Check the folder's limits, keep the bytes and add the file first in ``folder``.

    ``force`` (the Android client's ``force_upload=1``) stores the file even when the folder
    already holds its ``max_files``: our reading of an undocumented flag."""
    content: bytes = upload["content"]
    name = ((meta.get("file") or {}).get("name")) or upload["filename"] or "upload.bin"
    mime = upload.get("content_type") or ""
    if not mime or mime == "application/octet-stream":
        mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if folder.get("type") == "slot":
        full = len(folder["results"]) >= folder.get("max_files", SLOT_LIMITS["max_files"])
        if full and not force:
            raise ApiError(
                422,
                f"file: folder {folder['name']} already holds its maximum of {folder['max_files']} files",
                [{"field": "body.file", "message": "folder is full"}],
            )
        if len(content) < folder.get("min_bytes", 0):
            raise ApiError(
                422,
                f"file: {name} is {len(content)} bytes; folder {folder['name']} needs at least {folder['min_bytes']}",
                [{"field": "body.file", "message": "file too small"}],
            )
        if "max_bytes" in folder and len(content) > folder["max_bytes"]:
            raise ApiError(
                422,
                f"file: {name} is {len(content)} bytes; folder {folder['name']} accepts at most {folder['max_bytes']}",
                [{"field": "body.file", "message": "file too large"}],
            )
    ident = new_id(store, "attachment", 100)
    link = f"{base_url or DEFAULT_BASE}/_sandbox/files/{ident}/{quote(name)}"
    item: dict[str, Any] = {
        "id": ident,
        "folder_id": folder["id"],
        "file": {
            "name": name,
            "size": len(content),
            "mime": mime,
            "type": _category(mime),
            "link": link,
        },
        "notes": meta.get("notes", ""),
        "show_before_assignment": bool(
            meta.get("show_before_assignment", folder.get("type") == "document")
        ),
        "task": {"id": _task(doc, meta.get("task"), "attachment.task.id")},
        "author": author,
        "created": date_obj(stamp),
    }
    if folder.get("type") == "slot":
        item["status"] = "pending"
    item["actions"] = _actions(folder, item)
    with store.transaction():
        blob = store.put_blob(FILE, ident, content)
        store.put(
            FILE,
            ident,
            company_id,
            {
                "id": ident,
                "work_order_id": doc["id"],
                "folder_id": folder["id"],
                "name": name,
                "mime": mime,
                "size": len(content),
                "blob": blob,
            },
            parent=doc["id"],
            new=True,
        )
    folder["results"].insert(0, item)
    folders = section(doc, *PATH)["results"]
    folders.remove(folder)
    folders.insert(0, folder)
    _recount(doc)
    return item


def file_content(
    store: Store, company_id: int, attachment_id: object
) -> tuple[str, str, bytes] | None:
    """Name, MIME type and bytes of a stored file of the company, or None."""
    found = store.get(FILE, attachment_id, company_id)
    if found is None:
        return None
    if "blob" in found:
        content = store.get_blob(found["blob"])
        if content is None:
            return None
    else:  # written by a sandbox from before blobs
        content = base64.b64decode(found["content"])
    return found["name"], found["mime"], content


# -- operations -------------------------------------------------------------------------------
@operation("list_work_order_attachments")
def list_work_order_attachments(ctx: Context) -> Reply:
    return ok(_load(ctx)["attachments"])


@operation("create_attachment_folder")
def create_attachment_folder(ctx: Context) -> Reply:
    doc = _load(ctx)
    body = ctx.body
    name = body["name"].strip()
    if not name:
        raise ApiError(400, "name: must not be blank", [{"field": "body.name", "message": "blank"}])
    if any(f["name"].lower() == name.lower() for f in section(doc, *PATH)["results"]):
        raise ApiError(
            422,
            f"name: work order {doc['id']} already has a folder named {name}",
            [{"field": "body.name", "message": "duplicate folder name"}],
        )
    limits = {k: body[k] for k in ("min_files", "max_files") if k in body}
    if limits.get("min_files", 0) > limits.get("max_files", SLOT_LIMITS["max_files"]):
        raise ApiError(
            400,
            f"min_files ({limits['min_files']}) is greater than max_files ({limits.get('max_files', SLOT_LIMITS['max_files'])})",
            [{"field": "body.min_files", "message": "greater than max_files"}],
        )
    folder = _folder(
        ctx.store, name, body.get("type", "slot"), _task(doc, body.get("task"), "task.id"), **limits
    )
    section(doc, *PATH)["results"].insert(0, folder)
    _recount(doc)
    return created(save_work_order(ctx, doc))


@operation("create_work_order_attachment")
def create_work_order_attachment(ctx: Context) -> Reply:
    doc = _load(ctx)
    folder = _find_folder(doc, ctx.path["folder_id"])
    upload = ctx.files.get("file")
    if upload is None:
        raise ApiError(
            400,
            "file: the multipart part `file` must be a file upload",
            [{"field": "body.file", "message": "not a file part"}],
        )
    meta = dict(ctx.body.get("attachment") or {})
    if "notes" in ctx.body:
        meta["notes"] = ctx.body["notes"]
    author = user_ref(ctx.store, acting_user(ctx)["id"])
    force = str(ctx.body.get("force_upload", "0")).lower() in ("1", "true")
    store_file(
        ctx.store, ctx.company_id, doc, folder, upload, meta, author, ctx.now, ctx.base_url, force
    )
    return created(save_work_order(ctx, doc))


@operation("delete_work_order_attachment")
def delete_work_order_attachment(ctx: Context) -> Reply:
    doc = _load(ctx)
    folder = _find_folder(doc, ctx.path["folder_id"])
    item = _find_file(doc, folder, ctx.path["attachment_id"])
    folder["results"].remove(item)
    ctx.store.delete(FILE, item["id"])
    _recount(doc)
    return ok(save_work_order(ctx, doc))


@operation("update_work_order_attachment")
def update_work_order_attachment(ctx: Context) -> Reply:
    doc = _load(ctx)
    folder = _find_folder(doc, ctx.path["folder_id"])
    item = _find_file(doc, folder, ctx.path["attachment_id"])
    body = ctx.body
    if "notes" in body:
        item["notes"] = body["notes"]
    if "filename" in body:
        if not body["filename"].strip():
            raise ApiError(
                400, "filename: must not be blank", [{"field": "body.filename", "message": "blank"}]
            )
        item["file"]["name"] = body["filename"].strip()
    for key in ("show_before_assignment", "visible_to_provider"):
        if key in body:
            item["show_before_assignment"] = body[key]
    if "status" in body:
        status = body["status"].lower()
        if folder.get("type") != "slot":
            raise ApiError(
                409,
                f"Attachment {item['id']} is in document folder {folder['name']}; only deliverables (slot folders) are reviewed",
            )
        item["status"] = status
        for key in ("reviewer", "reviewed", "status_description"):
            item.pop(key, None)
        if status != "pending":
            item["reviewer"] = user_ref(ctx.store, acting_user(ctx)["id"])
            item["reviewed"] = date_obj(ctx.now)
    if "status_description" in body:
        if item.get("status") != "denied":
            raise ApiError(
                409,
                f"status_description: attachment {item['id']} is not denied; a reason goes with status denied",
            )
        item["status_description"] = body["status_description"]
    item["actions"] = _actions(folder, item)
    _recount(doc)
    return ok(save_work_order(ctx, doc))


# -- download and seed ------------------------------------------------------------------------
def routes(sandbox: Sandbox) -> list[BaseRoute]:
    """``GET /_sandbox/files/{attachment_id}/{name}``: the stored bytes (same token as the API)."""
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    from .. import auth

    async def download(request: Request) -> Response:

        try:
            _, company_id = auth.authenticate(
                sandbox.store,
                request.query_params.get("access_token"),
                request.headers.get("authorization"),
            )
            found = file_content(sandbox.store, company_id, request.path_params["attachment_id"])
            if found is None:
                raise ApiError(404, f"File {request.path_params['attachment_id']} not found")
        except ApiError as exc:
            return Response(
                jsoncodec.dumps(exc.body()), status_code=exc.status, media_type="application/json"
            )
        name, mime, content = found
        return Response(
            content,
            media_type=mime,
            headers={"Content-Disposition": f"inline; filename*=UTF-8''{quote(name)}"},
        )

    return [Route("/_sandbox/files/{attachment_id}/{name:path}", download, methods=["GET"])]


SEED_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
SEED_JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9")


@seeder(order=97)
def seed_attachments(store: Store, company: dict[str, Any]) -> None:
    """Folders on every work order, a scope document, and a site photo on finished work."""
    staff = user_ref(store, company["staff"][0]["id"])
    for doc in store.list(WORK_ORDER, company["id"]):
        ensure_folders(store, doc)
        now = time.time()
        docs_folder = next(f for f in doc["attachments"]["results"] if f["type"] == "document")
        pdf = {
            "filename": "scope_of_work.pdf",
            "content": SEED_PDF,
            "content_type": "application/pdf",
        }
        store_file(
            store,
            company["id"],
            doc,
            docs_folder,
            pdf,
            {"notes": "Scope of work", "show_before_assignment": True},
            staff,
            now,
            DEFAULT_BASE,
        )
        provider_id = ((doc.get("assignee") or {}).get("user") or {}).get("id")
        if provider_id and doc["status"]["name"] in ("Work Done", "Approved"):
            misc = next(f for f in doc["attachments"]["results"] if f["name"] == "Misc")
            photo = {
                "filename": "site_photo.jpg",
                "content": SEED_JPEG,
                "content_type": "image/jpeg",
            }
            item = store_file(
                store,
                company["id"],
                doc,
                misc,
                photo,
                {"notes": "Completed install"},
                user_ref(store, provider_id),
                now,
                DEFAULT_BASE,
            )
            if doc["status"]["name"] == "Approved":
                item.update({"status": "approved", "reviewer": staff, "reviewed": date_obj(now)})
                item["actions"] = _actions(misc, item)
                _recount(doc)
        store.put(WORK_ORDER, doc["id"], company["id"], doc)
