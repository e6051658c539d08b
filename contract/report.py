"""``report.md`` of a contract run: the summary a person reads first.

From schemathesis' NDJSON events: generated cases per operation and phase, failed checks, the
422 answers per operation (each is a rule the schema did not state, or a reference the data
did not have); from the link walk (``contract/walk.py``): links followed of declared, the
longest chain, the lifecycle chains and any step that failed a check.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from contract.walk import Result

METHODS = ("get", "put", "post", "delete", "patch")


def read_events(
    report_dir: Path,
) -> tuple[dict[str, Counter[str]], dict[str, set[str]], Counter[str]]:
    """Per operation label: generated cases per phase, failed check names, 422 answers."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    failures: dict[str, set[str]] = defaultdict(set)
    refused: Counter[str] = Counter()
    for path in sorted(report_dir.glob("ndjson-*.ndjson")):
        for line in path.read_text(encoding="utf-8").splitlines():
            finished = json.loads(line).get("ScenarioFinished")
            if not finished:
                continue
            recorder = finished.get("recorder") or {}
            label = recorder.get("label", "?")
            cases = recorder.get("cases") or {}
            counts[label][finished.get("phase", "?")] += len(cases)
            for checks in (recorder.get("checks") or {}).values():
                for check in checks:
                    if check.get("status") == "failure":
                        failures[label].add(str(check.get("name")))
            for case_id, interaction in (recorder.get("interactions") or {}).items():
                status = (interaction.get("response") or {}).get("status_code")
                value = (cases.get(case_id) or {}).get("value") or {}
                if status == 422 and value:
                    refused[f"{value['method']} {value['path']}"] += 1
    return counts, failures, refused


def labels(bundle: dict[str, Any]) -> list[str]:
    return [
        f"{method.upper()} {path}"
        for path, item in bundle["paths"].items()
        for method in item
        if method in METHODS
    ]


def walk_lines(walk: Result) -> list[str]:
    declared = len(walk.declared)
    followed = len(set(walk.declared) & walk.followed)
    share = 100 * followed / declared if declared else 0
    longest = walk.longest_chain()
    lines = [
        f"- stateful links followed: {followed} of {declared} ({share:.0f}%)",
        f"- longest chain: {len(longest)} steps: "
        + " -> ".join(f"`{s.operation_id}`" for s in longest),
    ]
    for chain, steps, done in walk.lifecycles:
        where = "" if done else f" (stopped at `{steps[-1].operation_id}`: {steps[-1].status})"
        lines.append(
            f"- lifecycle {'PASSED' if done else 'FAILED'}: "
            + " -> ".join(f"`{op}`" for op in chain)
            + where
        )
    return lines


def walk_section(walk: Result) -> list[str]:
    applied = sum(1 for s in walk.steps if s.ok)
    lines = [
        "",
        "## Link walk",
        "",
        f"{len(walk.steps)} requests, {applied} answered 2xx; "
        f"{sum(1 for s in walk.steps if s.example)} used the spec's example body after "
        "generated ones were refused.",
        "",
    ]
    missed = sorted(set(walk.declared) - walk.followed)
    if missed:
        lines += ["Links not followed (their source was never created):", ""]
        lines += [f"- `{name}`" for name in missed] + [""]
    if walk.failed:
        lines += ["| step | status | failed checks |", "|---|---:|---|"]
        lines += [f"| `{s.label}` | {s.status} | {', '.join(s.failures)} |" for s in walk.failed]
    return lines


def write_report(
    *,
    report_dir: Path,
    bundle: dict[str, Any],
    settings: str,
    base_url: str,
    log: str,
    code: int,
    walk: Result | None,
) -> str:
    counts, failures, refused = read_events(report_dir)
    if walk is not None:
        for step in walk.steps:
            if step.status == 422:
                refused[step.label] += 1
    ops = labels(bundle)
    links = re.search(r"API Links:\s+(\d+) covered / (\d+) selected", log)
    lines = [
        "# Contract run",
        "",
        f"- target: `{base_url}`",
        f"- {settings}",
        f"- result: {'PASSED' if code == 0 else f'FAILED (exit {code})'}",
        f"- operations tested: {sum(1 for label in ops if label in counts)} / {len(ops)}",
        f"- generated cases: {sum(sum(v.values()) for v in counts.values())}",
    ]
    if walk is not None:
        lines += walk_lines(walk)
    if links:
        lines.append(
            f"- schemathesis' stateful phase: {links.group(1)} of {links.group(2)} links covered"
        )
    lines.append(f"- 422 answers: {sum(refused.values())} on {len(refused)} operations")
    head = list(lines)
    lines += [
        "",
        "| operation | examples | coverage | fuzzing | 422 | failures |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for label in ops:
        c = counts.get(label, Counter())
        failed = ", ".join(sorted(failures.get(label, set())))
        lines.append(
            f"| `{label}` | {c['examples']} | {c['coverage']} | {c['fuzzing']} "
            f"| {refused.get(label, 0)} | {failed} |"
        )
    stateful = counts.get("Stateful tests", Counter())["stateful"]
    lines += ["", f"Stateful phase: {stateful} generated cases across the spec's links."]
    if walk is not None:
        lines += walk_section(walk)
    text = "\n".join(lines) + "\n"
    (report_dir / "report.md").write_text(text, encoding="utf-8")
    return "\n".join([*head, f"report: {report_dir / 'report.md'}"])
