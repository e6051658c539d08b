"""The sandbox's view of the bundled spec: one ``Operation`` per operationId, with compiled
validators for its parameters and body, so every request is checked against the document
that the client and the contract tests also read.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import jsonschema_rs
import orjson
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .errors import ApiError

BUNDLE = Path(__file__).resolve().parent.parent / "spec" / "dist" / "openapi.json"
API_PREFIX = "/api/rest/v2"
METHODS = ("get", "put", "post", "delete", "patch")
_FORMATS = Draft202012Validator.FORMAT_CHECKER


@dataclass
class Param:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    validator: Draft202012Validator

    def coerce(self, raw: str | list[str]) -> Any:
        """Turn the wire string into the schema's type; a ValueError means a bad value."""
        return _coerce(self.schema, raw, _PATH_INT if self.location == "path" else _INT)


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    seed: int
    root_relative: bool
    params: list[Param]
    body_required: bool
    body_media: dict[str, Draft202012Validator]
    responses: dict[str, Any]
    raw: dict[str, Any] = field(repr=False)

    @cached_property
    def route_path(self) -> str:
        return self.path if self.root_relative else API_PREFIX + self.path

    @cached_property
    def param_plan(self) -> tuple[list[tuple[int, Param]], dict[str, tuple[int, Param]]]:
        """(the parameters every request is checked for, the optional query ones by name),
        each with its place in ``params``: a request then looks only at the optional query
        parameters it sent (a list operation declares ~60), in the same order."""
        always: list[tuple[int, Param]] = []
        optional: dict[str, tuple[int, Param]] = {}
        for place, param in enumerate(self.params):
            if param.location == "query" and not param.required:
                optional[param.name] = (place, param)
            else:
                always.append((place, param))
        return always, optional

    @cached_property
    def success_codes(self) -> list[int]:
        return sorted(int(c) for c in self.responses if c.isdigit() and c.startswith("2"))


