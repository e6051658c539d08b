"""The traffic tools' view of the spec: which operation a request belongs to, and compiled
validators (jsonschema_rs) for its parameters, request bodies and answers.

Everything is compiled once at start-up so that checking an exchange costs no schema work.
Paths are matched with each operation's own server base path: the Client API lives under
``/api/rest/v2`` while the token operation sits on the bare host.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import jsonschema_rs
import orjson

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "spec" / "dist" / "openapi.json"
SPEC_ROOT = ROOT / "spec" / "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
BASE_URI = "urn:spec"
STRICT_URI = "urn:strict"
_NOT_SCHEMA = frozenset({"example", "examples", "enum", "const", "default"})
_IN_PLACE = ("allOf", "anyOf", "oneOf", "if", "then", "else", "not")


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


@dataclass
class Param:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    pointer: str  # bundle pointer of the parameter object (after $ref)
    validator: Any


@dataclass
class Media:
    """One declared media type: its schema's bundle pointer and validator (None: any body)."""

    pointer: str
    validator: Any


@dataclass
class Answer:
    pointer: str  # bundle pointer of the response object (after $ref)
    content: dict[str, Media]


@dataclass
class Operation:
    operation_id: str
    method: str
    template: str  # the spec's path key
    pointer: str  # bundle pointer of the operation object
    params: list[Param]
    body_pointer: str | None
    body_required: bool
    body: dict[str, Media]
    responses: dict[str, Answer]
    patterns: list[re.Pattern[str]] = field(default_factory=list)
    bases: list[str] = field(default_factory=list)
    literal: int = 0  # characters of literal path text: more specific routes win


