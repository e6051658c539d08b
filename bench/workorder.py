"""A realistic full work order, made through the API of a running sandbox.

Decode benchmarks are only as honest as their input: a seeded stub decodes faster than what a
user gets back. So we create a work order with the spec's own request examples (the same
bodies the docs show) and fill every section the API lets a client fill (location, schedule,
pay, contacts, tasks, messages, shipments, tags, qualifications, attachment folders, an
assignment, time logs, expenses, problems, a signature), then GET it. The list page repeats
that work order ``size`` times under the list envelope, ids changed.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import httpx

from .servers import API, BUNDLE

STEPS: list[tuple[str, str | None]] = [
    ("update_work_order_location", "custom"),
    ("update_work_order_schedule", "between"),
    ("update_work_order_pay", "hourly"),
    ("create_work_order_contact", None),
    ("create_work_order_contact", None),
    ("create_work_order_task", None),
    ("create_work_order_task", None),
    ("create_work_order_task", None),
    ("create_work_order_qualification", None),
    ("create_attachment_folder", "deliverables"),
    ("create_work_order_shipment", None),
    ("create_work_order_tag", None),
    ("create_work_order_message", "internal_note"),
    ("publish_work_order", None),
    ("route_work_order", None),
    ("assign_work_order", None),
    ("create_work_order_message", "to_assigned_provider"),
    ("create_work_order_time_log", "full_log"),
    ("create_work_order_expense", None),
    ("create_work_order_problem", None),
    ("create_work_order_signature", "playground"),
]
"""(operationId, example name) in an order the lifecycle allows."""


@cache
def _operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    doc = json.loads(BUNDLE.read_text(encoding="utf-8"))
    ops = {}
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                ops[op["operationId"]] = (method.upper(), path, op)
    return ops


def example(operation_id: str, name: str | None = None) -> Any:
    """The request body example of an operation (a named one when there are several)."""
    _, _, op = _operations()[operation_id]
    media = (op.get("requestBody") or {}).get("content", {}).get("application/json") or {}
    if "example" in media:
        return media["example"]
    examples = media.get("examples") or {}
    if not examples:
        return None
    chosen = examples[name] if name else next(iter(examples.values()))
    return chosen["value"]


def call(http: httpx.Client, operation_id: str, wo: int, body: Any = None) -> httpx.Response:
    method, path, _ = _operations()[operation_id]
    url = API + path.replace("{work_order_id}", str(wo))
    return http.request(method, url, json=body)


def send(http: httpx.Client, operation_id: str, wo: int, body: Any) -> httpx.Response:
    """Call with the example body; a field the seeded sandbox does not know (the examples name
    ids of the real API: project 55, template 88...) is dropped and the call made again."""
    for _ in range(6):
        response = call(http, operation_id, wo, body)
        if response.status_code != 422 or not isinstance(body, dict):
            return response
        fields = [e.get("field", "") for e in response.json().get("errors") or []]
        top = {f.split(".")[1] for f in fields if f.startswith("body.") and f.count(".") >= 1}
        if not top & set(body):
            return response
        body = {k: v for k, v in body.items() if k not in top}
    return response


def full_work_order(base: str, token: str) -> tuple[dict[str, Any], list[str]]:
    """Create and fill a work order; returns its GET body and the steps the sandbox refused."""
    refused = []
    with httpx.Client(base_url=base, params={"access_token": token}, timeout=30) as http:
        created = send(http, "create_work_order", 0, example("create_work_order"))
        created.raise_for_status()
        wo = int(created.json()["id"])
        for operation_id, name in STEPS:
            response = send(http, operation_id, wo, example(operation_id, name))
            if response.status_code >= 400:
                refused.append(f"{operation_id} ({response.status_code}: {response.text[:120]})")
        got = http.get(f"{API}/workorders/{wo}")
        got.raise_for_status()
        return got.json(), refused


def list_page(work_order: dict[str, Any], size: int = 100) -> dict[str, Any]:
    """A ``WorkOrderList`` page of ``size`` copies of ``work_order`` (distinct ids)."""
    results = []
    for i in range(size):
        item = json.loads(json.dumps(work_order))
        item["id"] = item["work_order_id"] = work_order["id"] + i
        results.append(item)
    metadata = {"total": size, "page": 1, "pages": 1, "per_page": size, "list": "workorders_all"}
    return {"metadata": metadata, "results": results}
