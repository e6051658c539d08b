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
from typing import Any

from .api_names import PYTHON_CATEGORIES, client_method, group_name
from .bump import Bump
from .errors import pointer
from .schema_diff import LOWER_BOUNDS, UPPER_BOUNDS, SchemaDiff, canonical, resolve

__all__ = ["CATEGORIES", "Bump", "Change", "diff", "required_bump"]

MAJOR, MINOR, PATCH = Bump.MAJOR, Bump.MINOR, Bump.PATCH

CATEGORIES: dict[str, tuple[Bump, str]] = {
    # operations
    "operation-removed": (MAJOR, "operation removed"),
    "operation-path-changed": (MAJOR, "operation moved to another path"),
    "operation-method-changed": (MAJOR, "operation moved to another method"),
    "operation-id-changed": (MAJOR, "operationId changed (the client method is renamed)"),
    "operation-tag-changed": (MAJOR, "tag changed (the client method moves to another group)"),
    "operation-tag-renamed": (PATCH, "tag spelled differently (same client group)"),
    "server-removed": (MAJOR, "server URL removed or changed"),
    "server-added": (MINOR, "server URL added"),
    "parameter-serialization-changed": (MAJOR, "parameter style/explode changed (the wire format)"),
    "parameter-serialization-spelled-out": (
        PATCH,
        "parameter style/explode spelled out (same wire format)",
    ),
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
    "request-default-changed": (
        MAJOR,
        "request default value changed (omitting it now means something else)",
    ),
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
    "response-default-changed": (
        PATCH,
        "response default value changed (documentation of what is sent)",
    ),
    "response-header-removed": (MAJOR, "response header removed"),
    "response-header-became-optional": (MAJOR, "response header made optional"),
    "response-header-added": (MINOR, "response header added"),
    # security
    "security-changed": (MAJOR, "security requirement tightened"),
    "security-relaxed": (MINOR, "security requirement relaxed"),
    "security-scheme-changed": (MAJOR, "security scheme changed"),
    # the rest
    "documentation-changed": (PATCH, "descriptions or examples changed"),
    "schema-title-changed": (
        PATCH,
        "schema title changed (renames the Python class: see Python API)",
    ),
    "tags-changed": (PATCH, "tag list changed (names or descriptions)"),
    "info-changed": (PATCH, "document info changed"),
    "extension-changed": (PATCH, "extension (x-...) changed"),
    "links-changed": (PATCH, "response links changed"),
    "deprecation-changed": (MINOR, "deprecation changed"),
    "unused-component-changed": (PATCH, "component no operation uses changed"),
    "other-changed": (MAJOR, "unclassified change (breaking until a rule says otherwise)"),
}
CATEGORIES.update(PYTHON_CATEGORIES)


