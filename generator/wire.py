"""What the generated client can put on the wire, checked before generating.

openapi-python-client formats path parameters with ``str()``, hands query parameters to httpx
(lists become repeated keys: ``form``, exploded) and headers as plain strings; our runtime
sends the access token on every call inside the base URL and none outside it (the token
endpoint). A parameter ``style``/``explode`` or an operation's ``security`` the client would
not honour is an error located in the spec's file and JSON pointer, not a silent difference
between the spec and the requests the client sends.
"""

from __future__ import annotations

from typing import Any

from .bundle import Bundle
from .errors import SpecError, pointer
from .lint import operations

SCALARS = frozenset({"string", "integer", "number", "boolean"})
SENDABLE = {("apiKey", "query", "access_token"), ("http", "bearer", None)}
"""Security schemes the runtime can satisfy with its token (oauth2 flows obtain that token)."""


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    for _ in range(16):
        if (
            isinstance(node, dict)
            and isinstance(node.get("$ref"), str)
            and node["$ref"].startswith("#/")
        ):
            target: Any = doc
            for token in node["$ref"][2:].split("/"):
                target = (target or {}).get(token.replace("~1", "/").replace("~0", "~"))
            node = target
        else:
            break
    return node


def _types(doc: dict[str, Any], schema: Any) -> set[str]:
    schema = _resolve(doc, schema) or {}
    t = schema.get("type")
    found = {t} if isinstance(t, str) else set(t or [])
    for key in ("anyOf", "oneOf"):
        for branch in schema.get(key) or []:
            found |= _types(doc, branch)
    return found - {"null"}


def _parameter_problem(doc: dict[str, Any], param: dict[str, Any]) -> str | None:
    place = param.get("in")
    style, explode = param.get("style"), param.get("explode")
    if style is None and explode is None:
        return None
    types = _types(doc, param.get("schema"))
    scalar = bool(types) and types <= SCALARS
    if place in ("path", "header"):
        if style not in (None, "simple"):
            return f"style {style!r} for a {place} parameter: the client sends the plain value (style simple)"
        return None
    if place in ("query", "cookie"):
        if style not in (None, "form"):
            return f"style {style!r}: the client sends query parameters as form, exploded"
        if explode is False and not scalar:
            return "explode: false on a list or object: the client repeats the key for each item (explode true)"
        return None
    return None


def _sendable(doc: dict[str, Any], alternative: dict[str, Any]) -> bool:
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    for name in alternative:
        scheme = _resolve(doc, schemes.get(name)) or {}
        kind = scheme.get("type")
        if kind == "oauth2" or (kind, scheme.get("in"), scheme.get("name")) in SENDABLE:
            continue
        if (kind, str(scheme.get("scheme", "")).lower(), None) in SENDABLE:
            continue
        return False
    return True


def problems(result: Bundle) -> list[SpecError]:
    """Parameters and operations whose wire form the client would not produce."""
    doc = result.document
    found: list[SpecError] = []

    def fail(ptr: str, message: str) -> None:
        origin = result.locate(ptr)
        found.append(
            SpecError(origin.file, origin.pointer, f"unsupported by the client: {message}")
        )

    for path, method, op in operations(doc):
        item = doc["paths"][path]
        here = pointer("paths", path, method)
        for where, params in (
            (pointer("paths", path), item.get("parameters")),
            (here, op.get("parameters")),
        ):
            for i, raw in enumerate(params or []):
                param = _resolve(doc, raw)
                if not isinstance(param, dict):
                    continue
                problem = _parameter_problem(doc, param)
                if problem:
                    ref = raw.get("$ref") if isinstance(raw, dict) else None
                    ptr = ref[1:] if isinstance(ref, str) else f"{where}/parameters/{i}"
                    fail(ptr, f"parameter {param.get('name')!r}: {problem}")
        security = op["security"] if "security" in op else doc.get("security")
        outside = bool(item.get("servers") or op.get("servers"))
        alternatives = [a for a in security or [] if isinstance(a, dict)]
        anonymous = not alternatives or any(not a for a in alternatives)
        ptr = here + "/security" if "security" in op else "/security"
        if not anonymous and outside:
            fail(
                ptr,
                "an operation outside the base URL is called without the token, but its security requires one",
            )
        elif not alternatives and not outside:
            fail(
                ptr,
                "security: [] (no token) is honoured only outside the base URL (the token "
                "endpoint); the client would send its token here",
            )
        elif alternatives and not anonymous and not any(_sendable(doc, a) for a in alternatives):
            fail(
                ptr,
                "no alternative the client can satisfy (it sends an access_token query or a Bearer token)",
            )
    return found
