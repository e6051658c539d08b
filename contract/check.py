"""Compare one exchange with the spec: every difference becomes an ``Issue`` with a kind, a
JSON pointer into the request or the answer, what was seen and what the spec expects.

Pointers address a virtual document ``{request: {path, query, header, body},
response: {<status>: {header, body}}}``; array items are written ``*`` so that one issue covers
every element. ``schema_at`` is the bundle pointer of the schema keyword that rejected the
value (or of the object schema lacking a field): ``--propose`` edits the source behind it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import orjson

from .har import Exchange
from .scrub import MARK, is_secret
from .spec_index import ApiSpec, Media, Operation, escape

KINDS = (
    "unknown_operation",
    "undocumented_status",
    "request_invalid",
    "missing_required",
    "type_mismatch",
    "undocumented_media_type",
    "unknown_enum_value",
    "format_mismatch",
    "constraint_violation",
    "undocumented_field",
)
NOT_THERE = frozenset({404, 405})  # an unknown path answered so is the client's mistake
_CONSTRAINTS = {
    "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength",
    "maxLength", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties",
    "contains", "not", "falseSchema", "additionalItems", "additionalProperties",
    "unevaluatedProperties", "unevaluatedItems", "propertyNames", "dependentRequired",
}  # fmt: skip


@dataclass
class Issue:
    kind: str
    pointer: str
    observed: Any
    expected: str
    schema_at: str | None = None
    cause: str | None = None  # request_invalid: the kind it would have on an answer
    extra: dict[str, Any] = field(default_factory=dict)


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def media_kind(value: str) -> str:
    return value.split(";")[0].strip().lower()


def _is_json(mime: str) -> bool:
    kind = media_kind(mime)
    return kind == "application/json" or kind.endswith("+json")


def find_media(content: dict[str, Media], mime: str) -> Media | None:
    kind = media_kind(mime)
    if kind in content:
        return content[kind]
    major = kind.split("/")[0]
    return content.get(f"{major}/*") or content.get("*/*")


def ptr(*parts: Any) -> str:
    return "".join("/" + ("*" if isinstance(p, int) else escape(str(p))) for p in parts)


class Checker:
    def __init__(self, spec: ApiSpec) -> None:
        self.spec = spec

    def check(self, ex: Exchange) -> tuple[Operation | None, list[Issue]]:
        op, path_params = self.spec.match(ex.method, ex.url)
        if op is None and (ex.status in NOT_THERE or not self.spec.is_api_path(ex.url)):
            # the deployment lacks it as well, or it is not API traffic (a page's assets in a
            # browser's HAR): no drift of the spec
            return None, []
        if op is None:
            return None, [
                Issue(
                    "unknown_operation",
                    "",
                    f"{ex.method} {urlsplit(ex.url).path}",
                    "an operation of the spec",
                    extra={
                        "path": urlsplit(ex.url).path,
                        "status": ex.status,
                        "media_type": media_kind(ex.header("response", "content-type")),
                        "value": _parsed(
                            ex.response_body or b"", ex.header("response", "content-type")
                        ),
                        "has_body": bool(ex.response_body),
                    },
                )
            ]
        issues = self._request(op, ex, path_params)
        issues += self._response(op, ex)
        return op, issues

    # -- request -----------------------------------------------------------------------------

    def _request(self, op: Operation, ex: Exchange, path_params: dict[str, str]) -> list[Issue]:
        issues: list[Issue] = []
        query: dict[str, list[str]] = {}
        for k, v in parse_qsl(urlsplit(ex.url).query, keep_blank_values=True):
            query.setdefault(k, []).append(v)
        headers = {k.lower(): v for k, v in ex.request_headers}
        for p in op.params:
            if p.location == "path":
                raw: str | list[str] | None = path_params.get(p.name)
            elif p.location == "query":
                raw = query.get(p.name)
            elif p.location == "header":
                raw = headers.get(p.name.lower())
            else:
                continue
            where = ("request", p.location, p.name)
            if raw is None:
                if p.required:
                    issues.append(
                        Issue(
                            "request_invalid",
                            ptr(*where),
                            None,
                            "required parameter",
                            p.pointer + "/required",
                            cause="missing_required",
                        )
                    )
                continue
            if p.validator is None or is_secret(p.name):
                continue
            try:
                value = coerce(p.schema, raw, self.spec)
            except ValueError as exc:
                issues.append(
                    Issue(
                        "request_invalid",
                        ptr(*where),
                        raw,
                        str(exc),
                        p.pointer + "/schema/type",
                        cause="type_mismatch",
                        extra={"observed_type": "string"},
                    )
                )
                continue
            for issue in self._validate(p.validator, value, list(where)):
                issues.append(_as_request(issue))
        declared = {p.name for p in op.params if p.location == "query"}
        for name, values in query.items():
            if (
                name not in declared
                and name not in self.spec.query_credentials
                and not is_secret(name)
            ):
                issues.append(
                    Issue(
                        "undocumented_field",
                        ptr("request", "query", name),
                        values[-1],
                        "a declared query parameter",
                        op.pointer,
                        extra={"property": name, "value": values[-1], "side": "query"},
                    )
                )
        # the body
        body = ex.request_body
        if body is None:  # not recorded
            return issues
        if not body:
            if op.body_required:
                issues.append(
                    Issue(
                        "request_invalid",
                        "/request/body",
                        None,
                        "a request body",
                        f"{op.body_pointer}/required",
                        cause="missing_required",
                    )
                )
            return issues
        if op.body_pointer is None:
            issues.append(
                Issue("request_invalid", "/request/body", _sample_bytes(body), "no request body")
            )
            return issues
        mime = ex.header("request", "content-type")
        media = find_media(op.body, mime)
        if media is None:
            issues.append(
                Issue(
                    "undocumented_media_type",
                    "/request/header/content-type",
                    media_kind(mime) or "(none)",
                    " or ".join(op.body) or "no body",
                    op.body_pointer + "/content",
                    extra={"media_type": media_kind(mime), "side": "request"},
                )
            )
            return issues
        value, problem = _decode(body, mime)
        if problem:
            issues.append(
                Issue(
                    "request_invalid",
                    "/request/body",
                    _sample_bytes(body),
                    problem,
                    cause="type_mismatch",
                )
            )
        elif value is not _SKIP and media.validator is not None:
            if media_kind(mime) == "application/x-www-form-urlencoded":
                value = coerce_form(value, self.spec.resolve(media.pointer)[1], self.spec)
            for issue in self._validate(media.validator, value, ["request", "body"]):
                issues.append(_as_request(issue))
        return issues

    # -- response ----------------------------------------------------------------------------

    def _response(self, op: Operation, ex: Exchange) -> list[Issue]:
        status = str(ex.status)
        answer = (
            op.responses.get(status)
            or op.responses.get(f"{status[0]}XX")
            or op.responses.get("default")
        )
        body = ex.response_body
        if answer is None:
            value, _ = _decode(body or b"", ex.header("response", "content-type"))
            return [
                Issue(
                    "undocumented_status",
                    ptr("response", status),
                    _observed(value),
                    "one of " + ", ".join(op.responses),
                    op.pointer + "/responses",
                    extra={
                        "status": ex.status,
                        "media_type": media_kind(ex.header("response", "content-type")),
                        "value": None if value is _SKIP else value,
                        "has_body": bool(body),
                    },
                )
            ]
        if body is None or not body.strip() or not answer.content or ex.method == "HEAD":
            return []
        mime = ex.header("response", "content-type")
        media = find_media(answer.content, mime)
        if media is None:
            return [
                Issue(
                    "undocumented_media_type",
                    ptr("response", status, "header", "content-type"),
                    media_kind(mime) or "(none)",
                    " or ".join(answer.content),
                    answer.pointer + "/content",
                    extra={
                        "media_type": media_kind(mime),
                        "side": "response",
                        "status": ex.status,
                        "value": _parsed(body, mime),
                    },
                )
            ]
        value, problem = _decode(body, mime)
        base = ["response", status, "body"]
        if problem:
            return [Issue("type_mismatch", ptr(*base), _sample_bytes(body), problem, media.pointer)]
        if value is _SKIP or media.validator is None:
            return []
        return self._validate(media.validator, value, base)

    # -- schema checks -----------------------------------------------------------------------

    def _validate(self, validator: Any, value: Any, base: list[Any]) -> list[Issue]:
        out: list[Issue] = []
        for err in validator.iter_errors(value):
            out += self._classify(err, base)
        return out

    def _classify(self, err: Any, base: list[Any]) -> list[Issue]:
        name = err.kind.name
        info = err.kind.as_dict()
        where = [*base, *err.instance_path]
        at = _location(err)
        if err.instance == MARK or (isinstance(err.instance, str) and MARK in err.instance):
            return []  # a scrubbed secret: its real value was never seen
        if name in ("unevaluatedProperties", "additionalProperties"):
            home = at.rsplit("/", 1)[0] if at else None
            instance = err.instance if isinstance(err.instance, dict) else {}
            return [
                Issue(
                    "undocumented_field",
                    ptr(*where, prop),
                    _sample(instance.get(prop)),
                    "not declared",
                    home,
                    extra={"property": prop, "value": instance.get(prop)},
                )
                for prop in info.get("unexpected") or []
            ]
        if name in ("anyOf", "oneOfNotValid"):
            branches = info.get("context") or []
            if branches:
                # the branch that came closest: not one rejecting the value's type outright
                best = min(branches, key=lambda errs: (_rejects_type(errs, err), len(errs)))
                out: list[Issue] = []
                for sub in best:
                    out += self._classify(sub, base)
                if out:
                    return out
            return [
                Issue(
                    "type_mismatch",
                    ptr(*where),
                    _sample(err.instance),
                    "one of the schema's alternatives",
                    at,
                )
            ]
        if name == "required":
            prop = info.get("property")
            return [
                Issue(
                    "missing_required",
                    ptr(*where, prop),
                    None,
                    "required",
                    at,
                    extra={"property": prop},
                )
            ]
        if name == "type":
            types = info.get("types") or []
            return [
                Issue(
                    "type_mismatch",
                    ptr(*where),
                    _sample(err.instance),
                    " or ".join(types),
                    at,
                    extra={"observed_type": json_type(err.instance)},
                )
            ]
        if name in ("enum", "constant"):
            options = info.get("options", info.get("expected_value"))
            return [
                Issue(
                    "unknown_enum_value",
                    ptr(*where),
                    _sample(err.instance),
                    _sample(options),
                    at,
                    extra={"value": err.instance},
                )
            ]
        if name in ("format", "pattern"):
            expected = (
                f"format {info.get('format')}"
                if name == "format"
                else f"pattern {info.get('pattern')}"
            )
            return [Issue("format_mismatch", ptr(*where), _sample(err.instance), expected, at)]
        if name == "oneOfMultipleValid":
            return [
                Issue(
                    "type_mismatch",
                    ptr(*where),
                    _sample(err.instance),
                    "exactly one of the schema's alternatives",
                    at,
                )
            ]
        return [
            Issue(
                "constraint_violation", ptr(*where), _sample(err.instance), _short(err.message), at
            )
        ]


# -- helpers ---------------------------------------------------------------------------------

_SKIP = object()


def _observed(value: Any) -> Any:
    return None if value is _SKIP else _sample(value)


def _decode(body: bytes, mime: str) -> tuple[Any, str | None]:
    """(parsed body or _SKIP for media types we do not parse, problem)."""
    kind = media_kind(mime)
    if _is_json(mime):
        try:
            return orjson.loads(body), None
        except orjson.JSONDecodeError as exc:
            return _SKIP, f"a JSON document ({exc})"
    if kind == "application/x-www-form-urlencoded":
        try:
            return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True)), None
        except UnicodeDecodeError:
            return _SKIP, "a UTF-8 form body"
    return _SKIP, None


def _rejects_type(errors: list[Any], parent: Any) -> bool:
    depth = len(parent.instance_path)
    return any(e.kind.name == "type" and len(e.instance_path) == depth for e in errors)


def _parsed(body: bytes, mime: str) -> Any:
    value, _ = _decode(body, mime)
    return None if value is _SKIP else value


def _location(err: Any) -> str | None:
    loc = err.absolute_keyword_location
    if isinstance(loc, str) and "#" in loc:
        return unquote(loc.split("#", 1)[1])
    return None


def _as_request(issue: Issue) -> Issue:
    return Issue(
        "request_invalid",
        issue.pointer,
        issue.observed,
        issue.expected,
        issue.schema_at,
        cause=issue.kind,
        extra=issue.extra,
    )


def _dedupe(issues: list[Issue]) -> list[Issue]:
    seen: set[tuple[str, str]] = set()
    out = []
    for issue in issues:
        key = (issue.kind, issue.pointer)
        if key not in seen:
            seen.add(key)
            out.append(issue)
    return out


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _sample(value: Any, limit: int = 200) -> Any:
    """A truncated copy of a value, small enough for a report."""
    if isinstance(value, str):
        return _short(value, limit)
    if isinstance(value, dict | list):
        text = orjson.dumps(value).decode()
        return value if len(text) <= limit else text[: limit - 3] + "..."
    return value


def _sample_bytes(data: bytes, limit: int = 200) -> str:
    return _short(data.decode("utf-8", "replace"), limit)


_INT = re.compile(r"^[+-]?\d+$")


def _types(schema: dict[str, Any], spec: ApiSpec) -> list[str]:
    if "$ref" in schema:
        return _types(spec.resolve(schema["$ref"][1:])[1], spec)
    t = schema.get("type")
    if isinstance(t, list):
        return [x for x in t if x != "null"]
    if t:
        return [t]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return [x for s in schema[key] for x in _types(s, spec)]
    if "enum" in schema:
        return sorted({json_type(v) for v in schema["enum"]})
    return ["string"]


def coerce(schema: dict[str, Any], raw: str | list[str], spec: ApiSpec) -> Any:
    """A query/path/header/form string as the schema's type; ValueError when it cannot be."""
    types = _types(schema, spec)
    if "array" in types:
        items = raw if isinstance(raw, list) else [v for v in raw.split(",") if v != ""]
        if isinstance(raw, list) and len(raw) == 1:
            items = [v for v in raw[0].split(",") if v != ""]
        item_schema = schema.get("items") or {}
        return [coerce(item_schema, v, spec) for v in items]
    value = raw[-1] if isinstance(raw, list) else raw
    for t in types:
        if t == "integer" and _INT.match(value):
            return int(value)
        if t == "number":
            try:
                return int(value) if _INT.match(value) else float(value)
            except ValueError:
                continue
        if t == "boolean" and value in ("true", "false", "1", "0"):
            return value in ("true", "1")
        if t in ("string", "object", "null"):
            return value
    raise ValueError(f"{' or '.join(types)} (got {value!r})")


def coerce_form(value: dict[str, str], schema: Any, spec: ApiSpec) -> dict[str, Any]:
    props = (schema or {}).get("properties") or {} if isinstance(schema, dict) else {}
    out: dict[str, Any] = {}
    for k, v in value.items():
        try:
            out[k] = coerce(props[k], v, spec) if k in props else v
        except ValueError:
            out[k] = v
    return out
