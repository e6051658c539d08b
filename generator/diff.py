"""Classify every change between two bundled OpenAPI documents as breaking or not.

The categories follow oasdiff's checks (and openapi-changes' breaking rules), judged for a
client: a *request* may only get looser (the API accepts what it accepted before) and a
*response* may only get stricter (the API sends nothing an old client cannot read). So the
same edit flips meaning between the two sides: removing an enum value breaks a request, adding
one breaks a response. Schemas are compared with their ``$ref`` resolved, so a change in a
shared component is reported at every operation that uses it. On top of the wire contract,
what changes the generated client's surface (operationId, first tag) counts as breaking too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from .errors import pointer
from .schema_diff import SchemaDiff, canonical, resolve


class Bump(IntEnum):
    """A semantic-version bump; a change requires at least its own level."""

    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3

    def __str__(self) -> str:
        return self.name.lower()


MAJOR, MINOR, PATCH = Bump.MAJOR, Bump.MINOR, Bump.PATCH

CATEGORIES: dict[str, tuple[Bump, str]] = {
    # operations
    "operation-removed": (MAJOR, "operation removed"),
    "operation-path-changed": (MAJOR, "operation moved to another path"),
    "operation-method-changed": (MAJOR, "operation moved to another method"),
    "operation-id-changed": (MAJOR, "operationId changed (the client method is renamed)"),
    "operation-tag-changed": (MAJOR, "tag changed (the client method moves to another group)"),
    "operation-added": (MINOR, "operation added"),
    "operation-deprecated": (MINOR, "operation deprecated"),
    # parameters
    "parameter-removed": (MAJOR, "parameter removed"),
    "parameter-renamed": (MAJOR, "parameter renamed"),
    "parameter-location-changed": (MAJOR, "parameter moved (query, header, path, cookie)"),
    "parameter-became-required": (MAJOR, "parameter made required"),
    "new-required-parameter": (MAJOR, "new required parameter"),
    "parameter-added": (MINOR, "optional parameter added"),
    "parameter-became-optional": (MINOR, "parameter made optional"),
    # request bodies
    "request-body-removed": (MAJOR, "request body removed"),
    "request-body-became-required": (MAJOR, "request body made required"),
    "request-body-added": (MINOR, "optional request body added"),
    "request-body-became-optional": (MINOR, "request body made optional"),
    "request-media-type-removed": (MAJOR, "request media type removed"),
    "request-media-type-added": (MINOR, "request media type added"),
    # request schemas (bodies and parameters)
    "request-property-removed": (MAJOR, "request field removed"),
    "new-required-request-property": (MAJOR, "new required request field"),
    "request-property-became-required": (MAJOR, "request field made required"),
    "request-property-added": (MINOR, "optional request field added"),
    "request-property-became-optional": (MINOR, "request field made optional"),
    "request-type-narrowed": (MAJOR, "request type narrowed"),
    "request-type-changed": (MAJOR, "request type changed"),
    "request-type-widened": (MINOR, "request type widened"),
    "request-format-narrowed": (MAJOR, "request format narrowed"),
    "request-format-changed": (MAJOR, "request format changed"),
    "request-format-widened": (MINOR, "request format widened"),
    "request-enum-value-removed": (MAJOR, "request enum value removed"),
    "request-enum-value-added": (MINOR, "request enum value added"),
    "request-constraint-tightened": (MAJOR, "request constraint tightened"),
    "request-constraint-changed": (MAJOR, "request constraint changed"),
    "request-constraint-loosened": (MINOR, "request constraint loosened"),
    "request-union-variant-removed": (MAJOR, "request union variant removed"),
    "request-union-variant-added": (MINOR, "request union variant added"),
    "request-default-changed": (MINOR, "request default value changed"),
    # responses
    "response-success-status-removed": (MAJOR, "success status code removed"),
    "response-non-success-status-removed": (PATCH, "error status code removed"),
    "response-success-status-added": (MINOR, "success status code added"),
    "response-non-success-status-added": (MINOR, "error status code added"),
    "response-media-type-removed": (MAJOR, "response media type removed"),
    "response-media-type-added": (MINOR, "response media type added"),
    # response schemas
    "response-property-removed": (MAJOR, "response field removed"),
    "response-property-became-optional": (MAJOR, "response field made optional"),
    "response-property-added": (MINOR, "response field added"),
    "response-property-became-required": (MINOR, "response field made required"),
    "response-type-widened": (MAJOR, "response type widened"),
    "response-type-changed": (MAJOR, "response type changed"),
    "response-type-narrowed": (MINOR, "response type narrowed"),
    "response-format-widened": (MAJOR, "response format widened"),
    "response-format-changed": (MAJOR, "response format changed"),
    "response-format-narrowed": (MINOR, "response format narrowed"),
    "response-enum-value-added": (MAJOR, "response enum value added"),
    "response-enum-value-removed": (MINOR, "response enum value removed"),
    "response-constraint-loosened": (MAJOR, "response constraint loosened"),
    "response-constraint-changed": (MAJOR, "response constraint changed"),
    "response-constraint-tightened": (MINOR, "response constraint tightened"),
    "response-union-variant-added": (MAJOR, "response union variant added"),
    "response-union-variant-removed": (MINOR, "response union variant removed"),
    # security
    "security-changed": (MAJOR, "security requirement tightened"),
    "security-relaxed": (MINOR, "security requirement relaxed"),
    "security-scheme-changed": (MAJOR, "security scheme changed"),
    # the rest
    "documentation-changed": (PATCH, "descriptions or examples changed"),
    "other-changed": (PATCH, "other change (not classified; review by hand)"),
}


@dataclass(frozen=True)
class Change:
    """One classified change: its category, where it is, and what happened."""

    kind: str
    operation: str
    """``GET /workorders/{work_order_id}``, or empty for document-wide changes."""
    where: str
    detail: str

    @property
    def level(self) -> Bump:
        return CATEGORIES[self.kind][0]

    @property
    def breaking(self) -> bool:
        return self.level is Bump.MAJOR

    @property
    def title(self) -> str:
        return CATEGORIES[self.kind][1]


def required_bump(changes: list[Change]) -> Bump:
    """The smallest version bump that covers every change."""
    return max((c.level for c in changes), default=Bump.NONE)


METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
DOC_KEYS = frozenset(
    {
        "description",
        "summary",
        "example",
        "examples",
        "externalDocs",
        "x-note",
        "x-fn-sources",
        "x-evidence",
        "x-sandbox",
    }
)
NAME_MAPS = frozenset({"properties", "patternProperties", "schemas", "paths"})
"""Mappings whose keys are names, so ``description`` there is not documentation."""


def _template(path: str) -> str:
    """``/workorders/{work_order_id}`` -> ``/workorders/{}``: renaming a path parameter
    keeps the operation."""
    return re.sub(r"\{[^}/]+\}", "{}", path)


class _Diff(SchemaDiff):
    """Walks operations, parameters, bodies, responses and security; every change is
    recorded with the operation it was found in."""

    def __init__(self, base: dict[str, Any], head: dict[str, Any]) -> None:
        super().__init__(base, head)
        self.changes: list[Change] = []
        self.operation = ""

    def add(self, kind: str, where: str, detail: str) -> None:
        assert kind in CATEGORIES, kind
        self.changes.append(Change(kind, self.operation, where, detail))

    # -- operations ---------------------------------------------------------------------

    def run(self) -> list[Change]:
        base_ops = dict(_operations(self.base))
        head_ops = dict(_operations(self.head))
        by_id = {op.get("operationId"): key for key, (_, _, op) in head_ops.items()}
        matched: dict[tuple[str, str], tuple[str, str]] = {
            key: key for key in base_ops.keys() & head_ops.keys()
        }
        for key in sorted(base_ops.keys() - head_ops.keys()):
            path, method, op = base_ops[key]
            self.operation = f"{method.upper()} {path}"
            moved = by_id.get(op.get("operationId"))
            if op.get("operationId") and moved and moved not in base_ops:
                new_path, new_method, _ = head_ops[moved]
                if new_method != method:
                    self.add(
                        "operation-method-changed",
                        "",
                        f"`{op['operationId']}` is now {new_method.upper()} {new_path}",
                    )
                else:
                    self.add(
                        "operation-path-changed",
                        "",
                        f"`{op['operationId']}` is now {new_method.upper()} {new_path}",
                    )
                matched[key] = moved
            else:
                self.add("operation-removed", "", f"`{op.get('operationId')}` removed")
        for key in sorted(head_ops.keys() - set(matched.values())):
            path, method, op = head_ops[key]
            self.operation = f"{method.upper()} {path}"
            self.add("operation-added", "", f"`{op.get('operationId')}` added")
        for b_key, h_key in sorted(matched.items()):
            self._operation(base_ops[b_key], head_ops[h_key])
        self.operation = ""
        self._security_schemes()
        self._documentation()
        return self.changes

    def _operation(self, b: tuple[str, str, Any], h: tuple[str, str, Any]) -> None:
        b_path, _, b_op = b
        h_path, method, h_op = h
        self.operation = f"{method.upper()} {h_path}"
        if b_op.get("operationId") != h_op.get("operationId"):
            self.add(
                "operation-id-changed",
                "",
                f"`{b_op.get('operationId')}` -> `{h_op.get('operationId')}`",
            )
        b_tag = (b_op.get("tags") or [None])[0]
        h_tag = (h_op.get("tags") or [None])[0]
        if b_tag != h_tag:
            self.add("operation-tag-changed", "", f"`{b_tag}` -> `{h_tag}`")
        if h_op.get("deprecated") and not b_op.get("deprecated"):
            self.add("operation-deprecated", "", f"`{h_op.get('operationId')}`")
        self._parameters(b_path, b_op, h_path, h_op)
        self._request_body(b_op.get("requestBody"), h_op.get("requestBody"))
        self._responses(b_op.get("responses") or {}, h_op.get("responses") or {})
        self._security(b_op, h_op)

    def _parameters(self, b_path: str, b_op: Any, h_path: str, h_op: Any) -> None:
        bp = _parameters(self.base, b_path, b_op)
        hp = _parameters(self.head, h_path, h_op)
        b_names = re.findall(r"\{([^}/]+)\}", b_path)
        h_names = re.findall(r"\{([^}/]+)\}", h_path)
        pairs = {("path", x): ("path", y) for x, y in zip(b_names, h_names, strict=False)}
        for key in bp.keys() - pairs.keys():
            if key in hp:
                pairs[key] = key
        removed = [k for k in bp if k not in pairs]
        added = [k for k in hp if k not in pairs.values()]
        for key in list(removed):  # same name in another place
            moved = next((a for a in added if a[1] == key[1]), None)
            if moved:
                self.add(
                    "parameter-location-changed",
                    f"{key[0]} parameter `{key[1]}`",
                    f"now a {moved[0]} parameter",
                )
                pairs[key] = moved
                removed.remove(key)
                added.remove(moved)
        for place in {k[0] for k in removed}:  # one out, one in, same schema: a rename
            out = [k for k in removed if k[0] == place]
            into = [k for k in added if k[0] == place]
            if len(out) == 1 and len(into) == 1:
                b_schema = self.flatten(self.base, bp[out[0]].get("schema"))[0]
                h_schema = self.flatten(self.head, hp[into[0]].get("schema"))[0]
                if canonical(b_schema) == canonical(h_schema):
                    pairs[out[0]] = into[0]
                    removed.remove(out[0])
                    added.remove(into[0])
        for b_key, h_key in pairs.items():
            if b_key[1] != h_key[1]:
                self.add(
                    "parameter-renamed",
                    f"{b_key[0]} parameter `{b_key[1]}`",
                    f"renamed to `{h_key[1]}`",
                )
        for key in removed:
            self.add("parameter-removed", f"{key[0]} parameter `{key[1]}`", "removed")
        for key in added:
            where = f"{key[0]} parameter `{key[1]}`"
            if hp[key].get("required"):
                self.add("new-required-parameter", where, "added as required")
            else:
                self.add("parameter-added", where, "added as optional")
        for b_key, h_key in pairs.items():
            if b_key not in bp or h_key not in hp:
                continue
            b_param, h_param = bp[b_key], hp[h_key]
            where = f"{h_key[0]} parameter `{h_key[1]}`"
            if h_param.get("required") and not b_param.get("required"):
                self.add("parameter-became-required", where, "now required")
            elif b_param.get("required") and not h_param.get("required"):
                self.add("parameter-became-optional", where, "now optional")
            self.schema(_param_schema(b_param), _param_schema(h_param), "request", where)

    def _request_body(self, b: Any, h: Any) -> None:
        b = resolve(self.base, b)[0]
        h = resolve(self.head, h)[0]
        if b is None and h is None:
            return
        if h is None:
            self.add("request-body-removed", "request body", "removed")
            return
        if b is None:
            kind = "request-body-became-required" if h.get("required") else "request-body-added"
            self.add(kind, "request body", "added" + (" as required" if h.get("required") else ""))
            return
        if h.get("required") and not b.get("required"):
            self.add("request-body-became-required", "request body", "now required")
        elif b.get("required") and not h.get("required"):
            self.add("request-body-became-optional", "request body", "now optional")
        self._content(b.get("content") or {}, h.get("content") or {}, "request", "request body")

    def _content(self, b: dict[str, Any], h: dict[str, Any], side: str, where: str) -> None:
        for media in sorted(b.keys() - h.keys()):
            self.add(f"{side}-media-type-removed", f"{where} ({media})", "removed")
        for media in sorted(h.keys() - b.keys()):
            self.add(f"{side}-media-type-added", f"{where} ({media})", "added")
        for media in sorted(b.keys() & h.keys()):
            self.schema(
                (b[media] or {}).get("schema"),
                (h[media] or {}).get("schema"),
                side,
                f"{where} ({media})",
            )

    def _responses(self, b: dict[str, Any], h: dict[str, Any]) -> None:
        b = {str(k): v for k, v in b.items()}  # YAML reads an unquoted 200 as a number
        h = {str(k): v for k, v in h.items()}
        for status in sorted(b.keys() - h.keys()):
            success = str(status).startswith("2")
            kind = f"response-{'success' if success else 'non-success'}-status-removed"
            self.add(kind, f"response {status}", "removed")
        for status in sorted(h.keys() - b.keys()):
            success = str(status).startswith("2")
            kind = f"response-{'success' if success else 'non-success'}-status-added"
            self.add(kind, f"response {status}", "added")
        for status in sorted(b.keys() & h.keys()):
            b_resp = resolve(self.base, b[status])[0] or {}
            h_resp = resolve(self.head, h[status])[0] or {}
            self._content(
                b_resp.get("content") or {},
                h_resp.get("content") or {},
                "response",
                f"response {status}",
            )

    # -- security -----------------------------------------------------------------------

    def _security(self, b_op: dict[str, Any], h_op: dict[str, Any]) -> None:
        b = _requirements(b_op.get("security", self.base.get("security")))
        h = _requirements(h_op.get("security", self.head.get("security")))
        if b == h:
            return

        def covered(alt: dict[str, frozenset[str]]) -> bool:
            """A client satisfying ``alt`` still satisfies one of the new alternatives."""
            return any(all(s in alt and scopes <= alt[s] for s, scopes in new.items()) for new in h)

        detail = f"{_security_text(b)} -> {_security_text(h)}"
        if all(covered(alt) for alt in b):
            self.add("security-relaxed", "security", detail)
        else:
            self.add("security-changed", "security", detail)

    def _security_schemes(self) -> None:
        b = (self.base.get("components") or {}).get("securitySchemes") or {}
        h = (self.head.get("components") or {}).get("securitySchemes") or {}
        for name in sorted(b.keys() & h.keys()):
            if canonical(_strip_docs(b[name])) != canonical(_strip_docs(h[name])):
                self.add(
                    "security-scheme-changed",
                    f"security scheme `{name}`",
                    f"{canonical(_strip_docs(b[name]))} -> {canonical(_strip_docs(h[name]))}",
                )

    # -- the rest -----------------------------------------------------------------------

    def _documentation(self) -> None:
        b_docs = dict(_doc_values(self.base))
        h_docs = dict(_doc_values(self.head))
        moved = sorted(
            p
            for p in b_docs.keys() | h_docs.keys()
            if b_docs.get(p) != h_docs.get(p)
            and _exists(self.base, p.rsplit("/", 1)[0])
            and _exists(self.head, p.rsplit("/", 1)[0])
        )
        if moved:
            shown = ", ".join(f"`{p}`" for p in moved[:5])
            more = f" and {len(moved) - 5} more" if len(moved) > 5 else ""
            self.add("documentation-changed", "document", f"at {shown}{more}")
        if not [c for c in self.changes if c.kind != "documentation-changed"]:
            b_rest, h_rest = _strip_docs(self.base), _strip_docs(self.head)
            for doc in (b_rest, h_rest):
                (doc.get("info") or {}).pop("version", None)
            if canonical(b_rest) != canonical(h_rest):
                self.add("other-changed", "document", "servers, extensions or other details")


def diff(base: dict[str, Any], head: dict[str, Any]) -> list[Change]:
    """Every change from ``base`` to ``head`` (two bundled documents), classified."""
    return _Diff(base, head).run()


# -- helpers on plain documents -----------------------------------------------------------


def _operations(doc: dict[str, Any]) -> Iterator[tuple[tuple[str, str], tuple[str, str, Any]]]:
    for path, item in (doc.get("paths") or {}).items():
        for method in METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                yield (_template(path), method), (path, method, item[method])


def _parameters(doc: dict[str, Any], path: str, op: dict[str, Any]) -> dict[tuple[str, str], Any]:
    item = (doc.get("paths") or {}).get(path) or {}
    out: dict[tuple[str, str], Any] = {}
    for param in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        param = resolve(doc, param)[0]
        if isinstance(param, dict) and "name" in param:
            place = str(param.get("in"))
            name = str(param["name"])
            out[(place, name.lower() if place == "header" else name)] = param
    return out


def _param_schema(param: dict[str, Any]) -> Any:
    if "schema" in param:
        return param["schema"]
    for media in (param.get("content") or {}).values():
        return (media or {}).get("schema")
    return None


def _requirements(security: Any) -> list[dict[str, frozenset[str]]]:
    """Security alternatives; no requirement at all is one empty alternative."""
    alts = [
        {str(k): frozenset(v or []) for k, v in alt.items()}
        for alt in (security or [])
        if isinstance(alt, dict)
    ]
    return sorted(alts or [{}], key=lambda a: sorted(a.items(), key=str))


def _security_text(alts: list[dict[str, frozenset[str]]]) -> str:
    def one(alt: dict[str, frozenset[str]]) -> str:
        return " + ".join(f"`{k}`" for k in sorted(alt)) or "none"

    return " or ".join(one(a) for a in alts)


def _is_doc(key: str, value: Any, parent: str | None) -> bool:
    """Whether ``key`` is documentation, not a property named ``description`` and the like."""
    return key in DOC_KEYS and parent not in NAME_MAPS


def _exists(doc: Any, ptr: str) -> bool:
    """Whether a JSON pointer names a node of ``doc`` (documentation of an operation added
    or removed is part of that change, not a change of its own)."""
    node = doc
    for token in ptr.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return False
    return True


def _strip_docs(node: Any, parent: str | None = None) -> Any:
    if isinstance(node, dict):
        return {k: _strip_docs(v, k) for k, v in node.items() if not _is_doc(k, v, parent)}
    if isinstance(node, list):
        return [_strip_docs(v) for v in node]
    return node


def _doc_values(
    node: Any, where: tuple[str | int, ...] = (), parent: str | None = None
) -> Iterator[tuple[str, str]]:
    """(pointer, value) of every piece of documentation."""
    if isinstance(node, dict):
        for k, v in node.items():
            if _is_doc(k, v, parent):
                yield pointer(*where, k), canonical(v)
            else:
                yield from _doc_values(v, (*where, k), k)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _doc_values(v, (*where, i))
