"""The diff engine on the real bundle and on the schema shapes the fixtures do not cover."""

from __future__ import annotations

import copy
import json
import time
from typing import Any

from generator import paths
from generator.changelog import entries, render
from generator.diff import Bump, diff, required_bump


def bundle() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(paths.BUNDLE.read_text(encoding="utf-8"))
    return document


def kinds(base: dict[str, Any], head: dict[str, Any]) -> list[tuple[str, str, str]]:
    return sorted((c.kind, c.operation, c.where) for c in diff(base, head))


def test_the_bundle_against_itself_is_no_change_and_fast() -> None:
    doc = bundle()
    started = time.perf_counter()
    assert diff(doc, copy.deepcopy(doc)) == []
    assert time.perf_counter() - started < 2


def test_a_shared_schema_change_is_reported_at_every_operation_using_it() -> None:
    base = bundle()
    head = copy.deepcopy(base)
    del head["components"]["schemas"]["WorkOrder"]["properties"]["title"]
    changes = diff(base, head)
    assert {c.kind for c in changes} == {"response-property-removed"}
    assert len({c.operation for c in changes}) >= 10
    assert any(
        c.operation == "GET /workorders" and c.where.endswith("`results[].title`") for c in changes
    )
    assert all("`WorkOrder`" in c.detail for c in changes)
    assert required_bump(changes) is Bump.MAJOR


def test_info_version_alone_is_no_change() -> None:
    base = bundle()
    head = copy.deepcopy(base)
    head["info"]["version"] = "9.9.9"
    assert diff(base, head) == []


def _doc(request: dict[str, Any], response: dict[str, Any], **components: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1.0.0"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "create_thing",
                    "requestBody": {"content": {"application/json": {"schema": request}}},
                    "responses": {
                        200: {
                            "description": "ok",
                            "content": {"application/json": {"schema": response}},
                        }
                    },
                }
            }
        },
        "components": {"schemas": components},
    }


def test_recursive_schemas_terminate() -> None:
    node = {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "replies": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
        },
    }
    head_node = copy.deepcopy(node)
    head_node["properties"]["id"]["type"] = "string"
    ref = {"$ref": "#/components/schemas/Node"}
    found = kinds(_doc(ref, ref, Node=node), _doc(ref, ref, Node=head_node))
    assert (
        "response-type-changed",
        "POST /things",
        "response 200 (application/json) `id`",
    ) in found
    assert ("request-type-changed", "POST /things", "request body (application/json) `id`") in found


def test_write_only_fields_are_not_in_responses_and_all_of_is_merged() -> None:
    def thing(extra: dict[str, Any]) -> dict[str, Any]:
        return {
            "allOf": [
                {"$ref": "#/components/schemas/Base"},
                {
                    "type": "object",
                    "properties": {"secret": {"type": "string", "writeOnly": True, **extra}},
                },
            ]
        }

    base_schema = {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}}
    head_schema = {"type": "object", "properties": {"id": {"type": "integer"}}}
    base = _doc(thing({}), thing({}), Base=base_schema)
    head = _doc(thing({"maxLength": 10}), thing({"maxLength": 10}), Base=head_schema)
    assert kinds(base, head) == [
        (
            "request-constraint-tightened",
            "POST /things",
            "request body (application/json) `secret`",
        ),
        (
            "request-property-became-optional",
            "POST /things",
            "request body (application/json) `id`",
        ),
        (
            "response-property-became-optional",
            "POST /things",
            "response 200 (application/json) `id`",
        ),
    ]


def test_nullable_keyword_and_format_widening() -> None:
    base = _doc({"type": "integer", "format": "int32"}, {"type": "string"})
    head = _doc({"type": "integer", "format": "int64"}, {"type": "string", "nullable": True})
    assert kinds(base, head) == [
        ("request-format-widened", "POST /things", "request body (application/json)"),
        ("response-type-widened", "POST /things", "response 200 (application/json)"),
    ]


def test_changelog_groups_operations_and_states_the_bump() -> None:
    base = _doc({"type": "string"}, {"type": "string", "enum": ["a"]})
    head = _doc({"type": "string"}, {"type": "string", "enum": ["a", "b"]})
    text = render(diff(base, head), "fieldnation-client 1.1.0.1 (spec 1.1.0)", "`client-v1.0.0.1`")
    assert text.startswith("## fieldnation-client 1.1.0.1 (spec 1.1.0)\n")
    assert "Required version bump: **major** (1 breaking" in text
    assert "### Breaking changes" in text
    assert (
        '- **response enum value added**: `client.default.create_thing` (`POST /things`), response 200 (application/json): added `"b"`'
        in text
    )
    assert "No changes to the API" in render([], "h", "x")


def _reaches(doc: dict[str, Any], node: Any, target: str, seen: set[str]) -> bool:
    """Whether ``node`` refers to the component ``target``, directly or through others."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            name = ref.rsplit("/", 1)[-1]
            if name == target:
                return True
            if ref not in seen:
                seen.add(ref)
                section = ref.split("/")[2]
                if _reaches(doc, doc["components"][section][name], target, seen):
                    return True
        return any(_reaches(doc, v, target, seen) for v in node.values())
    if isinstance(node, list):
        return any(_reaches(doc, v, target, seen) for v in node)
    return False


def test_a_shared_schema_edit_is_one_entry_naming_every_operation_it_reaches() -> None:
    """The ListMetadata case: one optional field removed is one changelog entry that names
    each operation whose responses carry it (96 when this was written)."""
    base = bundle()
    schema = base["components"]["schemas"]["ListMetadata"]
    optional = [p for p in schema["properties"] if p not in schema.get("required", [])]
    head = copy.deepcopy(base)
    del head["components"]["schemas"]["ListMetadata"]["properties"][optional[0]]
    reached = {
        f"{method.upper()} {path}"
        for path, item in base["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict)
        and "responses" in op
        and _reaches(base, op["responses"], "ListMetadata", set())
    }
    changes = diff(base, head)
    assert {c.kind for c in changes} == {"response-property-removed"}
    grouped = entries(changes)
    assert len(grouped) == 1
    assert set(grouped[0].operations) == reached and len(reached) > 1
    text = render(changes, "h", "x", head)
    assert text.count("- **response field removed**") == 1
    assert f"`ListMetadata.{optional[0]}` (schema `ListMetadata`" in text
    assert f"reaches {len(reached)} operation(s)" in text
    assert all(f"(`{op}`)" in text for op in reached)
    assert len(text) < 200 * len(reached)
