"""The sandbox-only helper operations as OpenAPI, for the playground's "Sandbox" section and the
contract walk.

The Client API has no operation for the provider's and the payer's part of a work order, so the
sandbox adds its own (``sandbox/resources/_simulate.py``). They are not Field Nation's and stay
out of the bundle (and so out of the generated client); this describes them where a person or a
test needs them, marked ``x-sandbox: true``.
"""

from __future__ import annotations

import copy
from typing import Any

TAG = "Sandbox"
TAG_DESCRIPTION = (
    "Helpers of the local sandbox only (x-sandbox), not part of Field Nation's API: they play "
    "the provider's and the payer's part so that a work order can be walked to Paid. Same "
    "token as the API. Lifecycle: create -> publish -> route -> assign -> **work done** -> "
    "approve -> **paid**."
)
HELPERS = {
    # operationId -> (path, summary, from status, to status, example: a seeded work order
    # in the "from" status)
    "sandbox_work_done": (
        "/_sandbox/workorders/{work_order_id}/work-done",
        "Mark the work done (as the provider)",
        "Assigned, Confirmed, On my way, Checked in or Checked out",
        "Work done",
        1004,
    ),
    "sandbox_paid": (
        "/_sandbox/workorders/{work_order_id}/paid",
        "Settle the payment (as the payer)",
        "Approved",
        "Paid",
        1006,
    ),
}


def _operation(
    operation_id: str, summary: str, before: str, after: str, example: int
) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "tags": [TAG],
        "summary": summary,
        "description": (
            f"Sandbox only: moves a work order that is {before} to **{after}**, as the other "
            "party would on Field Nation. Answers the updated work order; 409 from any other "
            "status."
        ),
        "x-sandbox": True,
        "parameters": [
            {
                "name": "work_order_id",
                "in": "path",
                "required": True,
                "schema": {"type": "integer", "minimum": 1},
                "example": example,
            }
        ],
        "responses": {
            "200": {
                "description": f"The work order, now {after}.",
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/WorkOrder"}}
                },
            },
            "400": {"$ref": "#/components/responses/BadRequest"},
            "401": {"$ref": "#/components/responses/Unauthorized"},
            "404": {"$ref": "#/components/responses/NotFound"},
            "409": {"$ref": "#/components/responses/Conflict"},
        },
    }


def with_helpers(document: dict[str, Any], server_url: str | None = None) -> dict[str, Any]:
    """A copy of the bundle with the helper operations in their own "Sandbox" section (they
    use the bundle's security, error responses and ``WorkOrder`` schema).

    ``server_url`` is the sandbox's origin: the helpers live at its root, not under the API's
    base path, so they carry their own server.
    """
    doc = copy.deepcopy(document)
    known = {s["name"] for s in doc.get("tags", [])}
    if TAG not in known:
        doc.setdefault("tags", []).append(
            {"name": TAG, "description": TAG_DESCRIPTION, "x-sandbox": True}
        )
    for operation_id, (path, *about) in HELPERS.items():
        item: dict[str, Any] = {"post": _operation(operation_id, *about)}
        if server_url:
            item["servers"] = [{"url": server_url, "description": "This sandbox"}]
        doc["paths"][path] = item
    return doc
