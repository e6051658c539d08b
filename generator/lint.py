"""Check the bundled document: OpenAPI validity plus the project's own rules.

Every problem is reported against the source file and JSON pointer it came from (through
the bundle's origin map), never against the bundle, because the sources are what people edit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .bundle import Bundle
from .errors import SpecError, pointer

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
COMMON_ERRORS = ("400", "401", "429", "500")
ANNOTATION_KEYS = {
    "title",
    "description",
    "example",
    "examples",
    "deprecated",
    "readOnly",
    "writeOnly",
}
STRUCTURE_KEYS = {"type", "$ref", "allOf", "oneOf", "anyOf", "enum", "const", "not", "properties"}


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation, in document order."""
    for path, item in (doc.get("paths") or {}).items():
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield path, method, op


class _Linter:
    def __init__(self, bundle: Bundle) -> None:
        self.bundle = bundle
        self.doc = bundle.document
        self.errors: list[SpecError] = []
        resource = Resource.from_contents(self.doc, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource("urn:bundle", resource)

    def fail(self, bundle_ptr: str, message: str) -> None:
        origin = self.bundle.locate(bundle_ptr)
        self.errors.append(SpecError(origin.file, origin.pointer, message))

    def validator(self, schema: Any) -> Draft202012Validator:
        if isinstance(schema, dict) and "$ref" in schema and schema["$ref"].startswith("#"):
            schema = {**schema, "$ref": "urn:bundle" + schema["$ref"]}
        elif isinstance(schema, dict):
            schema = _rebase(schema)
        return Draft202012Validator(
            schema, registry=self.registry, format_checker=Draft202012Validator.FORMAT_CHECKER
        )

    def check_example(self, schema: Any, value: Any, where: str) -> None:
        try:
            errors = sorted(self.validator(schema).iter_errors(value), key=lambda e: list(e.path))
        except Exception as exc:  # a broken schema is reported by the OpenAPI validator too
            self.fail(where, f"cannot validate example: {exc}")
            return
        for err in errors[:3]:
            self.fail(where + pointer(*err.absolute_path), f"example invalid: {_short(err)}")

    def run(self) -> list[SpecError]:
        self.openapi_validity()
        self.operations()
        self.schemas()
        return self.errors

    def openapi_validity(self) -> None:
        for err in OpenAPIV31SpecValidator(self.doc).iter_errors():
            self.fail(pointer(*err.absolute_path), f"invalid OpenAPI: {_short(err)}")

    def operations(self) -> None:
        tags = {t["name"] for t in self.doc.get("tags") or []}
        seen_ids: dict[str, str] = {}
        seen_seeds: dict[int, str] = {}
        ops = {op.get("operationId"): (p, m, op) for p, m, op in operations(self.doc)}
        for path, method, op in operations(self.doc):
            here = pointer("paths", path, method)
            oid = op.get("operationId")
            if not isinstance(oid, str) or not SNAKE.match(oid):
                self.fail(here + "/operationId", f"operationId must be snake_case, got {oid!r}")
            elif oid in seen_ids:
                self.fail(
                    here + "/operationId", f"operationId {oid!r} also used by {seen_ids[oid]}"
                )
            else:
                seen_ids[oid] = f"{method.upper()} {path}"
            seed = op.get("x-seed-operation")
            if not isinstance(seed, int):
                self.fail(here, "x-seed-operation (integer) is missing")
            elif seed in seen_seeds:
                self.fail(here + "/x-seed-operation", f"seed {seed} also on {seen_seeds[seed]}")
            else:
                seen_seeds[seed] = f"{method.upper()} {path}"
            op_tags = op.get("tags") or []
            if len(op_tags) != 1 or op_tags[0] not in tags:
                self.fail(
                    here + "/tags", f"needs exactly one tag declared in the root, got {op_tags}"
                )
            for key in ("summary", "description"):
                if not str(op.get(key) or "").strip():
                    self.fail(here, f"{key} is missing")
            self.responses(op, here)
            self.request(op, here)
            self.parameters(op, here, path)
            self.links(op, here, ops)

    def responses(self, op: dict[str, Any], here: str) -> None:
        responses = op.get("responses") or {}
        if not any(code.startswith("2") for code in responses):
            self.fail(here + "/responses", "no success (2xx) response")
        needed = (
            COMMON_ERRORS if op.get("security") == [] else (*COMMON_ERRORS, "403", "404", "422")
        )
        for code in needed:
            if code not in responses:
                self.fail(here + "/responses", f"missing the shared {code} response")
        for code, resp in responses.items():
            resp = self.deref(resp)
            for ctype, media in (resp.get("content") or {}).items():
                where = here + pointer("responses", code, "content", ctype)
                self.media(media, where, require_example=code.startswith("2"))

    def request(self, op: dict[str, Any], here: str) -> None:
        body = op.get("requestBody")
        if not body:
            return
        for ctype, media in (self.deref(body).get("content") or {}).items():
            self.media(media, here + pointer("requestBody", "content", ctype), require_example=True)

    def media(self, media: dict[str, Any], where: str, require_example: bool) -> None:
        schema = media.get("schema")
        if schema is None:
            self.fail(where, "media type has no schema")
            return
        examples = []
        if "example" in media:
            examples.append((where + "/example", media["example"]))
        for name, ex in (media.get("examples") or {}).items():
            ex = self.deref(ex)
            if "value" in ex:
                examples.append((where + pointer("examples", name, "value"), ex["value"]))
        if require_example and not examples:
            self.fail(where, "needs at least one example")
        for at, value in examples:
            self.check_example(schema, value, at)

    def parameters(self, op: dict[str, Any], here: str, path: str) -> None:
        declared = set()
        for i, param in enumerate(op.get("parameters") or []):
            param = self.deref(param)
            declared.add((param.get("in"), param.get("name")))
            where = here + pointer("parameters", i)
            if "schema" not in param:
                self.fail(where, f"parameter {param.get('name')!r} has no schema")
            elif "example" in param:
                self.check_example(param["schema"], param["example"], where + "/example")
        for name in re.findall(r"{([^}]+)}", path):
            if ("path", name) not in declared:
                self.fail(here + "/parameters", f"path parameter {name!r} is not declared")

    def links(self, op: dict[str, Any], here: str, ops: dict[Any, Any]) -> None:
        for code, resp in (op.get("responses") or {}).items():
            for name, link in (self.deref(resp).get("links") or {}).items():
                where = here + pointer("responses", code, "links", name)
                target = ops.get(link.get("operationId"))
                if target is None:
                    self.fail(where, f"link to unknown operationId {link.get('operationId')!r}")
                    continue
                names = {self.deref(p).get("name") for p in target[2].get("parameters") or []}
                for pname in link.get("parameters") or {}:
                    bare = pname.split(".", 1)[-1]
                    if bare not in names:
                        self.fail(
                            where, f"link parameter {pname!r} is not a parameter of the target"
                        )

    def schemas(self) -> None:
        for name, schema in (self.doc.get("components", {}).get("schemas") or {}).items():
            where = pointer("components", "schemas", name)
            self.untyped(schema, where)
            for at, value in _schema_examples(schema, where):
                self.check_example(schema, value, at)

    def untyped(self, schema: Any, where: str, branch: bool = False) -> None:
        if not isinstance(schema, dict):
            return
        # A composition branch may only constrain (`required`, `minProperties`...).
        if not (schema.keys() - ANNOTATION_KEYS if branch else STRUCTURE_KEYS & schema.keys()):
            self.fail(where, "untyped schema: give it a type or a $ref")
        for key in ("properties", "patternProperties", "$defs"):
            for name, sub in (schema.get(key) or {}).items():
                self.untyped(sub, f"{where}/{key}/{name}")
        for key in ("items", "additionalProperties", "not"):
            if isinstance(schema.get(key), dict):
                self.untyped(schema[key], f"{where}/{key}")
        for key in ("allOf", "oneOf", "anyOf", "prefixItems"):
            for i, sub in enumerate(schema.get(key) or []):
                self.untyped(sub, f"{where}/{key}/{i}", branch=key != "prefixItems")

    def deref(self, node: Any) -> Any:
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            target: Any = self.doc
            for token in node["$ref"].lstrip("#/").split("/"):
                target = target[token.replace("~1", "/").replace("~0", "~")]
            node = target
        return node


def _rebase(schema: Any) -> Any:
    """Point local refs of an inline schema at the bundle resource."""
    if isinstance(schema, dict):
        out = {k: _rebase(v) for k, v in schema.items()}
        ref = out.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            out["$ref"] = "urn:bundle" + ref
        return out
    if isinstance(schema, list):
        return [_rebase(v) for v in schema]
    return schema


def _schema_examples(schema: dict[str, Any], where: str) -> Iterator[tuple[str, Any]]:
    if "example" in schema:
        yield where + "/example", schema["example"]
    for i, value in enumerate(schema.get("examples") or []):
        yield f"{where}/examples/{i}", value


def _short(err: ValidationError) -> str:
    text = str(err.message)
    return text if len(text) < 300 else text[:297] + "..."


def openapi_problems(bundle: Bundle) -> list[SpecError]:
    """Only OpenAPI 3.1 validity (what generation needs), located in the sources."""
    linter = _Linter(bundle)
    linter.openapi_validity()
    return linter.errors


def lint(bundle: Bundle) -> list[SpecError]:
    """All problems found in the bundle, located in the sources (with what the generated
    client could not put on the wire, so ``make check`` finds it before ``make generate``)."""
    from .wire import problems

    return [*_Linter(bundle).run(), *problems(bundle)]
