"""Examples shown on Field Nation's own pages are accepted by our spec and by our client.

Each file in tests/fixtures/documented/ is one documented example:
``{"source": url, "operation_id": ..., "kind": "request"|"response", "status": 200 (responses),
"media_type": "application/json", "body": ..., "parameters": {...} (optional), "note": ...,
"placeholders": ["string_value", ...] (optional)}``.
A request body must validate against the operation's request schema, a response body against
the schema of that status, and every parameter value against its parameter's schema; the
generated client must decode every response (and build every request model) without raising.
``placeholders`` lists values the page shows in place of a real value (the 2026-02-09
playground's generated samples put ``"string_value"`` even in timestamp fields, ``"Sample Name"``
in every name and ``123`` in every id): a validation error whose instance is exactly one of them
(same type, same value) is ignored, every other error still fails, so the
spec's types stay strict. The client decodes the body as written, placeholders included.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections.abc import Collection
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator, ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator import paths
from generator.lint import operations

FIXTURES = paths.ROOT / "tests" / "fixtures" / "documented"
FILES = sorted(FIXTURES.glob("*.json"))
KEYS = {
    "source",
    "operation_id",
    "kind",
    "status",
    "media_type",
    "body",
    "parameters",
    "note",
    "placeholders",
}
NAME = re.compile(r"^(?P<op>[a-z][a-z0-9_]*)--\d+\.json$")

if str(paths.GENERATED) not in sys.path:
    sys.path.insert(0, str(paths.GENERATED))


def _ids() -> list[str]:
    return [f.name for f in FILES]


@pytest.fixture(scope="module")
def by_operation(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {op["operationId"]: (path, method, op) for path, method, op in operations(spec)}


def _deref(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = spec
        for token in node["$ref"][2:].split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _validator(spec: dict[str, Any], schema: Any) -> Draft202012Validator:
    resource = Resource.from_contents(spec, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:bundle", resource)

    def rebase(node: Any) -> Any:
        if isinstance(node, dict):
            out = {k: rebase(v) for k, v in node.items()}
            if isinstance(out.get("$ref"), str) and out["$ref"].startswith("#"):
                out["$ref"] = "urn:bundle" + out["$ref"]
            return out
        if isinstance(node, list):
            return [rebase(v) for v in node]
        return node

    return Draft202012Validator(
        rebase(schema), registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def _stands_in(error: ValidationError, placeholders: Collection[str | int]) -> bool:
    """True when the error is only a placeholder standing where a real value belongs.

    That is an error whose instance is a listed placeholder, or an anyOf/oneOf that one branch
    would accept once its placeholder errors are set aside.
    """
    instance = error.instance
    if type(instance) in (str, int) and any(
        type(p) is type(instance) and p == instance for p in placeholders
    ):
        return True
    if error.validator not in ("anyOf", "oneOf") or not error.context:
        return False
    branches: dict[Any, list[ValidationError]] = {}
    for sub in error.context:
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)
    return any(all(_stands_in(sub, placeholders) for sub in subs) for subs in branches.values())


def _errors(
    spec: dict[str, Any], schema: Any, value: Any, placeholders: Collection[str | int] = ()
) -> list[str]:
    """Validation errors, less those that only a documented placeholder causes."""
    found = sorted(
        (
            error
            for error in _validator(spec, schema).iter_errors(value)
            if not _stands_in(error, placeholders)
        ),
        key=lambda e: list(e.path),
    )
    return [f"/{'/'.join(map(str, e.absolute_path))}: {e.message[:300]}" for e in found]


def _load(file: Path) -> dict[str, Any]:
    data = json.loads(file.read_text("utf-8"))
    assert isinstance(data, dict), f"{file.name}: a fixture is a JSON object"
    return data


def _media(spec: dict[str, Any], fixture: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    if fixture["kind"] == "request":
        content = _deref(spec, op.get("requestBody") or {}).get("content") or {}
        where = "requestBody"
    else:
        status = str(fixture["status"])
        responses = op.get("responses") or {}
        assert status in responses, f"status {status} is not declared (has {sorted(responses)})"
        content = _deref(spec, responses[status]).get("content") or {}
        where = f"response {status}"
    media_type = fixture.get("media_type", "application/json")
    assert media_type in content, f"{where} has no {media_type} (has {sorted(content)})"
    media = content[media_type]
    assert isinstance(media, dict)
    return media


def _model(schema: Any) -> Any:
    """The generated model class of a ``$ref`` schema, or None for inline schemas."""
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if not isinstance(ref, str) or not ref.startswith("#/components/schemas/"):
        return None
    models = importlib.import_module("fieldnation_client.models")
    name = ref.rsplit("/", 1)[-1]
    pascal = "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\W]+", name))
    cls = getattr(models, name, None) or getattr(models, pascal, None)
    assert cls is not None, f"the client has no model for {name}"
    return cls


def _api_module(operation_id: str) -> ModuleType:
    found = sorted((paths.GENERATED / "fieldnation_client" / "api").glob(f"*/{operation_id}.py"))
    assert len(found) == 1, f"no generated module for {operation_id}: {found}"
    return importlib.import_module(f"fieldnation_client.api.{found[0].parent.name}.{operation_id}")


def test_there_are_documented_fixtures() -> None:
    assert FILES, f"no documented examples in {FIXTURES}"


@pytest.mark.parametrize("file", FILES, ids=_ids())
def test_fixture_is_well_formed(
    file: Path, by_operation: dict[str, tuple[str, str, dict[str, Any]]]
) -> None:
    fixture = _load(file)
    match = NAME.match(file.name)
    assert match, f"{file.name}: name it <operation_id>--<n>.json"
    assert set(fixture) <= KEYS, f"unknown keys {sorted(set(fixture) - KEYS)}"
    assert str(fixture.get("source", "")).startswith("https://"), "source must be the page URL"
    assert fixture.get("operation_id") == match["op"], "operation_id must match the file name"
    assert fixture["operation_id"] in by_operation, "unknown operation_id"
    assert fixture.get("kind") in ("request", "response")
    assert ("status" in fixture) == (fixture["kind"] == "response"), "status only for responses"
    assert "body" in fixture or "parameters" in fixture, "needs a body or parameters"
    if "placeholders" in fixture:
        placeholders = fixture["placeholders"]
        assert isinstance(placeholders, list) and placeholders, "placeholders: a non-empty list"
        shown = json.dumps([fixture.get("body"), fixture.get("parameters")])
        for placeholder in placeholders:
            assert type(placeholder) in (str, int) and placeholder != "", (
                "a placeholder is a string or an integer"
            )
            assert json.dumps(placeholder) in shown, f"placeholder {placeholder!r} is not shown"


@pytest.mark.parametrize("file", FILES, ids=_ids())
def test_documented_example_validates(
    file: Path, spec: dict[str, Any], by_operation: dict[str, tuple[str, str, dict[str, Any]]]
) -> None:
    fixture = _load(file)
    placeholders = fixture.get("placeholders", [])
    _, _, op = by_operation[fixture["operation_id"]]
    if "body" in fixture:
        media = _media(spec, fixture, op)
        errors = _errors(spec, media["schema"], fixture["body"], placeholders)
        assert errors == [], f"{file.name} ({fixture['source']}) is rejected by the spec"
    declared = {p["name"]: p for p in (_deref(spec, p) for p in op.get("parameters") or [])}
    for name, value in (fixture.get("parameters") or {}).items():
        assert name in declared, f"parameter {name!r} is not declared by {fixture['operation_id']}"
        errors = _errors(spec, declared[name]["schema"], value, placeholders)
        assert errors == [], f"parameter {name!r} = {value!r} is rejected: {errors}"


@pytest.mark.parametrize("file", FILES, ids=_ids())
def test_client_decodes_documented_example(
    file: Path, spec: dict[str, Any], by_operation: dict[str, tuple[str, str, dict[str, Any]]]
) -> None:
    fixture = _load(file)
    if "body" not in fixture:
        pytest.skip("parameters only: nothing to decode")
    _, _, op = by_operation[fixture["operation_id"]]
    media = _media(spec, fixture, op)
    body = fixture["body"]
    status = int(fixture.get("status", 0))
    if fixture["kind"] == "response" and 200 <= status < 300:
        module = _api_module(fixture["operation_id"])
        response = httpx.Response(
            status,
            content=json.dumps(body).encode(),
            headers={"content-type": fixture.get("media_type", "application/json")},
        )
        module._parse_response(response)
        return
    if fixture.get("media_type") == "multipart/form-data":
        pytest.skip("a multipart form: the client builds it from bytes a JSON fixture cannot hold")
    schema = media["schema"]
    target = _deref(spec, schema)
    union = [*target.get("oneOf", []), *target.get("anyOf", [])]
    branches = union or [schema]  # a union has no class of its own: decode with a branch
    decoders = [(branch, cls) for branch in branches if (cls := _model(branch)) is not None]
    if not decoders:
        pytest.skip("an inline schema: no generated model to decode with")
    fitting = [cls for branch, cls in decoders if not _errors(spec, branch, body)] or [
        cls for _, cls in decoders
    ]
    fitting[0].from_dict(body)


def _placeholder_case(
    spec: dict[str, Any], by_operation: dict[str, tuple[str, str, dict[str, Any]]]
) -> tuple[dict[str, Any], Any, dict[str, Any]]:
    fixture = _load(FIXTURES / "get_work_order_schedule--2.json")
    media = _media(spec, fixture, by_operation[fixture["operation_id"]][2])
    body = json.loads(json.dumps(fixture["body"]))
    return fixture, media["schema"], body


def test_placeholders_are_needed_and_only_excuse_themselves(
    spec: dict[str, Any], by_operation: dict[str, tuple[str, str, dict[str, Any]]]
) -> None:
    fixture, schema, body = _placeholder_case(spec, by_operation)
    assert fixture["placeholders"] == ["string_value"]
    assert _errors(spec, schema, body), "the timestamps' placeholder must be rejected unexcused"
    assert _errors(spec, schema, body, fixture["placeholders"]) == []
    assert _errors(spec, schema, body, ["another_value"]), "only a listed placeholder is excused"


def test_placeholders_are_not_a_blanket_pass(
    spec: dict[str, Any], by_operation: dict[str, tuple[str, str, dict[str, Any]]]
) -> None:
    fixture, schema, body = _placeholder_case(spec, by_operation)
    body["service_window"]["end"]["utc"] = 20250101  # a real type error beside the placeholder
    errors = _errors(spec, schema, body, fixture["placeholders"])
    assert errors and all(e.startswith("/service_window/end/utc:") for e in errors), errors
    _, _, body = _placeholder_case(spec, by_operation)
    body["service_window"]["start"]["utc"] = "not a time"  # a string, but not a listed placeholder
    assert _errors(spec, schema, body, fixture["placeholders"])


def test_placeholders_inside_unions() -> None:
    spec: dict[str, Any] = {}
    branch = {"type": "object", "properties": {"at": {"type": "integer"}}, "required": ["at"]}
    schema = {"anyOf": [branch, {"type": "null"}]}
    assert _errors(spec, schema, {"at": "string_value"}, ["string_value"]) == []
    assert _errors(spec, schema, {"at": "string_value"}, [])
    assert _errors(spec, schema, {"at": 1.5}, ["string_value"]), "a real type error still fails"
    assert _errors(spec, schema, {}, ["string_value"]), "a missing field is no placeholder"
    assert _errors(spec, {"oneOf": [branch]}, {"at": "string_value"}, ["string_value"]) == []


def test_an_integer_placeholder_excuses_that_integer_only() -> None:
    spec: dict[str, Any] = {}
    schema = {"type": "object", "properties": {"id": {"enum": [1, 2, 3]}}}
    assert _errors(spec, schema, {"id": 123}, [123]) == []
    assert _errors(spec, schema, {"id": 124}, [123]), "another integer still fails"
    assert _errors(spec, schema, {"id": "123"}, [123]), "nor does the same digits as a string"
    assert _errors(spec, schema, {"id": 123}, ["123"]), "nor the integer for a string"
    assert _errors(spec, {"enum": [0]}, True, [1]), "nor a boolean for an integer"


PLACEHOLDED = [f for f in FILES if "placeholders" in _load(f)]


@pytest.mark.parametrize("file", PLACEHOLDED, ids=[f.name for f in PLACEHOLDED])
def test_every_listed_placeholder_is_needed(
    file: Path, spec: dict[str, Any], by_operation: dict[str, tuple[str, str, dict[str, Any]]]
) -> None:
    """A listed placeholder must stand where the spec wants a real value: without it the
    example would be rejected, so a stale entry cannot hide a later loosening of the spec."""
    fixture = _load(file)
    _, _, op = by_operation[fixture["operation_id"]]
    schemas: list[tuple[Any, Any]] = []
    if "body" in fixture:
        schemas.append((_media(spec, fixture, op)["schema"], fixture["body"]))
    declared = {p["name"]: p for p in (_deref(spec, p) for p in op.get("parameters") or [])}
    for name, value in (fixture.get("parameters") or {}).items():
        schemas.append((declared[name]["schema"], value))
    for placeholder in fixture["placeholders"]:
        others = [p for p in fixture["placeholders"] if p != placeholder]
        assert any(_errors(spec, schema, value, others) for schema, value in schemas), (
            f"{file.name}: {placeholder!r} is listed but the example validates without it"
        )
