"""Render classified spec changes as a markdown changelog section.

Changes that are the same except for the operation (a shared schema edited once, felt by many
operations) become one bullet naming the operations, so a section stays readable.
"""

from __future__ import annotations

import re
from pathlib import Path

from .diff import Bump, Change, required_bump

SECTIONS = (
    (Bump.MAJOR, "Breaking changes"),
    (Bump.MINOR, "New and relaxed"),
    (Bump.PATCH, "Other changes"),
)
MAX_OPERATIONS = 6


def _bullet(change: Change, operations: list[str]) -> str:
    ops = [f"`{op}`" for op in operations if op]
    shown = ", ".join(ops[:MAX_OPERATIONS])
    if len(ops) > MAX_OPERATIONS:
        shown += f" and {len(ops) - MAX_OPERATIONS} more"
    where = ", ".join(x for x in (shown, change.where) if x)
    return f"- **{change.title}**: {where}: {change.detail}"


def render(changes: list[Change], heading: str, compared_with: str) -> str:
    """The markdown section: heading, required bump, then one list per level."""
    bump = required_bump(changes)
    breaking = sum(1 for c in changes if c.breaking)
    lines = [f"## {heading}", "", f"Compared with {compared_with}."]
    if not changes:
        lines += ["", "No changes to the API. Required version bump: **none**.", ""]
        return "\n".join(lines)
    lines += [
        "",
        f"Required version bump: **{bump}** ({breaking} breaking, {len(changes)} change(s) in all).",
    ]
    for level, title in SECTIONS:
        groups: dict[tuple[str, str, str], list[str]] = {}
        for change in changes:
            if change.level is level:
                groups.setdefault((change.kind, change.where, change.detail), []).append(
                    change.operation
                )
        if not groups:
            continue
        lines += ["", f"### {title}", ""]
        for (kind, where, detail), ops in groups.items():
            lines.append(_bullet(Change(kind, "", where, detail), ops))
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
