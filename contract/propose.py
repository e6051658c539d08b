"""``drift --propose``: the smallest edit of the spec sources that accepts what was observed.

Each finding names the bundle pointer of the schema keyword that rejected the traffic (or of
the object schema lacking a field, or of the operation's responses); the bundler's origin map
turns that into a source file and a pointer inside it, and the file is edited in place with
ruamel.yaml (comments, order and quoting kept). Every edited node gets
``x-evidence: {level: observed, sources: [<the observed URL>], checked: <today>}`` and an
``x-note`` saying what was seen. Nothing is committed: review with ``git diff`` and
``make diff``.

| finding | edit |
|---|---|
| undocumented_field | add the property, typed from the observed values |
| unknown_enum_value | add the observed values to the enum (a ``const`` becomes an enum) |
| type_mismatch | widen ``type`` with the observed type |
| missing_required | drop the field from ``required`` (a parameter/body: ``required: false``) |
| format_mismatch | drop the ``format`` or ``pattern`` |
| constraint_violation | drop the violated keyword (``minimum``, ``maxLength``...) |
| undocumented_status | add the response, its schema inferred from the observed bodies |
| undocumented_media_type | add the media type (request: same schema as the declared one) |
| request_invalid | the edit of the underlying kind |
| unknown_operation | a path item in ``paths/observed.yaml`` (tag Observed) with the observed answers |
"""

from __future__ import annotations

import copy
import io
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from genson import SchemaBuilder  # type: ignore[import-untyped]
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedSeq

from generator.bundle import bundle, dumps, write_if_changed
from generator.index import update_root

from .check import Issue
from .spec_index import ApiSpec, unescape

if TYPE_CHECKING:
    from .drift import Finding, Report


OBSERVED_FILE = "paths/observed.yaml"
OBSERVED_TAG = "Observed"
SHARED_ERRORS = ("400", "401", "403", "404", "422", "429", "500")  # what the spec lint wants


def _yaml() -> YAML:
    y = YAML()
    y.preserve_quotes = True
    y.width = 4096
    y.indent(mapping=2, sequence=4, offset=2)
    y.representer.add_representer(
        type(None), lambda r, _: r.represent_scalar("tag:yaml.org,2002:null", "null")
    )
    return y


class Sources:
    """The spec's source files, loaded on demand and written back once."""

    def __init__(self, spec_root: Path) -> None:
        self.root = spec_root
        self.spec_dir = spec_root.parent
        self.bundle = bundle(spec_root)
        self.yaml = _yaml()
        self.docs: dict[str, Any] = {}
        self.touched: set[str] = set()

    def locate(self, bundle_ptr: str) -> tuple[str, Any, str] | None:
        """(file, parent node, last token) of the source behind a bundle pointer."""
        origin = self.bundle.locate(bundle_ptr)
        if not (self.spec_dir / origin.file).is_file():
            return None
        node = self.load(origin.file)
        tokens = [unescape(t) for t in origin.pointer.split("/")[1:]]
        if not tokens:
            return None
        for token in tokens[:-1]:
            if isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            elif isinstance(node, dict) and token in node:
                node = node[token]
            else:
                return None
        return origin.file, node, tokens[-1]

    def load(self, name: str) -> Any:
        if name not in self.docs:
            path = self.spec_dir / name
            self.docs[name] = (
                self.yaml.load(path.read_text(encoding="utf-8")) if path.is_file() else {}
            )
        return self.docs[name]

    def root_bases(self) -> list[str]:
        servers = self.bundle.document.get("servers") or []
        return [urlsplit(str(s.get("url", ""))).path.rstrip("/") for s in servers] or [""]

    def bare_servers(self, url: str) -> list[dict[str, str]]:
        """Servers for a path outside the API's base path: those of the spec's own
        bare-host operations, else the observed origin."""
        for item in self.bundle.document.get("paths", {}).values():
            if isinstance(item, dict) and item.get("servers"):
                return [dict(s) for s in item["servers"]]
        parts = urlsplit(url)
        return [{"url": f"{parts.scheme}://{parts.netloc}"}]

    def next_seed(self) -> int:
        """A seed number after every one in use (observed operations are not in the index)."""
        seeds = [
            op.get("x-seed-operation", 0)
            for item in self.bundle.document.get("paths", {}).values()
            for op in (item or {}).values()
            if isinstance(op, dict)
        ]
        seeds += [
            op.get("x-seed-operation", 0)
            for item in self.load(OBSERVED_FILE).values()
            for op in (item or {}).values()
            if isinstance(op, dict)
        ]
        top = max([s for s in seeds if isinstance(s, int)] or [0])
        return max(top + 1, 1000)

    def shared_errors(self) -> dict[str, str]:
        """code -> $ref (from paths/) of the shared error answers the spec's operations use."""
        out: dict[str, str] = {}
        for item in self.bundle.document.get("paths", {}).values():
            for op in (item or {}).values():
                if not isinstance(op, dict) or op.get("security") == []:
                    continue
                for code, resp in (op.get("responses") or {}).items():
                    ref = resp.get("$ref") if isinstance(resp, dict) else None
                    if code in SHARED_ERRORS and isinstance(ref, str) and code not in out:
                        origin = self.bundle.origins.get(ref[1:])
                        if origin is not None:
                            out[code] = f"../{origin.file}#{origin.pointer}"
        return out

    def observed_paths(self) -> Any:
        self.touched.add(OBSERVED_FILE)
        return self.load(OBSERVED_FILE)

    def add_tag(self) -> None:
        root = self.load(self.root.name)
        tags = root.setdefault("tags", [])
        if not any(isinstance(t, dict) and t.get("name") == OBSERVED_TAG for t in tags):
            tags.append(
                {
                    "name": OBSERVED_TAG,
                    "description": "Operations seen in recorded traffic that the documentation lacks (drift --propose).",
                }
            )
            self.touched.add(self.root.name)

    def save(self) -> list[str]:
        for name in sorted(self.touched):
            out = io.StringIO()
            self.yaml.dump(self.docs[name], out)
            (self.spec_dir / name).write_text(out.getvalue(), encoding="utf-8")
        if OBSERVED_FILE in self.touched:
            update_root(self.root)  # the root's paths: index gains the new path items
        return sorted(self.touched)


