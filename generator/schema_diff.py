"""Compare two JSON schemas of an operation, on the request or the response side.

A request schema may only get looser and a response schema only stricter; each aspect
(type, format, enum, bounds, union branches, properties, required) is judged that way.
``$ref`` is resolved on both sides; components unchanged with everything they refer to are
skipped, so comparing a large spec costs milliseconds.
"""

from __future__ import annotations

import json
from typing import Any

from .errors import pointer

# Ordered pairs (narrower, wider) of formats on the same type.
WIDER_FORMAT = {("int32", "int64"), ("float", "double"), ("int32", "double"), ("int64", "double")}
UPPER_BOUNDS = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
LOWER_BOUNDS = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _value(value: Any) -> str:
    return "unset" if value is None else f"`{canonical(value)}`"


def _text(values: Any) -> str:
    return ", ".join(f"`{canonical(v)}`" for v in sorted(values, key=canonical))


def resolve(doc: dict[str, Any], node: Any) -> tuple[Any, str | None]:
    """Follow local ``$ref`` chains; also return the last component name passed."""
    name = None
    for _ in range(32):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            break
        ref = node["$ref"]
        if not ref.startswith("#/"):
            break
        target: Any = doc
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            target = target.get(token) if isinstance(target, dict) else None
        name = ref.rsplit("/", 1)[-1]
        node = target
    return node, name


