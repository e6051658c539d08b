"""Render the changes of a release as a short markdown section a person reads.

One entry per change at its source: an edit of a shared schema is one entry naming the
schema (as the client spells it, ``ListMetadata.columns``) and every operation it reaches;
operations are named as the client calls them (``client.work_orders.get_work_order``)
beside their HTTP form; the Python API changes sit with the HTTP ones at their level.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .api_names import attribute_path
from .bump import Bump
from .diff import Change, required_bump

SECTIONS = (
    (Bump.MAJOR, "Breaking changes"),
    (Bump.MINOR, "New and relaxed"),
    (Bump.PATCH, "Other changes"),
)
INLINE_OPERATIONS = 3
"""More operations than this go into a folded list."""


class Entry:
    """Changes with one source and one meaning, and the operations they reach."""

    def __init__(self, change: Change) -> None:
        self.change = change
        self.operations: dict[str, str] = {}

    def reach(self, change: Change) -> None:
        if change.operation:
            self.operations.setdefault(change.operation, change.client)


def _key(change: Change) -> tuple[str, ...]:
    if change.source:
        return (change.kind, change.source, change.detail)
    return (change.kind, change.operation, change.where, change.detail)


def entries(changes: list[Change]) -> list[Entry]:
    """Changes grouped by source, in first-seen order."""
    found: dict[tuple[str, ...], Entry] = {}
    for change in changes:
        entry = found.setdefault(_key(change), Entry(change))
        entry.reach(change)
    return list(found.values())


def _operation(http: str, client: str) -> str:
    return f"`{client}` (`{http}`)" if client else f"`{http}`"


def _line(entry: Entry, doc: dict[str, Any]) -> list[str]:
    c = entry.change
    title = f"**{c.title}**"
    if c.kind.startswith("python-"):
        http = f" (`{c.operation}`)" if c.operation else ""
        return [f"- {title}: Python {c.where}{http}: {c.detail}"]
    ops = [_operation(http, client) for http, client in sorted(entry.operations.items())]
    if c.source and ops and not c.source.startswith(("/", "x-")):
        name = c.source.split(".", 1)[0].split("[", 1)[0].split("{", 1)[0]
        where = f"`{attribute_path(doc, c.source)}` (schema `{name}`, `{c.source}`)"
        line = f"- {title}: {where}: {c.detail}; reaches {len(ops)} operation(s)"
        if len(ops) <= INLINE_OPERATIONS:
            return [line + ": " + ", ".join(ops)]
        return [
            line + ":",
            "  <details><summary>" + f"{len(ops)} operations</summary>",
            "",
            *(f"  - {op}" for op in ops),
            "  </details>",
        ]
    where = ", ".join(x for x in (", ".join(ops), c.where) if x)
    return [f"- {title}: {where}: {c.detail}"]


def render(
    changes: list[Change], heading: str, compared_with: str, doc: dict[str, Any] | None = None
) -> str:
    """The markdown section: heading, required bump, then one list per level."""
    doc = doc or {}
    bump = required_bump(changes)
    lines = [f"## {heading}", "", f"Compared with {compared_with}."]
    if not changes:
        lines += ["", "No changes to the API. Required version bump: **none**.", ""]
        return "\n".join(lines)
    grouped = entries(changes)
    breaking = sum(1 for e in grouped if e.change.breaking)
    python = sum(1 for e in grouped if e.change.kind.startswith("python-"))
    lines += [
        "",
        f"Required version bump: **{bump}** ({breaking} breaking, {len(grouped)} change(s) "
        f"in all, {python} of them in the Python API).",
    ]
    for level, title in SECTIONS:
        chosen = [e for e in grouped if e.change.level is level]
        if not chosen:
            continue
        lines += ["", f"### {title}", ""]
        for entry in chosen:
            lines += _line(entry, doc)
    lines.append("")
    return "\n".join(lines)


def prepend(path: Path, section: str) -> None:
    """Put ``section`` at the top of a changelog file, replacing a section of the same
    heading (running ``make diff`` twice does not duplicate it)."""
    heading = section.splitlines()[0]
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    head, *blocks = re.split(r"(?m)^(?=## )", text)
    kept = [b.rstrip("\n") + "\n" for b in blocks if b.splitlines()[0] != heading]
    out = (head.rstrip("\n") or "# Changelog") + "\n\n" + section.rstrip("\n") + "\n"
    path.write_text(out + "".join("\n" + b for b in kept), encoding="utf-8")