class ApiSpec:
    """Operations of a bundled OpenAPI 3.1 document with their validators."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.registry = jsonschema_rs.Registry([(BASE_URI, document)])
        self.strict_registry = jsonschema_rs.Registry([(STRICT_URI, strict_copy(document))])
        self._validators: dict[tuple[str, bool], Any] = {}
        self.operations: list[Operation] = []
        self.by_id: dict[str, Operation] = {}
        schemes = (document.get("components") or {}).get("securitySchemes") or {}
        self.query_credentials = {  # apiKey schemes in the query: not parameters
            str(s.get("name"))
            for s in schemes.values()
            if isinstance(s, dict) and s.get("in") == "query"
        }
        root_bases = _bases(document.get("servers"))
        for template, item in (document.get("paths") or {}).items():
            item_ptr = "/paths/" + escape(template)
            item_bases = _bases(item.get("servers")) or root_bases
            shared = item.get("parameters") or []
            for method in METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                op_ptr = f"{item_ptr}/{method}"
                bases = _bases(op.get("servers")) or item_bases or [""]
                operation = self._operation(template, method, op, op_ptr, shared, item_ptr)
                body = _template_regex(template)
                operation.patterns = [re.compile(re.escape(b) + body + "/?$") for b in bases]
                operation.bases = bases
                operation.literal = len(re.sub(r"\{[^}]+\}", "", template))
                self.operations.append(operation)
                self.by_id[operation.operation_id] = operation
        self.operations.sort(key=lambda o: -o.literal)
        # Paths that belong to the API: under a server's base path, or beside a bare-host
        # operation (same first segment). Anything else in a browser's HAR is the page's own.
        self.api_prefixes = sorted(
            {
                base + "/" if base else "/" + op.template.strip("/").split("/")[0]
                for op in self.operations
                for base in op.bases
            }
        )

    @classmethod
    def load(cls, path: Path = BUNDLE) -> ApiSpec:
        """Read a bundled JSON document, or bundle a YAML source root in memory."""
        if path.suffix in (".yaml", ".yml"):
            from generator.bundle import bundle

            return cls(bundle(path).document)
        return cls(orjson.loads(path.read_bytes()))

    # -- lookups -----------------------------------------------------------------------------

    def match(self, method: str, url: str) -> tuple[Operation | None, dict[str, str]]:
        """The operation a request addresses and its path parameters (raw strings)."""
        path = urlsplit(url).path or "/"
        method = method.lower()
        for op in self.operations:
            if op.method != method:
                continue
            for pattern in op.patterns:
                m = pattern.match(path)
                if m:
                    return op, {_group_name(op, k): v for k, v in m.groupdict().items()}
        return None, {}

    def is_api_path(self, url: str) -> bool:
        path = urlsplit(url).path or "/"
        return any(path == p.rstrip("/") or path.startswith(p) for p in self.api_prefixes)

    def resolve(self, pointer: str) -> tuple[str, Any]:
        """Follow local ``$ref``s from a bundle pointer; returns (final pointer, node)."""
        node = self.node(pointer)
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 32:
            ref = node["$ref"]
            if not ref.startswith("#"):
                break
            pointer = ref[1:]
            node = self.node(pointer)
            seen += 1
        return pointer, node

    def node(self, pointer: str) -> Any:
        node: Any = self.document
        for raw in pointer.split("/")[1:] if pointer else []:
            token = unescape(raw)
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def validator(self, pointer: str, strict: bool = False) -> Any:
        """A compiled validator for the schema at a bundle pointer (cached). ``strict`` also
        rejects fields no schema declares (see ``strict_copy``)."""
        found = self._validators.get((pointer, strict))
        if found is None:
            uri = STRICT_URI if strict else BASE_URI
            found = jsonschema_rs.validator_for(
                {"$ref": f"{uri}#{quote(pointer, safe='/~')}"},
                registry=self.strict_registry if strict else self.registry,
                validate_formats=True,
                ignore_unknown_formats=True,
            )
            self._validators[(pointer, strict)] = found
        return found

    # -- construction ------------------------------------------------------------------------

    def _operation(
        self,
        template: str,
        method: str,
        op: dict[str, Any],
        op_ptr: str,
        shared: list[Any],
        item_ptr: str,
    ) -> Operation:
        params: dict[tuple[str, str], Param] = {}
        raw = [(f"{item_ptr}/parameters/{i}", p) for i, p in enumerate(shared)]
        raw += [(f"{op_ptr}/parameters/{i}", p) for i, p in enumerate(op.get("parameters") or [])]
        for ptr, _ in raw:
            p_ptr, p = self.resolve(ptr)
            schema = p.get("schema") or {}
            params[(p["in"], p["name"])] = Param(
                name=p["name"],
                location=p["in"],
                required=bool(p.get("required")) or p["in"] == "path",
                schema=schema,
                pointer=p_ptr,
                validator=self.validator(p_ptr + "/schema") if schema else None,
            )
        body_ptr: str | None = None
        body_required = False
        body: dict[str, Media] = {}
        if "requestBody" in op:
            body_ptr, rb = self.resolve(op_ptr + "/requestBody")
            body_required = bool(rb.get("required"))
            body = self._content(body_ptr, rb)
        responses = {}
        for code in op.get("responses") or {}:
            r_ptr, resp = self.resolve(f"{op_ptr}/responses/{escape(code)}")
            responses[str(code)] = Answer(r_ptr, self._content(r_ptr, resp))
        return Operation(
            operation_id=str(op.get("operationId") or f"{method} {template}"),
            method=method,
            template=template,
            pointer=op_ptr,
            params=list(params.values()),
            body_pointer=body_ptr,
            body_required=body_required,
            body=body,
            responses=responses,
        )

    def _content(self, pointer: str, node: dict[str, Any]) -> dict[str, Media]:
        out = {}
        for ctype, media in (node.get("content") or {}).items():
            m_ptr = f"{pointer}/content/{escape(ctype)}"
            has_schema = isinstance(media, dict) and "schema" in media
            out[ctype.lower()] = Media(
                m_ptr + "/schema",
                self.validator(m_ptr + "/schema", strict=True) if has_schema else None,
            )
        return out


def strict_copy(document: dict[str, Any]) -> dict[str, Any]:
    """The document with ``unevaluatedProperties: false`` on every object schema that lists
    its ``properties`` and says nothing about others, so that one validation pass also reports
    undocumented fields (the spec keeps answers open for forward compatibility; drift wants to
    know). Pointers are unchanged. A schema that is an in-place part of another one that
    declares properties too (``allOf`` members, ``anyOf``/``oneOf`` branches beside
    ``properties``, ``if``/``then``/``else``) stays open: closing it would reject its
    siblings' fields; its parent, closed, still sees them."""
    out: dict[str, Any] = copy.deepcopy(document)
    candidates: dict[str, dict[str, Any]] = {}
    partial: set[str] = set()

    def target(node: Any, where: str) -> str:
        ref = node.get("$ref") if isinstance(node, dict) else None
        return ref[1:] if isinstance(ref, str) and ref.startswith("#") else where

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("properties"), dict):
                candidates[where] = node
            for key in _IN_PLACE:
                members = node.get(key)
                if key in ("allOf", "if", "then", "else", "not") or "properties" in node:
                    items = members if isinstance(members, list) else [members] if members else []
                    for i, member in enumerate(items):
                        at = f"{where}/{key}/{i}" if isinstance(members, list) else f"{where}/{key}"
                        partial.add(target(member, at))
            for key, value in node.items():
                if key in _NOT_SCHEMA or key.startswith("x-"):
                    continue
                walk(value, f"{where}/{escape(key)}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}/{i}")

    walk(out, "")
    for where, node in candidates.items():
        if where in partial:
            continue
        if not any(
            k in node
            for k in ("additionalProperties", "unevaluatedProperties", "patternProperties")
        ):
            node["unevaluatedProperties"] = False
    return out


def _bases(servers: Any) -> list[str]:
    """The path part of each server URL (``/api/rest/v2``; empty for the bare host)."""
    out: list[str] = []
    for server in servers or []:
        url = str((server or {}).get("url") or "")
        url = re.sub(r"\{[^}]+\}", "x", url)  # server variables only ever name the host here
        path = urlsplit(url).path.rstrip("/") if "://" in url else url.rstrip("/")
        if path not in out:
            out.append(path)
    return out


def _template_regex(template: str) -> str:
    out = []
    for i, part in enumerate(re.split(r"(\{[^}]+\})", template)):
        if part.startswith("{") and part.endswith("}"):
            out.append(f"(?P<p{i}>[^/]+)")
        else:
            out.append(re.escape(part))
    return "".join(out)


def _group_name(op: Operation, group: str) -> str:
    names = re.split(r"(\{[^}]+\})", op.template)
    return names[int(group[1:])][1:-1]


def path_template_guess(path: str) -> str:
    """An unknown path with its ids replaced, so that one finding covers every id."""
    parts = []
    for part in path.split("/"):
        if re.fullmatch(r"\d+", part):
            parts.append("{id}")
        elif re.fullmatch(r"[0-9a-fA-F-]{32,36}", part):
            parts.append("{uuid}")
        else:
            parts.append(part)
    return "/".join(parts)
