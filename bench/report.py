"""Sections of the results and how they are written: bench/results.md for people, results.json
for tools. A figure always travels with its anchor and their ratio; a missing anchor is shown
as unavailable with its reason, never as a number."""

from __future__ import annotations

import json
import os
import platform
import time
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any


@dataclass
class Target:
    """One target of the issue and what this run measured against it."""

    text: str
    measured: str
    met: bool | None
    """None: not measured in this run (anchor unavailable, quick mode...)."""
    note: str = ""


@dataclass
class Section:
    key: str
    title: str
    intro: str = ""
    headers: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    profiles: list[tuple[str, str]] = field(default_factory=list)
    """(title, text) of profiles taken because a target was missed."""
    seconds: float = 0.0


def intro(doc: str | None) -> str:
    """A module docstring minus its first paragraph, each paragraph on one line (markdown)."""
    paragraphs = (doc or "").strip().split("\n\n")[1:]
    return "\n\n".join(" ".join(p.split()) for p in paragraphs)


def _versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for dist in (
        "openapi-python-client",
        "datamodel-code-generator",
        "httpx",
        "pydantic",
        "openapi-generator-cli",
        "pyinstrument",
    ):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "not installed"
    return out


def write(sections: list[Section], out: Path, *, quick: bool, extra: dict[str, str]) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    meta = {
        "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "mode": "quick (smoke)" if quick else "full",
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
        "versions": {**_versions(), **extra},
    }
    doc = {"meta": meta, "sections": [asdict(s) for s in sections]}
    (out / "results.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    md = out / "results.md"
    md.write_text(markdown(sections, meta), encoding="utf-8")
    return md


def _mark(met: bool | None) -> str:
    return {True: "met", False: "**missed**", None: "not measured"}[met]


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return lines


def markdown(sections: list[Section], meta: dict[str, Any]) -> str:
    versions = ", ".join(f"{k} {v}" for k, v in meta["versions"].items())
    lines = [
        "# Benchmarks",
        "",
        f"Written by `make bench` ({meta['mode']}) on {meta['date']}: {meta['cpus']} cores"
        f" ({meta['machine']}); {versions}.",
        "",
        "Every figure is `median [min–max]` over the runs shown, measured in the same run as its"
        " anchor, with the cases interleaved; the ratio is of the medians. Absolute times on this"
        " noisy 2-core machine matter only through the ratios.",
        "",
        "## Targets",
        "",
    ]
    rows = [[s.key, t.text, t.measured, _mark(t.met), t.note] for s in sections for t in s.targets]
    lines += _table(["", "target", "measured", "", "note"], rows)
    for s in sections:
        lines += ["", f"## {s.key}: {s.title}", ""]
        if s.intro:
            lines += [s.intro, ""]
        if s.rows:
            lines += _table(s.headers, s.rows)
            lines.append("")
        for note in s.notes:
            lines += [note, ""]
        for title, text in s.profiles:
            lines += [f"**Profile: {title}**", "", "```", text.rstrip(), "```", ""]
        lines.append(f"_Section time: {s.seconds:.0f} s._")
    return "\n".join(lines).rstrip() + "\n"
