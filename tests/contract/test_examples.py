"""Every operation's example request works on a freshly seeded sandbox.

What a person gets from "Try it out" in the playground without typing anything: the path and
query parameters that carry an example (Swagger UI fills in every one) and the example body,
sent to one fresh sandbox in a sensible order: reads first, then creates and updates, then the
work-order transitions in lifecycle order, then the deletes, sub-resources before what holds
them (so that no example removes what a later one names; some name what an earlier one
creates, e.g. a bundle). A transition's example names a work order seeded in the state it
applies to, and several name the same one, so each transition starts from its own freshly
seeded sandbox. Each must answer 2xx with a body that matches its schema.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import pytest
from starlette.testclient import TestClient

from sandbox.app import create_app
from sandbox.helpers_spec import HELPERS
from sandbox.spec import Spec
from tests.sandbox.conftest import Api, validate_response

SPEC = Spec()
LIFECYCLE = [
    # transitions, in the order a work order goes through them; the undo of each right after
    "publish_work_order",
    "unpublish_work_order",
    "route_work_order",
    "mass_route_work_order",
    "unroute_work_order",
    "revert_work_order_to_draft",
    "assign_work_order",
    "acknowledge_provider_delay",
    "unassign_work_order_provider",
    "unassign_work_order",
    "complete_work_order",
    "incomplete_work_order",
    "approve_work_order",
]


def _example(node: dict[str, Any]) -> Any:
    if "example" in node:
        return node["example"]
    for item in (node.get("examples") or {}).values():
        item = SPEC.deref(item)
        if "value" in item:
            return item["value"]
    schema = SPEC.deref(node.get("schema") or {})
    return schema.get("example")


def request_of(operation_id: str) -> dict[str, Any]:
    """The request Swagger UI sends for an operation as pre-filled from the spec."""
    op = SPEC.operations[operation_id]
    path_item = SPEC.document["paths"][op.path]
    path: dict[str, Any] = {}
    query: dict[str, Any] = {}
    for raw in [*(path_item.get("parameters") or []), *(op.raw.get("parameters") or [])]:
        param = SPEC.deref(raw)
        value = _example(param)
        if value is None:
            continue
        if param["in"] == "path":
            path[param["name"]] = value
        elif param["in"] == "query":
            query[param["name"]] = value
    out: dict[str, Any] = {"path": path, "query": query}
    body = SPEC.deref(op.raw.get("requestBody") or {})
    content = body.get("content") or {}
    for media, node in content.items():
        example = _example(node)
        if example is None:
            continue
        if "json" in media:
            out["json"] = example
        elif media == "multipart/form-data":
            schema = SPEC.deref(node.get("schema") or {})
            binary = {
                name
                for name, prop in (schema.get("properties") or {}).items()
                if SPEC.deref(prop).get("format") == "binary"
                or SPEC.deref(prop).get("contentMediaType")
            }
            out["files"] = {
                name: (f"{name}.txt", b"example file\n", "text/plain") for name in binary
            }
            out["data"] = {
                k: v if isinstance(v, str) else json.dumps(v)
                for k, v in example.items()
                if k not in binary
            }
        break
    return out


def order(operation_id: str) -> tuple[int, int, str]:
    op = SPEC.operations[operation_id]
    if operation_id == "generate_access_token":
        return (0, 0, operation_id)
    if operation_id in LIFECYCLE:
        return (3, LIFECYCLE.index(operation_id), operation_id)
    if op.method.lower() == "delete":
        # a sub-resource before the resource that holds it
        return (4, -op.path.count("/"), operation_id)
    rank = {"get": 1, "post": 2, "put": 2, "patch": 2}[op.method.lower()]
    return (rank, op.seed, operation_id)


ORDERED = sorted(SPEC.operations, key=order)


@contextmanager
def fresh_sandbox() -> Iterator[Api]:
    with TestClient(create_app(":memory:"), base_url="http://127.0.0.1:8000") as client:
        api = Api(client)
        api.login()
        yield api


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Api]:
    """One sandbox for the whole sequence."""
    with fresh_sandbox() as api:
        yield api


@pytest.mark.parametrize("operation_id", ORDERED)
def test_example_request_answers_2xx(sandbox: Api, operation_id: str) -> None:
    req = request_of(operation_id)
    with ExitStack() as stack:
        # a transition's example names a work order seeded in the state it applies to, and
        # several name the same one (unpublish and revert both take a published one): each
        # starts from the seeded state
        api = stack.enter_context(fresh_sandbox()) if operation_id in LIFECYCLE else sandbox
        response = api.call(
            operation_id,
            path=req["path"],
            query=req["query"],
            json=req.get("json"),
            data=req.get("data"),
            files=req.get("files"),
            auth=operation_id != "generate_access_token",
        )
    assert 200 <= response.status_code < 300, (
        f"{operation_id} example: {response.status_code} {response.text[:400]}\nrequest: {req}"
    )
    validate_response(operation_id, response)


def test_the_order_is_total_and_sensible() -> None:
    """Reads before writes, the lifecycle in its order, deletes last; nothing left out."""
    assert set(ORDERED) == set(SPEC.operations) and len(ORDERED) == 155
    ranks = [order(o)[0] for o in ORDERED]
    assert ranks == sorted(ranks)
    assert ORDERED.index("publish_work_order") < ORDERED.index("assign_work_order")
    assert ORDERED.index("assign_work_order") < ORDERED.index("approve_work_order")
    assert all(SPEC.operations[o].method.lower() == "delete" for o in ORDERED if order(o)[0] == 4)


@pytest.mark.parametrize("operation_id", sorted(HELPERS))
def test_sandbox_helper_examples_answer_2xx(operation_id: str) -> None:
    """The playground's Sandbox section is pre-filled too: each helper's example names a
    seeded work order in the status it moves on from."""
    from sandbox.helpers_spec import with_helpers

    path, *_, after, _example = HELPERS[operation_id]
    op = with_helpers(SPEC.document)["paths"][path]["post"]
    assert op["operationId"] == operation_id
    url = path.format(work_order_id=op["parameters"][0]["example"])
    with fresh_sandbox() as api:
        answer = api.client.post(url, params={"access_token": api.token})
    assert answer.status_code == 200, f"{operation_id} example: {answer.text[:300]}"
    assert answer.json()["status"]["name"].lower() == after.lower()