class SchemaDiff:
    """Schema comparison; the subclass decides what a change is recorded as."""

    def __init__(self, base: dict[str, Any], head: dict[str, Any]) -> None:
        self.base = base
        self.head = head
        self.same = _same_components(base, head)
        self.visited: set[str] = set()
        """Component schemas a comparison went through (reachable from an operation)."""

    def add(self, kind: str, where: str, detail: str, source: str = "") -> None:
        """Record a change; ``source`` names where it was made (``ListMetadata.columns``)
        when that is a shared component, so one edit is one entry however many operations
        it reaches."""
        raise NotImplementedError

    def unchanged(self, b: Any, h: Any) -> bool:
        """Equal text and every reference inside points at an unchanged component."""
        return canonical(b) == canonical(h) and _refs(b) <= self.same

    def flatten(self, doc: dict[str, Any], node: Any) -> tuple[dict[str, Any], str | None]:
        """Resolve a schema, merge its ``allOf`` parts and fold the nullable patterns
        (``nullable: true``, ``anyOf: [X, {type: null}]``) into ``type``."""
        node, name = resolve(doc, node)
        if name:
            self.visited.add(name)
        if not isinstance(node, dict):
            return {}, name
        if "allOf" in node:
            merged: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
            props: dict[str, Any] = dict(merged.get("properties") or {})
            required: list[str] = list(merged.get("required") or [])
            refs = [part for part in node["allOf"] if _is_ref(part)]
            if len(refs) == 1 and len(node["allOf"]) == 1 and not props:
                name = name or resolve(doc, refs[0])[1]  # a wrapper: {allOf: [$ref], ...}
            for part in node["allOf"]:
                flat, _ = self.flatten(doc, part)
                props.update(flat.get("properties") or {})
                required += [r for r in flat.get("required") or [] if r not in required]
                for k, v in flat.items():
                    merged.setdefault(k, v)
            if props:
                merged["properties"] = props
            if required:
                merged["required"] = required
            node = merged
        for key in ("anyOf", "oneOf"):
            variants = node.get(key)
            if isinstance(variants, list):
                rest = [v for v in variants if v != {"type": "null"}]
                if len(rest) == 1 and len(rest) < len(variants):
                    inner, inner_name = self.flatten(doc, rest[0])
                    node = {**inner, **{k: v for k, v in node.items() if k != key}}
                    node["type"] = sorted((_types(inner) or set()) | {"null"})
                    name = inner_name or name
        if node.get("nullable") is True and isinstance(node.get("type"), str):
            node = {**node, "type": [node["type"], "null"]}
        return node, name

    # -- schemas ------------------------------------------------------------------------

    def schema(
        self,
        b: Any,
        h: Any,
        side: str,
        where: str,
        path: str = "",
        seen: frozenset[tuple[int, int]] = frozenset(),
        src: tuple[str, str] = ("", ""),
    ) -> None:
        """Compare two schemas on the ``request`` or ``response`` side; ``src`` is the
        nearest named component above and the path inside it."""
        if b is None or h is None or self.unchanged(b, h):
            return
        pair = (id(b), id(h))
        if pair in seen:  # recursive schemas
            return
        seen = seen | {pair}
        b_raw, h_raw = b, h
        b, b_name = self.flatten(self.base, b)
        h, name = self.flatten(self.head, h)
        self.visited.update(n for n in (name, b_name) if n)
        name = name or b_name
        if name:  # this node is, or wraps, a named component: changes inside are its own
            src = (name, "")
        source = src[0] + src[1] if src[0] else ""
        at = f"{where} `{path}`" if path else where
        of = f" (schema `{name}`)" if name else ""

        def directed(aspect: str, narrowed: bool, widened: bool, detail: str) -> None:
            """Narrowing breaks requests, widening breaks responses, both break both."""
            verb = "changed" if narrowed and widened else "narrowed" if narrowed else "widened"
            if aspect == "constraint":
                verb = {"narrowed": "tightened", "widened": "loosened"}.get(verb, verb)
            self.add(f"{side}-{aspect}-{verb}", at, detail + of, source)

        b_union, h_union = _variants(self.base, b), _variants(self.head, h)
        if b_union or h_union:  # a plain schema is a union of one; branches compare by type
            b_union = b_union or {_signature(self.base, b_raw): b_raw}
            h_union = h_union or {_signature(self.head, h_raw): h_raw}
            self._union(b_union, h_union, side, where, path, seen, src)
            return
        bt, ht = _types(b), _types(h)
        if bt != ht:
            lost, gained = _not_accepted(bt, ht), _not_accepted(ht, bt)
            directed("type", lost, gained, f"type {_type_text(bt)} -> {_type_text(ht)}")
            if lost and gained and bt and ht and not (bt & ht):
                return  # an unrelated type: nothing below is comparable
        self._format(b, h, directed)
        self._enum(b, h, side, at, of, directed, source)
        self._constraints(b, h, directed)
        if b.get("default") != h.get("default"):
            self.add(
                f"{side}-default-changed",
                at,
                f"default {_value(b.get('default'))} -> {_value(h.get('default'))}{of}",
                source,
            )
        self._properties(b, h, side, where, path, seen, name, src)
        if isinstance(b.get("items"), dict) and isinstance(h.get("items"), dict):
            sub = (src[0], src[1] + "[]")
            self.schema(b["items"], h["items"], side, where, f"{path}[]", seen, sub)
        if isinstance(b.get("additionalProperties"), dict) and isinstance(
            h.get("additionalProperties"), dict
        ):
            ap_b, ap_h = b["additionalProperties"], h["additionalProperties"]
            sub = (src[0], src[1] + "{*}")
            self.schema(ap_b, ap_h, side, where, f"{path}{{*}}", seen, sub)

    def _format(self, b: dict[str, Any], h: dict[str, Any], directed: Any) -> None:
        bf, hf = b.get("format"), h.get("format")
        if bf == hf:
            return
        if bf is None or (hf, bf) in WIDER_FORMAT:
            narrowed, widened = True, False
        elif hf is None or (bf, hf) in WIDER_FORMAT:
            narrowed, widened = False, True
        else:
            narrowed = widened = True
        directed("format", narrowed, widened, f"format `{bf}` -> `{hf}`")

    def _enum(
        self,
        b: dict[str, Any],
        h: dict[str, Any],
        side: str,
        at: str,
        of: str,
        directed: Any,
        source: str,
    ) -> None:
        be, he = _enum(b), _enum(h)
        if be == he:
            return
        if be is None or he is None:  # an enum introduced narrows, one dropped widens
            values = _text((he if he is not None else be or {}).values())
            action = "added" if he is not None else "removed"
            directed("constraint", he is not None, be is not None, f"enum {action}: {values}")
            return
        removed = [v for k, v in be.items() if k not in he]
        added = [v for k, v in he.items() if k not in be]
        if removed:
            self.add(f"{side}-enum-value-removed", at, f"removed {_text(removed)}{of}", source)
        if added:
            self.add(f"{side}-enum-value-added", at, f"added {_text(added)}{of}", source)

    def _constraints(self, b: dict[str, Any], h: dict[str, Any], directed: Any) -> None:
        for key in (*UPPER_BOUNDS, *LOWER_BOUNDS, "multipleOf", "pattern", "uniqueItems"):
            bv, hv = b.get(key), h.get(key)
            if bv == hv or (key == "uniqueItems" and bool(bv) == bool(hv)):
                continue
            if bv is None or (key == "uniqueItems" and hv):
                narrowed, widened = True, False
            elif hv is None or key == "uniqueItems":
                narrowed, widened = False, True
            elif key in UPPER_BOUNDS:
                narrowed, widened = hv < bv, hv > bv
            elif key in LOWER_BOUNDS:
                narrowed, widened = hv > bv, hv < bv
            else:  # a different pattern or multipleOf: neither contains the other in general
                narrowed = widened = True
            directed("constraint", narrowed, widened, f"{key} {_value(bv)} -> {_value(hv)}")

    def _union(
        self,
        bv: dict[str, Any],
        hv: dict[str, Any],
        side: str,
        where: str,
        path: str,
        seen: frozenset[tuple[int, int]],
        src: tuple[str, str],
    ) -> None:
        """Branches match by signature; a plain schema on one side is a union of one."""
        at = f"{where} `{path}`" if path else where
        source = src[0] + src[1] if src[0] else ""
        for sig in sorted(bv.keys() - hv.keys()):
            self.add(f"{side}-union-variant-removed", at, f"variant {sig} removed", source)
        for sig in sorted(hv.keys() - bv.keys()):
            self.add(f"{side}-union-variant-added", at, f"variant {sig} added", source)
        for sig in sorted(bv.keys() & hv.keys()):
            self.schema(bv[sig], hv[sig], side, where, path, seen, src)

    def _properties(
        self,
        b: dict[str, Any],
        h: dict[str, Any],
        side: str,
        where: str,
        path: str,
        seen: frozenset[tuple[int, int]],
        name: str | None,
        src: tuple[str, str],
    ) -> None:
        bp, hp = _props(self.base, b, side), _props(self.head, h, side)
        if not bp and not hp:
            return
        br = set(b.get("required") or []) & bp.keys()
        hr = set(h.get("required") or []) & hp.keys()
        owner = f" of `{name}`" if name else ""
        for prop in sorted(bp.keys() | hp.keys()):
            sub = f"{path}.{prop}" if path else prop
            at = f"{where} `{sub}`"
            inner = (src[0], f"{src[1]}.{prop}")
            source = inner[0] + inner[1] if inner[0] else ""
            if prop not in hp:
                self.add(f"{side}-property-removed", at, f"field `{prop}`{owner} removed", source)
            elif prop not in bp:
                if side == "request" and prop in hr:
                    kind = "new-required-request-property"
                else:
                    kind = f"{side}-property-added"
                self.add(kind, at, f"`{prop}`{owner} added", source)
            else:
                if prop in hr and prop not in br:
                    kind = f"{side}-property-became-required"
                    self.add(kind, at, f"`{prop}`{owner}", source)
                elif prop in br and prop not in hr:
                    kind = f"{side}-property-became-optional"
                    self.add(kind, at, f"`{prop}`{owner}", source)
                self.schema(bp[prop], hp[prop], side, where, sub, seen, inner)