@dataclass(frozen=True)
class Change:
    """One classified change: its category, where it is, and what happened."""

    kind: str
    operation: str
    """``GET /workorders/{work_order_id}``, or empty for document-wide changes."""
    where: str
    detail: str
    source: str = ""
    """Where the edit was made when that is shared: ``ListMetadata.columns`` (a component
    and the path inside it), a JSON pointer for unclassified changes, a Python name for
    changes of the client's API."""
    client: str = ""
    """The operation's client method, ``client.work_orders.get_work_order``."""

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
        self.client = ""
        self.moved_ops: set[str] = set()
        """Pointers of operations added, removed or moved (their insides are that change)."""

    def add(self, kind: str, where: str, detail: str, source: str = "") -> None:
        assert kind in CATEGORIES, kind
        self.changes.append(Change(kind, self.operation, where, detail, source, self.client))

    def _at(self, method: str, path: str, op: dict[str, Any]) -> None:
        self.operation = f"{method.upper()} {path}"
        self.client = client_method(op.get("operationId"), (op.get("tags") or [None])[0])

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
            self._at(method, path, op)
            self.moved_ops.add(pointer("paths", path, method))
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
                self.moved_ops.add(pointer("paths", new_path, new_method))
            else:
                self.add("operation-removed", "", f"`{op.get('operationId')}` removed")
        for key in sorted(head_ops.keys() - set(matched.values())):
            path, method, op = head_ops[key]
            self._at(method, path, op)
            self.moved_ops.add(pointer("paths", path, method))
            self.add("operation-added", "", f"`{op.get('operationId')}` added")
        for b_key, h_key in sorted(matched.items()):
            self._operation(base_ops[b_key], head_ops[h_key])
        self.operation = self.client = ""
        self._servers((), self.base.get("servers"), self.head.get("servers"))
        self._security_schemes()
        self._documentation()
        self._everything_else()
        return self.changes

    def _operation(self, b: tuple[str, str, Any], h: tuple[str, str, Any]) -> None:
        b_path, _, b_op = b
        h_path, method, h_op = h
        self._at(method, h_path, h_op)
        if b_op.get("operationId") != h_op.get("operationId"):
            self.add(
                "operation-id-changed",
                "",
                f"`{b_op.get('operationId')}` -> `{h_op.get('operationId')}`",
            )
        b_tag = (b_op.get("tags") or [None])[0]
        h_tag = (h_op.get("tags") or [None])[0]
        if b_tag != h_tag and group_name(b_tag) != group_name(h_tag):
            self.add("operation-tag-changed", "", f"`{b_tag}` -> `{h_tag}`")
        elif b_tag != h_tag:
            self.add(
                "operation-tag-renamed",
                "",
                f"`{b_tag}` -> `{h_tag}`; the client group stays `client.{group_name(h_tag)}`",
            )
        b_item = (self.base.get("paths") or {}).get(b_path) or {}
        h_item = (self.head.get("paths") or {}).get(h_path) or {}
        self._servers(
            ("paths", h_path, method),
            b_op.get("servers", b_item.get("servers")),
            h_op.get("servers", h_item.get("servers")),
        )
        if h_op.get("deprecated") and not b_op.get("deprecated"):
            self.add("operation-deprecated", "", f"`{h_op.get('operationId')}`")
        elif b_op.get("deprecated") and not h_op.get("deprecated"):
            self.add("deprecation-changed", "", f"`{h_op.get('operationId')}` no longer deprecated")
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
            if b_key[0] == h_key[0]:
                self._serialization(b_param, h_param, where)
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
            self._headers(b_resp.get("headers") or {}, h_resp.get("headers") or {}, status)
            self._content(
                b_resp.get("content") or {},
                h_resp.get("content") or {},
                "response",
                f"response {status}",
            )

    def _headers(self, b: dict[str, Any], h: dict[str, Any], status: str) -> None:
        """Response headers: a client may read them, so they follow the response rules."""
        b = {k.lower(): resolve(self.base, v)[0] or {} for k, v in b.items()}
        h = {k.lower(): resolve(self.head, v)[0] or {} for k, v in h.items()}
        for name in sorted(b.keys() - h.keys()):
            self.add("response-header-removed", f"response {status} header `{name}`", "removed")
        for name in sorted(h.keys() - b.keys()):
            self.add("response-header-added", f"response {status} header `{name}`", "added")
        for name in sorted(b.keys() & h.keys()):
            where = f"response {status} header `{name}`"
            if b[name].get("required") and not h[name].get("required"):
                self.add("response-header-became-optional", where, "now optional")
            self.schema(b[name].get("schema"), h[name].get("schema"), "response", where)

    def _serialization(self, b: dict[str, Any], h: dict[str, Any], where: str) -> None:
        """``style``/``explode`` decide the bytes on the wire (``;id=5`` with ``matrix``)."""
        b_eff, h_eff = _serialization(b), _serialization(h)
        b_raw = (b.get("style"), b.get("explode"))
        h_raw = (h.get("style"), h.get("explode"))
        if b_eff != h_eff:
            detail = f"style/explode {b_eff[0]}/{str(b_eff[1]).lower()} -> {h_eff[0]}/{str(h_eff[1]).lower()}"
            self.add("parameter-serialization-changed", where, detail)
        elif b_raw != h_raw:
            shown = [x if x is not None else "(default)" for x in h_raw]
            detail = f"now written style {shown[0]}, explode {str(shown[1]).lower()}"
            self.add("parameter-serialization-spelled-out", where, detail)

    def _servers(self, at: tuple[str, ...], b: Any, h: Any) -> None:
        """Server URLs (with their variables) decide where requests go."""
        b_urls, h_urls = _server_urls(b), _server_urls(h)
        where = f"servers at `{pointer(*at) or '/'}`"
        for url in sorted(b_urls - h_urls):
            self.add("server-removed", where, f"`{url}` removed")
        for url in sorted(h_urls - b_urls):
            self.add("server-added", where, f"`{url}` added")

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

    def _everything_else(self) -> None:
        """Every difference the rules above do not read is listed by its JSON pointer and
        counts as breaking, until a rule says otherwise; so nothing goes unreported."""
        extensions: dict[str, list[str]] = {}
        used = _reachable(self.base) | _reachable(self.head)
        silent: list[str] = []
        b_doc, h_doc = _unordered(_strip_docs(self.base)), _unordered(_strip_docs(self.head))
        for ptr, tokens in _differences(b_doc, h_doc):
            if any(
                ptr == m or ptr.startswith(m + "/") or m.startswith(ptr + "/")
                for m in self.moved_ops
            ):
                continue
            keyword = _keyword(tokens)
            ext = next((t for t in tokens if isinstance(t, str) and t.startswith("x-")), None)
            if tokens[:2] == ["info", "version"] or (
                tokens[0] == "paths" and len(tokens) == 4 and keyword == "deprecated"
            ):
                continue
            if ext is not None:
                extensions.setdefault(ext, []).append(ptr)
            elif tokens[0] == "info":
                self.add("info-changed", "document", f"at `{ptr}`", ptr)
            elif tokens[0] == "tags":
                self.add("tags-changed", "document", f"at `{ptr}`", ptr)
            elif (
                tokens[0] == "components"
                and len(tokens) > 2
                and len(tokens) > 3
                and tokens[1] == "schemas"
                and tokens[2] in (self.base.get("components") or {}).get("schemas", {})
                and tokens[2] not in used
            ):
                self.add(
                    "unused-component-changed",
                    f"`{tokens[1]}/{tokens[2]}`",
                    f"at `{ptr}` (no operation refers to it; the Python API diff covers its class)",
                    ptr,
                )
            elif keyword == "title":
                self.add("schema-title-changed", "document", f"at `{ptr}`", ptr)
            elif "links" in tokens:
                self.add("links-changed", "document", f"at `{ptr}`", ptr)
            elif keyword == "deprecated":
                self.add("deprecation-changed", "document", f"at `{ptr}`", ptr)
            elif keyword not in KNOWN_KEYWORDS and "security" not in tokens:
                self.add(
                    "other-changed",
                    "document",
                    f"`{keyword}` at `{ptr}`: no rule reads it; review by hand",
                    ptr,
                )
            else:
                silent.append(ptr)
        if silent and not [c for c in self.changes if c.kind != "documentation-changed"]:
            # the rules read these places but found nothing to say: still a change
            for ptr in silent:
                self.add(
                    "other-changed",
                    "document",
                    f"at `{ptr}`: no rule found an effect; review by hand",
                    ptr,
                )
        for ext, ptrs in sorted(extensions.items()):
            shown = ", ".join(f"`{p}`" for p in ptrs[:3])
            more = f" and {len(ptrs) - 3} more" if len(ptrs) > 3 else ""
            self.add("extension-changed", "document", f"`{ext}` at {shown}{more}", ext)


