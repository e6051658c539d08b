"""How well each operation is backed by Field Nation's own pages, read from the spec.

Every operation carries ``x-evidence`` (the best source seen for it) and anything that is
this project's convention rather than Field Nation's carries ``x-sandbox: true``. This module
turns those annotations into a report (a table of operations, counts by level, every
``x-sandbox`` item) and checks that they are well formed, so a reviewer can see at a glance
what is documented, what is inferred and what is ours.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .bundle import Bundle
from .errors import SpecError, escape_token, pointer
from .lint import operations

LEVELS = ("observed", "playground", "guide", "legacy", "client", "inferred")
"""Best first: seen in a deployment's recorded traffic (``contract drift --propose``; sources
are the observed URLs), a 2026-02-09 playground page, a narrative guide, the older reference,
Field Nation's Android client, nothing seen."""

EVIDENCE_KEYS = frozenset({"level", "sources", "checked", "inferred"})
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
URL = re.compile(r"^https?://[^\s/]+\.[^\s/]+(/\S*)?$")
GITHUB_FILE = re.compile(r"^https://github\.com/[^/]+/[^/]+/(?:blob|tree|raw)/(?P<ref>[^/]+)/")
"""A file in a GitHub repository: evidence names the commit that was read (40 hex digits), since
what a branch or ``HEAD`` shows changes after the check."""
COMMIT = re.compile(r"^[0-9a-f]{40}$")


@dataclass(frozen=True)
class OperationRow:
    """One operation's evidence as the report shows it."""

    seed: int | None
    method: str
    path: str
    operation_id: str
    tag: str
    level: str
    sources: tuple[str, ...]
    inferred: str


@dataclass(frozen=True)
class SandboxItem:
    """One node marked ``x-sandbox: true``: where it is and what it is."""

    pointer: str
    source: str
    what: str


@dataclass(frozen=True)
class Report:
    """Everything ``make fidelity`` prints."""

    rows: list[OperationRow]
    sandbox: list[SandboxItem]

    def counts(self) -> dict[str, int]:
        """Operations per evidence level, every level listed (plus ``missing``)."""
        seen = Counter(row.level for row in self.rows)
        out = {level: seen.get(level, 0) for level in LEVELS}
        if seen.get("missing"):
            out["missing"] = seen["missing"]
        return out


def evidence_problems(value: Any, *, operation: bool) -> list[tuple[str, str]]:
    """(relative pointer, message) for everything wrong with one ``x-evidence`` value.

    An operation's evidence needs ``level``, ``checked`` and (unless inferred) ``sources``;
    a field's or parameter's may be just ``{level: inferred, inferred: "..."}``.
    """
    if not isinstance(value, dict):
        return [("", f"x-evidence must be a mapping, got {type(value).__name__}")]
    problems: list[tuple[str, str]] = []
    for key in sorted(set(value) - EVIDENCE_KEYS):
        problems.append(
            ("/" + escape_token(key), f"unknown key {key!r} (allowed: {sorted(EVIDENCE_KEYS)})")
        )
    level = value.get("level")
    if level not in LEVELS:
        problems.append(("/level", f"level must be one of {', '.join(LEVELS)}; got {level!r}"))
    sources = value.get("sources")
    if sources is None:
        if operation and level != "inferred":
            problems.append(("", "sources (a list of URLs) is missing"))
    elif not isinstance(sources, list) or (not sources and level != "inferred"):
        problems.append(("/sources", "sources must be a non-empty list of URLs"))
    else:
        for i, url in enumerate(sources):
            if not isinstance(url, str) or not URL.match(url):
                problems.append((f"/sources/{i}", f"not an http(s) URL: {url!r}"))
            elif (found := GITHUB_FILE.match(url)) and not COMMIT.match(found["ref"]):
                problems.append(
                    (
                        f"/sources/{i}",
                        f"a GitHub file is cited at {found['ref']!r}: name the commit read "
                        "(blob/<40 hex digits>/...), which does not change after the check",
                    )
                )
    checked = value.get("checked")
    if checked is None:
        if operation:
            problems.append(("", "checked (the date the sources were read, YYYY-MM-DD) is missing"))
    elif not isinstance(checked, str) or not DATE.match(checked):
        problems.append(
            ("/checked", f"checked must be a quoted date string YYYY-MM-DD, got {checked!r}")
        )
    inferred = value.get("inferred")
    if level == "inferred" and not (isinstance(inferred, str) and inferred.strip()):
        problems.append(("", 'level inferred needs `inferred: "<what was inferred>"`'))
    elif inferred is not None and not isinstance(inferred, str):
        problems.append(("/inferred", "inferred must be a string saying what was inferred"))
    return problems