def _is_ref(node: Any) -> bool:
    return isinstance(node, dict) and isinstance(node.get("$ref"), str)


def _types(node: dict[str, Any]) -> frozenset[str] | None:
    """The JSON types a schema allows; None when unconstrained."""
    if "const" in node:
        return frozenset({_json_type(node["const"])})
    t = node.get("type")
    if isinstance(t, str):
        return frozenset({t})
    if isinstance(t, list):
        return frozenset(str(x) for x in t)
    if "properties" in node:
        return frozenset({"object"})
    return None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, dict) else "string"


def _not_accepted(old: frozenset[str] | None, new: frozenset[str] | None) -> bool:
    """Whether some type ``old`` allowed is refused by ``new`` (integer is a number)."""
    if new is None:
        return False
    if old is None:
        return True
    return any(t not in new and not (t == "integer" and "number" in new) for t in old)


def _type_text(types: frozenset[str] | None) -> str:
    return "any" if types is None else "|".join(f"`{t}`" for t in sorted(types))


def _enum(node: dict[str, Any]) -> dict[str, Any] | None:
    if "const" in node:
        return {canonical(node["const"]): node["const"]}
    values = node.get("enum")
    if not isinstance(values, list):
        return None
    return {canonical(v): v for v in values}


def _variants(doc: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Branches of an ``anyOf``/``oneOf``, keyed by their signature."""
    return {_signature(doc, v): v for key in ("anyOf", "oneOf") for v in node.get(key) or []}


def _signature(doc: dict[str, Any], node: Any) -> str:
    """A union branch's identity: its component name, else its type."""
    resolved, name = resolve(doc, node)
    if name:
        return f"`{name}`"
    return _type_text(_types(resolved) if isinstance(resolved, dict) else None)


def _props(doc: dict[str, Any], node: dict[str, Any], side: str) -> dict[str, Any]:
    """Properties that travel on this side (readOnly never in requests, writeOnly never in
    responses)."""
    hidden = "readOnly" if side == "request" else "writeOnly"
    out = {}
    for name, schema in (node.get("properties") or {}).items():
        resolved = resolve(doc, schema)[0]
        if not (isinstance(resolved, dict) and resolved.get(hidden) is True):
            out[name] = schema
    return out


def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["$ref"]} if isinstance(node.get("$ref"), str) else set()
        for v in node.values():
            found |= _refs(v)
        return found
    if isinstance(node, list):
        return set().union(*(_refs(v) for v in node)) if node else set()
    return set()


def _same_components(base: dict[str, Any], head: dict[str, Any]) -> set[str]:
    """References (``#/components/...``) whose target, and all it refers to, is unchanged:
    comparing them again for every operation would find nothing."""
    b = base.get("components") or {}
    h = head.get("components") or {}
    deps: dict[str, set[str]] = {}
    for section in b.keys() & h.keys():
        if not (isinstance(b[section], dict) and isinstance(h[section], dict)):
            continue
        for name in b[section].keys() & h[section].keys():
            if canonical(b[section][name]) == canonical(h[section][name]):
                deps[pointer("components", section, name).replace("/", "#/", 1)] = _refs(
                    b[section][name]
                )
    same = set(deps)
    while True:
        worse = {ref for ref in same if not deps[ref] <= same}
        if not worse:
            return same
        same -= worse