class Spec:
    """The bundled document and its operations."""

    def __init__(self, path: Path = BUNDLE) -> None:
        self.document: dict[str, Any] = orjson.loads(path.read_bytes())
        resource = Resource.from_contents(self.document, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource("urn:spec", resource)
        self.operations: dict[str, Operation] = {}
        for path, item in self.document["paths"].items():
            shared = item.get("parameters") or []
            for method in METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    self.operations[op["operationId"]] = self._operation(
                        path, method, item, shared, op
                    )

    def validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        rebased = _rebase(schema)
        validator = Draft202012Validator(rebased, registry=self.registry, format_checker=_FORMATS)
        _FAST[id(validator)] = _Fast(validator, rebased, self)
        return validator

    @cached_property
    def rs_registry(self) -> Any:
        return jsonschema_rs.Registry([("urn:spec", self.document)])

    def deref(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.document
            for token in node["$ref"][2:].split("/"):
                target = target[token.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def schema(self, name: str) -> dict[str, Any]:
        return dict(self.document["components"]["schemas"][name])

    def _operation(
        self, path: str, method: str, item: dict[str, Any], shared: list[Any], op: dict[str, Any]
    ) -> Operation:
        params: dict[tuple[str, str], Param] = {}
        for raw in [*shared, *(op.get("parameters") or [])]:
            p = self.deref(raw)
            schema = p.get("schema") or {}
            params[(p["in"], p["name"])] = Param(
                p["name"], p["in"], bool(p.get("required")), schema, self.validator(schema)
            )
        body = self.deref(op.get("requestBody")) if op.get("requestBody") else None
        media = {}
        for ctype, content in ((body or {}).get("content") or {}).items():
            media[ctype] = self.validator(content.get("schema") or {})
        return Operation(
            operation_id=op["operationId"],
            method=method.upper(),
            path=path,
            tag=(op.get("tags") or ["default"])[0],
            seed=int(op.get("x-seed-operation", 0)),
            root_relative=bool(item.get("servers") or op.get("servers")),
            params=list(params.values()),
            body_required=bool(body and body.get("required")),
            body_media=media,
            responses={code: self.deref(resp) for code, resp in op["responses"].items()},
            raw=op,
        )


def _rebase(schema: Any) -> Any:
    if isinstance(schema, dict):
        out = {k: _rebase(v) for k, v in schema.items()}
        ref = out.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            out["$ref"] = "urn:spec" + ref
        return out
    if isinstance(schema, list):
        return [_rebase(v) for v in schema]
    return schema


_INT = re.compile(r"^[+-]?[0-9]+$", re.ASCII)
_PATH_INT = re.compile(r"^(0|[1-9][0-9]*)$", re.ASCII)
"""A path id: plain ASCII digits, no sign, no leading zero (`+1001`, `01017`, `١٠٠١` are not ids)."""


def _types(schema: dict[str, Any]) -> list[str]:
    t = schema.get("type")
    if isinstance(t, list):
        return [x for x in t if x != "null"]
    if t:
        return [t]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return [x for s in schema[key] for x in _types(s)]
    if "enum" in schema:
        kinds = {type(v).__name__ for v in schema["enum"]}
        return [
            "integer" if k == "int" else "boolean" if k == "bool" else "string"
            for k in sorted(kinds)
        ]
    return ["string"]


def _coerce(schema: dict[str, Any], raw: str | list[str], integer: re.Pattern[str] = _INT) -> Any:
    types = _types(schema)
    if "array" in types:
        items = raw if isinstance(raw, list) else [v for v in raw.split(",") if v != ""]
        return [_coerce(schema.get("items") or {}, v, integer) for v in items]
    value = raw[-1] if isinstance(raw, list) else raw
    for t in types:
        if t == "integer" and integer.fullmatch(value):
            return int(value)  # exact at any size
        if t == "number" and value.isascii():
            if integer.fullmatch(value):
                return int(value)
            try:
                number = float(value)
            except ValueError:
                continue
            if math.isfinite(number):
                return number
        if t == "boolean" and value in ("true", "false", "1", "0"):
            return value in ("true", "1")
        if t == "string":
            return value
    raise ValueError(f"expected {' or '.join(types)}, got {value!r}")


class _Fast:
    """A jsonschema_rs twin of a validator, built on first use: valid input (nearly every
    request) is confirmed in microseconds; only input it rejects goes through ``jsonschema``,
    which has the last word and writes the messages."""

    def __init__(self, validator: Draft202012Validator, schema: Any, spec: Spec) -> None:
        self.validator, self.schema, self.spec = validator, schema, spec
        self.rs: Any = None

    def is_valid(self, value: Any) -> bool:
        if self.rs is None:
            try:
                self.rs = jsonschema_rs.validator_for(
                    self.schema, registry=self.spec.rs_registry, validate_formats=True
                )
            except Exception:  # a schema it cannot compile: jsonschema alone
                self.rs = False
        if self.rs is False:
            return False
        try:
            return bool(self.rs.is_valid(value))
        except Exception:  # a value it cannot take (an integer beyond 64 bits)
            return False


_FAST: dict[int, _Fast] = {}


def check(validator: Draft202012Validator, value: Any, where: str, *, quote: bool = True) -> None:
    """Raise a 400 naming every field that does not match its schema; with ``quote`` False
    the messages name the broken rule, never the value (for secrets)."""
    fast = _FAST.get(id(validator))
    if fast is not None and fast.validator is validator and fast.is_valid(value):
        return
    errors = sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))
    if errors:
        details = []
        for err in errors[:10]:
            parts = [str(p) for p in err.absolute_path]
            message = err.message
            forbidden = err.validator_value if err.validator == "not" else None
            if (
                isinstance(forbidden, dict)
                and "required" in forbidden
                and set(forbidden) <= {"type", "required"}
            ):
                # `not: {required: [id]}`: name the field that must be left out
                names = [n for n in forbidden["required"] if n in (err.instance or {})]
                parts, message = [*parts, *names[:1]], "must be left out here"
            path = ".".join(parts)
            details.append(
                {
                    "field": f"{where}.{path}" if path else where,
                    "message": _short(message) if quote else f"does not satisfy {err.validator}",
                }
            )
        first = details[0]
        raise ApiError(400, f"Validation failed: {first['field']}: {first['message']}", details)


def _short(text: str) -> str:
    return text if len(text) <= 200 else text[:197] + "..."
