"""The link walk's pieces that need no server: link expressions, chains, valid references."""

from __future__ import annotations

import pytest

from contract import references
from contract.walk import Result, Step, evaluate


def test_link_expressions_read_the_request_and_the_answer() -> None:
    request = {"path": {"work_order_id": 1001}, "query": {"list": "x"}, "body": {"user": {"id": 9}}}
    response = {"body": {"id": 7, "contacts": {"results": [{"id": 42}]}}}
    assert evaluate("$response.body#/id", request, response) == 7
    assert evaluate("$response.body#/contacts/results/0/id", request, response) == 42
    assert evaluate("$response.body#/contacts/results/5/id", request, response) is None
    assert evaluate("$request.path.work_order_id", request, response) == 1001
    assert evaluate("$request.query.list", request, response) == "x"
    assert evaluate("$request.body#/user/id", request, response) == 9
    assert evaluate({"id": "$response.body#/id"}, request, response) == {"id": 7}
    assert evaluate("literal", request, response) == "literal"


def test_the_longest_chain_counts_only_applied_steps() -> None:
    result = Result()
    result.steps = [
        Step(0, "create_work_order", "POST /workorders", 201),
        Step(1, "publish_work_order", "POST /workorders/{id}/publish", 200, parent=0, link="a"),
        Step(2, "route_work_order", "POST /workorders/{id}/route", 422, parent=1, link="b"),
        Step(3, "get_work_order", "GET /workorders/{id}", 200, parent=0, link="c"),
    ]
    assert [s.index for s in result.longest_chain()] == [0, 1]
    result.steps[1].failures.append("response_schema_conformance")
    assert [s.index for s in result.longest_chain()] == [0, 3]
    assert result.failed == [result.steps[1]]


def test_references_come_from_the_target(monkeypatch: pytest.MonkeyPatch) -> None:
    lists = {"/projects": (2201, 2202), "/types-of-work": (62,), "/clients": ()}
    monkeypatch.setattr(references, "valid_ids", lambda path: lists.get(path, ()))
    monkeypatch.setenv("CONTRACT_PROVIDER_IDS", "9001,9002")
    body = {
        "title": "x",
        "project": {"id": 5},
        "client": {"id": 6},
        "types_of_work": [{"id": 1, "isPrimary": True}],
    }
    out = references.with_valid_references("create_work_order", body)
    assert out["project"]["id"] in (2201, 2202)
    assert "client" not in out  # no client exists to name: the optional reference goes
    assert out["types_of_work"] == [{"id": 62, "isPrimary": True}]
    assert out["title"] == "x" and body["project"] == {"id": 5}  # a copy, input untouched
    assert references.with_valid_references("create_work_order", body) == out  # reproducible
    routed = references.with_valid_references("route_work_order", {"user": {"id": 3}})
    assert routed["user"]["id"] in (9001, 9002)
    # other operations keep their generated values
    assert references.with_valid_references("create_client", {"name": "n"}) == {"name": "n"}


def test_the_acting_user_exists(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(references, "valid_ids", lambda path: (7001, 7002))
    out = references.with_valid_query({"acting_user_id": 4711, "page": 2})
    assert out["acting_user_id"] in (7001, 7002) and out["page"] == 2