KNOWN_KEYWORDS = frozenset(
    {
        # what the rules above compare
        "paths", "operationId", "tags", "parameters", "name", "in", "required", "schema",
        "content", "requestBody", "responses", "security", "securitySchemes", "servers",
        "style", "explode", "headers", "$ref", "components", "schemas", "type", "format",
        "enum", "const", "properties", "items", "additionalProperties", "anyOf", "oneOf",
        "allOf", "nullable", "default", "readOnly", "writeOnly", "pattern", "uniqueItems",
        "multipleOf", "flows", "scheme", "bearerFormat", "openIdConnectUrl", "tokenUrl",
        "authorizationUrl", "refreshUrl", "scopes", "url", "variables", *UPPER_BOUNDS, *LOWER_BOUNDS,
    }
)  # fmt: skip
NAME_KEYS = frozenset(
    {
        "properties", "patternProperties", "schemas", "paths", "parameters", "responses",
        "headers", "content", "securitySchemes", "examples", "links", "callbacks", "$defs",
        "mapping", "variables", "encoding", "scopes", "requestBodies", "webhooks",
    }
)  # fmt: skip
"""Mappings whose keys are names (a property called ``title`` is not a title)."""


def _keyword(tokens: list[str | int]) -> str:
    """The innermost OpenAPI/JSON Schema keyword of a location (names and indexes skipped)."""
    keyword = ""
    after_name_map = False
    for token in tokens:
        if isinstance(token, int):
            after_name_map = False
            continue
        if after_name_map:
            after_name_map = False
            continue
        keyword = token
        after_name_map = token in NAME_KEYS
    return keyword