def infer(values: list[Any]) -> dict[str, Any]:
    """A schema accepting every observed value (fields optional: only what was seen)."""
    builder = SchemaBuilder(schema_uri=None)
    for value in values:
        builder.add_object(value)
    schema: dict[str, Any] = builder.to_schema()
    schema.pop("$schema", None)
    out: dict[str, Any] = _no_required(schema)
    return out


def _media(values: list[Any], status: str) -> dict[str, Any]:
    """A media type for observed bodies: their schema, and the first as the example of a
    success answer (the spec's rule for 2xx)."""
    if not values:
        return {"schema": {}}
    out: dict[str, Any] = {"schema": infer(values)}
    if status.startswith("2"):
        out["example"] = values[0]
    return out


def _no_required(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _no_required(v) for k, v in node.items() if k != "required"}
    if isinstance(node, list):
        return [_no_required(v) for v in node]
    return node


def _annotate(node: Any, url: str, note: str) -> None:
    if not isinstance(node, dict):
        return
    today = datetime.now(UTC).date().isoformat()
    old = node.get("x-evidence")
    sources = [url]
    if isinstance(old, dict):
        sources += [s for s in old.get("sources") or [] if s != url]
    node["x-evidence"] = {"level": "observed", "sources": sources, "checked": today}
    prefix = "Observed in recorded traffic:"
    prev = node.get("x-note")
    if isinstance(prev, str) and note not in prev:
        node["x-note"] = (
            f"{prev.rstrip()} {note}" if prefix in prev else f"{prev.rstrip()} {prefix} {note}"
        )
    elif prev is None:
        node["x-note"] = f"{prefix} {note}"


def _types(node: dict[str, Any]) -> list[str]:
    t = node.get("type")
    return list(t) if isinstance(t, list) else [t] if isinstance(t, str) else []


def _widen(node: dict[str, Any], observed: set[str]) -> list[str]:
    types = _types(node)
    added = []
    for t in sorted(observed):
        if t in types or (t == "integer" and "number" in types):
            continue
        types.append(t)
        added.append(t)
    if added:
        non_null = [t for t in types if t != "null"]
        flow = CommentedSeq(non_null + (["null"] if "null" in types else []))
        flow.fa.set_flow_style()
        node["type"] = flow
        if "null" in added and isinstance(node.get("enum"), list) and None not in node["enum"]:
            node["enum"].append(None)
    return added