def _walk(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every mapping in the document with its pointer, skipping example data (a schema's
    ``example``/``examples`` values and an Example Object's ``value``, but not the Example
    Objects themselves, which may be marked too)."""
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            at = f"{where}/{escape_token(key)}"
            if key == "example" or (key == "examples" and not isinstance(value, dict)):
                continue
            if key == "examples":
                for name, ex in value.items():
                    if isinstance(ex, dict):
                        yield f"{at}/{escape_token(name)}", ex
                continue
            yield from _walk(value, at)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{where}/{i}")


def _summary(text: str, limit: int = 160) -> str:
    """The sentence that says why an item is ours (it names the sandbox or "our"), else the
    first one, shortened to ``limit`` characters."""
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))
    marked = [x for x in sentences if re.search(r"sandbox|\bour(s)?\b|\binvented\b", x, re.I)]
    sentence = (marked or sentences)[0]
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"


def _label(ptr: str, node: dict[str, Any], doc: dict[str, Any]) -> str:
    """A short name for what a pointer addresses: an operation, a parameter, a response..."""
    tokens = [t.replace("~1", "/").replace("~0", "~") for t in ptr.split("/")[1:]]
    if tokens[:1] == ["paths"] and len(tokens) >= 3:
        op = f"{tokens[2].upper()} {tokens[1]}"
        rest = tokens[3:]
        if not rest:
            return f"operation {op}"
        if rest[0] == "parameters" and "name" in node:
            return f"{node.get('in', '?')} parameter {node['name']!r} of {op}"
        if rest[0] == "responses" and len(rest) == 2:
            return f"response {rest[1]} of {op}"
        return f"{'/'.join(rest)} of {op}"
    if tokens[:2] == ["components", "parameters"] and "name" in node:
        return f"{node.get('in', '?')} parameter {node['name']!r} ({tokens[2]})"
    if tokens[:2] == ["components", "schemas"] and len(tokens) >= 3:
        rest = tokens[3:]
        fields = [rest[i + 1] for i in range(len(rest) - 1) if rest[i] == "properties"]
        return f"schema {tokens[2]}" + (f" field {'.'.join(fields)}" if fields else "")
    if tokens[:2] == ["components", "responses"] and len(tokens) >= 3:
        return f"shared response {tokens[2]}"
    return ptr or "the document root"


def _what(ptr: str, node: dict[str, Any], doc: dict[str, Any]) -> str:
    text = node.get("x-note") or node.get("description") or node.get("summary") or ""
    label = _label(ptr, node, doc)
    return f"{label}: {_summary(str(text))}" if text else label


def report(result: Bundle) -> Report:
    """Collect every operation's evidence and every ``x-sandbox`` item of a bundle."""
    doc = result.document
    rows = []
    for path, method, op in operations(doc):
        ev = op.get("x-evidence")
        ok = isinstance(ev, dict) and ev.get("level") in LEVELS
        sources = ev.get("sources") if isinstance(ev, dict) else None
        seed = op.get("x-seed-operation")
        rows.append(
            OperationRow(
                seed=seed if isinstance(seed, int) else None,
                method=method.upper(),
                path=path,
                operation_id=str(op.get("operationId", "")),
                tag=str((op.get("tags") or [""])[0]),
                level=str(ev["level"]) if ok and isinstance(ev, dict) else "missing",
                sources=tuple(str(s) for s in sources) if isinstance(sources, list) else (),
                inferred=str(ev.get("inferred") or "") if isinstance(ev, dict) else "",
            )
        )
    rows.sort(key=lambda r: (r.seed is None, r.seed or 0, r.path, r.method))
    items = []
    for ptr, node in _walk(doc, ""):
        if "x-sandbox" in node:
            origin = result.locate(ptr)
            items.append(SandboxItem(ptr, f"{origin.file}#{origin.pointer}", _what(ptr, node, doc)))
    return Report(rows, items)


def check(result: Bundle) -> list[SpecError]:
    """Every problem with the fidelity annotations, located in the source files.

    Each operation needs a well-formed ``x-evidence``; every other ``x-evidence`` must be
    well formed too; ``x-sandbox`` must be ``true`` on a node that says what it is
    (description or x-note); ``x-fn-sources`` is gone (its URLs belong in x-evidence).
    """
    doc = result.document
    errors: list[SpecError] = []

    def fail(ptr: str, message: str) -> None:
        origin = result.locate(ptr)
        errors.append(SpecError(origin.file, origin.pointer, message))

    op_pointers = set()
    for path, method, op in operations(doc):
        here = pointer("paths", path, method)
        op_pointers.add(here)
        name = f"{method.upper()} {path} ({op.get('operationId', 'no operationId')})"
        if "x-evidence" not in op:
            fail(here, f"{name}: x-evidence is missing")
        else:
            for rel, message in evidence_problems(op["x-evidence"], operation=True):
                fail(here + "/x-evidence" + rel, f"{name}: {message}")
    for ptr, node in _walk(doc, ""):
        if "x-evidence" in node and ptr not in op_pointers:
            for rel, message in evidence_problems(node["x-evidence"], operation=False):
                fail(ptr + "/x-evidence" + rel, message)
        if "x-sandbox" in node:
            if node["x-sandbox"] is not True:
                fail(ptr + "/x-sandbox", f"x-sandbox must be true, got {node['x-sandbox']!r}")
            elif not any(str(node.get(k) or "").strip() for k in ("description", "x-note")):
                fail(ptr, "x-sandbox item needs a description or x-note saying it is ours")
        if "x-fn-sources" in node:
            fail(ptr + "/x-fn-sources", "x-fn-sources is replaced by x-evidence.sources")
    return errors


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(rep: Report) -> str:
    """The report as markdown (printed and written to reports/fidelity.md)."""
    counts = rep.counts()
    total = len(rep.rows)
    lines = [
        "# Fidelity: the spec's evidence per operation",
        "",
        "Generated by `make fidelity` from the spec's `x-evidence` and `x-sandbox` annotations.",
        "Levels, best first: observed (seen in a deployment's recorded traffic), "
        "playground (a 2026-02-09 REST API playground page), guide "
        "(/docs/rest-api/ guides), legacy (older reference), client (Field Nation's Android "
        "client), inferred (not seen on any page).",
        "",
        "## Counts by level",
        "",
        "| level | operations |",
        "|---|---:|",
        *(f"| {level} | {n} |" for level, n in counts.items()),
        f"| **all** | **{total}** |",
        "",
        "## Operations",
        "",
        "| # | method | path | operationId | tag | level | sources |",
        "|---:|---|---|---|---|---|---|",
    ]
    for row in rep.rows:
        sources = " ".join(row.sources) or "-"
        if row.inferred:
            sources += f" (inferred: {row.inferred})"
        lines.append(
            f"| {row.seed if row.seed is not None else '-'} | {row.method} | `{_cell(row.path)}` "
            f"| {row.operation_id} | {_cell(row.tag)} | {row.level} | {_cell(sources)} |"
        )
    lines += [
        "",
        f"## Ours, not Field Nation's (`x-sandbox`): {len(rep.sandbox)} item(s)",
        "",
        "| pointer | source | what |",
        "|---|---|---|",
        *(
            f"| `{_cell(item.pointer)}` | `{_cell(item.source)}` | {_cell(item.what)} |"
            for item in rep.sandbox
        ),
        "",
    ]
    return "\n".join(lines)