_MISSING = object()


def _differences(
    b: Any, h: Any, tokens: tuple[str | int, ...] = ()
) -> Iterator[tuple[str, list[str | int]]]:
    """Pointers (and their tokens) of the outermost nodes that differ."""
    if isinstance(b, dict) and isinstance(h, dict):
        for key in [*b, *(k for k in h if k not in b)]:
            bv, hv = b.get(key, _MISSING), h.get(key, _MISSING)
            if bv is _MISSING or hv is _MISSING:
                yield pointer(*tokens, key), [*tokens, key]
            elif canonical(bv) != canonical(hv):
                yield from _differences(bv, hv, (*tokens, key))
    elif isinstance(b, list) and isinstance(h, list) and len(b) == len(h):
        for i, (bv, hv) in enumerate(zip(b, h, strict=True)):
            if canonical(bv) != canonical(hv):
                yield from _differences(bv, hv, (*tokens, i))
    elif canonical(b) != canonical(h):
        yield pointer(*tokens), list(tokens)


def _unordered(node: Any, key: str | None = None) -> Any:
    """Lists whose order means nothing (``parameters``, ``required``) in one order."""
    if isinstance(node, dict):
        return {k: _unordered(v, k) for k, v in node.items()}
    if isinstance(node, list):
        items = [_unordered(v) for v in node]
        if key in ("parameters", "required"):
            items.sort(key=canonical)
        return items
    return node


def _reachable(doc: dict[str, Any]) -> set[str]:
    """Names of the component schemas that some operation reaches through references."""
    schemas = (doc.get("components") or {}).get("schemas") or {}
    todo = [r for r in _refs_in(doc.get("paths") or {})]
    for section, nodes in (doc.get("components") or {}).items():
        if section != "schemas" and isinstance(nodes, dict):
            todo += _refs_in(nodes)
    seen: set[str] = set()
    while todo:
        ref = todo.pop()
        if not ref.startswith("#/components/schemas/"):
            continue
        name = ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
        if name not in seen:
            seen.add(name)
            todo += _refs_in(schemas.get(name))
    return seen


def _refs_in(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        for v in node.values():
            found += _refs_in(v)
        return found
    if isinstance(node, list):
        return [r for v in node for r in _refs_in(v)]
    return []


def _serialization(param: dict[str, Any]) -> tuple[str, bool]:
    """Effective ``style`` and ``explode`` (OpenAPI's defaults filled in)."""
    default = "form" if param.get("in") in ("query", "cookie") else "simple"
    style = str(param.get("style") or default)
    explode = param.get("explode")
    return style, bool(style == "form" if explode is None else explode)


def _server_urls(servers: Any) -> set[str]:
    out = set()
    for server in servers or []:
        if isinstance(server, dict) and isinstance(server.get("url"), str):
            variables = server.get("variables") or {}
            out.add(server["url"] + (f" {canonical(variables)}" if variables else ""))
    return out


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