class Proposer:
    def __init__(self, spec: ApiSpec, sources: Sources) -> None:
        self.spec = spec
        self.src = sources
        self.changes: list[str] = []
        self.skipped: list[str] = []

    def apply(self, finding: Finding, url: str) -> None:
        kind = finding.kind
        by_at: dict[str | None, list[Issue]] = {}
        for issue in finding.issues:
            by_at.setdefault(issue.schema_at, []).append(issue)
        label = f"{finding.operation_id or finding.method + ' ' + finding.path} {kind} {finding.pointer}"
        if kind == "unknown_operation":
            result = self._operation(finding, url)
            self.changes.append(f"{OBSERVED_FILE}: {label}: {result}")
            return
        for at, issues in by_at.items():
            effective = issues[0].cause if kind == "request_invalid" else kind
            if at is None or effective is None:
                self.skipped.append(f"{label}: no schema location to edit")
                continue
            handler = getattr(self, "_" + effective, None)
            place = self.src.locate(at)
            if handler is None or place is None:
                self.skipped.append(f"{label}: cannot edit {at}")
                continue
            file, parent, key = place
            result = handler(parent, key, issues, url)
            if result:
                self.src.touched.add(file)
                self.changes.append(f"{file}: {label}: {result}")
            else:
                self.skipped.append(f"{label}: nothing to change at {file}")

    def _operation(self, finding: Finding, url: str) -> str:
        """A path item for traffic to a path the spec lacks, in ``paths/observed.yaml``."""
        issues = finding.issues
        observed_path = str(issues[0].extra.get("path") or finding.path)
        base = next(
            (b for b in self.src.root_bases() if b and observed_path.startswith(b + "/")), None
        )
        template = finding.path[len(base) :] if base else finding.path
        doc = self.src.observed_paths()
        item = doc.setdefault(template, {})
        if base is None and self.src.root_bases() != [""]:
            item["servers"] = self.src.bare_servers(url)
        params = [
            {
                "name": name[1:-1],
                "in": "path",
                "required": True,
                "schema": {"type": "integer" if name == "{id}" else "string"},
            }
            for name in re.findall(r"\{[^}]+\}", template)
        ]
        slug = re.sub(r"[^a-z0-9]+", "_", template.lower()).strip("_") or "root"
        method = finding.method.lower()
        responses: dict[str, Any] = {}
        for status in sorted({str(i.extra.get("status")) for i in issues}):
            same = [i for i in issues if str(i.extra.get("status")) == status]
            answer: dict[str, Any] = {"description": f"Observed answer {status}."}
            media = same[0].extra.get("media_type") or ""
            values = [i.extra["value"] for i in same if i.extra.get("value") is not None]
            if media and any(i.extra.get("has_body") for i in same):
                answer["content"] = {media: _media(values, status)}
            responses[status] = answer
        for code, ref in self.src.shared_errors().items():  # the spec's usual error answers
            responses.setdefault(code, {"$ref": ref})
        op: dict[str, Any] = {
            "operationId": f"observed_{method}_{slug}",
            "x-seed-operation": self.src.next_seed(),
            "tags": [OBSERVED_TAG],
            "summary": f"Observed {finding.method} {template}",
            "description": "Seen in recorded traffic but not documented; name, tag, "
            "parameters and bodies need a human.",
        }
        if params:
            op["parameters"] = params
        op["responses"] = dict(sorted(responses.items()))
        _annotate(op, url, f"{finding.method} {observed_path}.")
        item[method] = op
        self.src.add_tag()
        return f"operation {op['operationId']} added"

    # each handler: (parent node, key of the keyword/node, issues, url) -> description or ""

    def _unknown_enum_value(self, parent: Any, key: str, issues: list[Issue], url: str) -> str:
        values = []
        for issue in issues:
            v = issue.extra.get("value")
            if v not in values:
                values.append(v)
        if key == "const":
            old = parent.pop("const")
            parent["enum"] = [old]
            key = "enum"
        enum = parent.get(key)
        if not isinstance(enum, list):
            return ""
        new = [v for v in values if v not in enum]
        enum.extend(new)
        if new:
            _annotate(parent, url, f"enum value(s) {', '.join(map(repr, new))}.")
        return f"enum += {new}" if new else ""

    def _type_mismatch(self, parent: Any, key: str, issues: list[Issue], url: str) -> str:
        if key != "type" or not isinstance(parent, dict):
            return ""
        observed = {str(i.extra["observed_type"]) for i in issues if i.extra.get("observed_type")}
        added = _widen(parent, observed)
        if added:
            _annotate(parent, url, f"value(s) of type {', '.join(added)}.")
        return f"type += {added}" if added else ""

    def _missing_required(self, parent: Any, key: str, issues: list[Issue], url: str) -> str:
        node = parent.get(key) if isinstance(parent, dict) else None
        if isinstance(node, list):
            names = sorted({str(i.extra.get("property")) for i in issues} & set(node))
            for name in names:
                node.remove(name)
            if not node:
                del parent[key]
            if names:
                _annotate(parent, url, f"answers without {', '.join(names)}.")
            return f"no longer required: {names}" if names else ""
        if node is True or key == "required":
            parent[key] = False
            _annotate(parent, url, "requests without it.")
            return "required: false"
        return ""

    def _format_mismatch(self, parent: Any, key: str, issues: list[Issue], url: str) -> str:
        if not isinstance(parent, dict) or key not in ("format", "pattern") or key not in parent:
            return ""
        old = parent.pop(key)
        sample = issues[0].observed
        _annotate(parent, url, f"{sample!r} does not match {key} {old!r}, so it was dropped.")
        return f"{key} {old!r} dropped"

    def _constraint_violation(self, parent: Any, key: str, issues: list[Issue], url: str) -> str:
        if not isinstance(parent, dict) or key not in parent:
            return ""
        old = parent.pop(key)
        _annotate(parent, url, f"{issues[0].observed!r} breaks {key}: {old!r}, so it was dropped.")
        return f"{key} {old!r} dropped"

    def _undocumented_field(self, parent: Any, key: str, issues: list[Issue], url: str) -> str:
        if issues[0].extra.get("side") == "query":
            return self._query_parameter(
                parent.get(key) if isinstance(parent, dict) else None, issues, url
            )
        schema = parent.get(key) if isinstance(parent, dict) else None
        if not isinstance(schema, dict):
            return ""
        props = schema.setdefault("properties", {})
        name = str(issues[0].extra["property"])
        if name in props:
            return ""
        new = infer([i.extra.get("value") for i in issues])
        _annotate(new, url, f"field {name!r} not in the documentation.")
        props[name] = new
        return f"property {name!r} added ({new.get('type', 'any')})"

    def _query_parameter(self, op: Any, issues: list[Issue], url: str) -> str:
        if not isinstance(op, dict):
            return ""
        name = str(issues[0].extra["property"])
        params = op.setdefault("parameters", [])
        if any(
            isinstance(p, dict) and p.get("name") == name and p.get("in") == "query" for p in params
        ):
            return ""
        param: dict[str, Any] = {
            "name": name,
            "in": "query",
            "required": False,
            "description": "Sent by the observed client and accepted; meaning not documented.",
            "schema": {"type": "string"},
        }
        _annotate(param, url, f"query parameter {name}={issues[0].observed!r}.")
        params.append(param)
        return f"query parameter {name!r} added"

    def _undocumented_status(self, parent: Any, key: str, issues: list[Issue], url: str) -> str:
        responses = parent.get(key) if isinstance(parent, dict) else None
        if not isinstance(responses, dict):
            return ""
        status = str(issues[0].extra["status"])
        if status in responses:
            return ""
        answer: dict[str, Any] = {"description": f"Observed answer {status}, not documented."}
        media = issues[0].extra.get("media_type") or ""
        values = [i.extra.get("value") for i in issues if i.extra.get("value") is not None]
        if media and any(i.extra.get("has_body") for i in issues):
            answer["content"] = {media: _media(values, status)}
        _annotate(answer, url, f"status {status}.")
        responses[status] = answer
        return f"response {status} added"

    def _undocumented_media_type(self, parent: Any, key: str, issues: list[Issue], url: str) -> str:
        content = parent.get(key) if isinstance(parent, dict) else None
        media = str(issues[0].extra.get("media_type") or "")
        if not isinstance(content, dict) or not media or media in content:
            return ""
        if issues[0].extra.get("side") == "request" and content:
            first = next(iter(content.values()))
            entry = {"schema": copy.deepcopy(first["schema"])} if "schema" in first else {}
        else:
            values = [i.extra.get("value") for i in issues if i.extra.get("value") is not None]
            entry = _media(values, str(issues[0].extra.get("status", "")))
        content[media] = entry
        _annotate(parent, url, f"media type {media}.")
        return f"media type {media} added"


def propose(
    report: Report, spec: ApiSpec, spec_root: Path, har: str
) -> tuple[list[str], list[str]]:
    """Edit the sources under ``spec_root``'s directory; returns (changes, not proposed)."""
    sources = Sources(spec_root)
    proposer = Proposer(spec, sources)
    for finding in report.findings:
        proposer.apply(finding, finding.source_url or har)
    sources.save()
    dist = spec_root.parent / "dist" / "openapi.json"
    if proposer.changes and dist.is_file():  # keep the bundle in step, so `make diff` sees it
        write_if_changed(dist, dumps(bundle(spec_root).document))
    return proposer.changes, proposer.skipped
