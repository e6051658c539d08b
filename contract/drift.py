"""``python -m contract drift``: where recorded traffic differs from the spec.

Reads a HAR file (the proxy's, or one exported from a browser, Postman or mitmproxy), checks
every exchange against the bundled spec and writes ``drift.json`` (one finding per operation,
kind and pointer, with a count and the first entry that showed it) and ``drift.md`` (the same,
grouped by operation, worst first). ``--propose`` then edits the split spec sources so that
the observed traffic would be accepted (see ``contract/propose.py``).

Exit status: 0 when nothing drifted, 1 when there are findings, 2 on bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import orjson

from generator.errors import SpecError

from .check import KINDS, Checker, Issue
from .har import MAX_BODY, MAX_FILE, Exchange, HarError, read_har
from .scrub import Scrubber, scrub_text
from .spec_index import BUNDLE, SPEC_ROOT, ApiSpec, path_template_guess

SEVERITY = {kind: i for i, kind in enumerate(KINDS)}


@dataclass
class Finding:
    operation_id: str | None
    method: str
    path: str
    kind: str
    pointer: str
    observed: Any
    expected: str
    count: int
    example_entry: int
    # kept for --propose, not written
    issues: list[Issue] = field(default_factory=list, repr=False)
    source_url: str = ""

    def public(self) -> dict[str, Any]:
        return {
            "operation_id": self.operation_id,
            "method": self.method,
            "path": self.path,
            "kind": self.kind,
            "pointer": self.pointer,
            "observed": self.observed,
            "expected": self.expected,
            "count": self.count,
            "example_entry": self.example_entry,
        }


@dataclass
class Report:
    findings: list[Finding]
    exchanges: int
    checked: int
    warnings: list[str]
    source: str


def analyse(exchanges: Iterable[Exchange], spec: ApiSpec, source: str = "") -> Report:
    """Check every exchange; merge the issues into findings (one per operation, kind,
    pointer)."""
    checker = Checker(spec)
    found: dict[tuple[str, str, str, str], Finding] = {}
    total = checked = unmatched = 0
    warnings: list[str] = []
    for ex in exchanges:
        total += 1
        warnings += ex.warnings
        if ex.status == 0 or ex.error:
            continue
        ex = ex.scrubbed()
        checked += 1
        op, issues = checker.check(ex)
        if op is None and not issues:
            unmatched += 1
        method = ex.method.upper()
        path = op.template if op else path_template_guess(urlsplit(ex.url).path)
        for issue in issues:
            key = (op.operation_id if op else f"{method} {path}", issue.kind, issue.pointer, "")
            finding = found.get(key)
            if finding is None:
                finding = found[key] = Finding(
                    operation_id=op.operation_id if op else None,
                    method=method,
                    path=path,
                    kind=issue.kind,
                    pointer=issue.pointer,
                    observed=issue.observed,
                    expected=issue.expected,
                    count=0,
                    example_entry=ex.index,
                    source_url=_source_url(ex.url),
                )
            finding.count += 1
            if len(finding.issues) < 50:
                finding.issues.append(issue)
    if unmatched:
        warnings.append(
            f"{unmatched} exchange(s) not checked: outside the API's paths "
            f"({', '.join(spec.api_prefixes)}), or to a path the spec lacks that was answered "
            "404/405 (the deployment lacks it too)"
        )
    ordered = sorted(
        found.values(),
        key=lambda f: (SEVERITY.get(f.kind, 99), -f.count, f.operation_id or "", f.pointer),
    )
    return Report(ordered, total, checked, warnings, source)


def _source_url(url: str) -> str:
    """The observed URL without its query (where secrets and ids of one call live)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}" if parts.scheme else url


def to_json(report: Report) -> bytes:
    doc = {
        "source": report.source,
        "exchanges": report.exchanges,
        "checked": report.checked,
        "findings": [f.public() for f in report.findings],
        "warnings": report.warnings,
    }
    text = _dumps(doc, indent=True)
    return (Scrubber().text(scrub_text(text)) + "\n").encode()


def _dumps(value: Any, indent: bool = False) -> str:
    try:
        return orjson.dumps(
            value, option=orjson.OPT_INDENT_2 if indent else 0, default=str
        ).decode()
    except TypeError:  # an integer beyond 64 bits (fuzzed input): the standard library copes
        return json.dumps(value, indent=2 if indent else None, default=str, ensure_ascii=False)


def _cell(value: Any, limit: int = 80) -> str:
    text = value if isinstance(value, str) else _dumps(value)
    text = text.replace("|", "\\|").replace("\n", " ").replace("`", "'")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def to_markdown(report: Report) -> str:
    lines = [
        "# Drift report",
        "",
        f"- traffic: `{report.source}` ({report.exchanges} exchanges, {report.checked} checked)",
        f"- findings: {len(report.findings)}"
        + (f" in {sum(f.count for f in report.findings)} occurrences" if report.findings else ""),
    ]
    for w in report.warnings[:20]:
        lines.append(f"- warning: {w}")
    if len(report.warnings) > 20:
        lines.append(f"- ... and {len(report.warnings) - 20} more warnings")
    if not report.findings:
        lines += ["", "No drift: every exchange matched the spec.", ""]
        return scrub_text("\n".join(lines))
    groups: dict[tuple[str | None, str, str], list[Finding]] = {}
    for f in report.findings:
        groups.setdefault((f.operation_id, f.method, f.path), []).append(f)
    order = sorted(
        groups.items(),
        key=lambda kv: (
            min(SEVERITY.get(f.kind, 99) for f in kv[1]),
            -sum(f.count for f in kv[1]),
            kv[0][0] or "",
        ),
    )
    for (op_id, method, path), items in order:
        title = f"`{op_id}`" if op_id else "unknown operation"
        lines += [
            "",
            f"## {title}: {method} {path}",
            "",
            "| kind | pointer | observed | expected | count | first entry |",
            "|---|---|---|---|---:|---:|",
        ]
        for f in items:
            lines.append(
                f"| {f.kind} | `{_cell(f.pointer) if f.pointer else '(the request)'}` | `{_cell(f.observed)}` | "
                f"{_cell(f.expected)} | {f.count} | {f.example_entry} |"
            )
    lines.append("")
    return scrub_text("\n".join(lines))


def write(report: Report, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "drift.json").write_bytes(to_json(report))
    (out / "drift.md").write_text(to_markdown(report), encoding="utf-8")


def _args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m contract drift",
        description="Report where recorded traffic (HAR) differs from the spec.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument(
        "--har", type=Path, required=True, default=argparse.SUPPRESS, help="HAR 1.2 file to check"
    )
    parser.add_argument(
        "--out", type=Path, default=Path("reports/drift"), help="where drift.json/.md go"
    )
    parser.add_argument(
        "--spec",
        type=Path,
        default=BUNDLE,
        help="the bundled spec, or a YAML source root (bundled in memory); "
        "with --propose, --spec-root is used",
    )
    parser.add_argument(
        "--propose",
        action="store_true",
        help="edit the spec sources (--spec-root) so the observed traffic is accepted",
    )
    parser.add_argument(
        "--spec-root", type=Path, default=SPEC_ROOT, help="root of the sources --propose edits"
    )
    parser.add_argument(
        "--max-file", type=int, default=MAX_FILE, help="largest HAR file read, in bytes"
    )
    parser.add_argument(
        "--max-body", type=int, default=MAX_BODY, help="bodies above this many bytes are skipped"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    try:
        exchanges = read_har(args.har, args.max_file, args.max_body)
    except HarError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        # --propose edits the sources, so it checks against their bundle (same pointers).
        spec = ApiSpec.load(args.spec_root if args.propose else args.spec)
    except (OSError, ValueError, SpecError) as exc:
        print(f"error: {args.spec}: cannot load the spec: {exc}", file=sys.stderr)
        return 2
    report = analyse(exchanges, spec, str(args.har))
    write(report, args.out)
    for w in report.warnings:
        print(f"warning: {w}", file=sys.stderr)
    counts: dict[str, int] = {}
    for f in report.findings:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in counts.items()) or "no drift"
    print(
        f"{report.checked}/{report.exchanges} exchanges checked: {len(report.findings)} findings"
        f" ({summary}); report: {args.out / 'drift.md'}"
    )
    if args.propose and report.findings:
        from .propose import propose

        changes, skipped = propose(report, spec, args.spec_root, str(args.har))
        for line in changes:
            print(f"proposed: {line}")
        for line in skipped:
            print(f"not proposed: {line}")
        print(
            f"{len(changes)} edit(s) left uncommitted under {args.spec_root.parent} (bundle "
            "rebuilt); review them with `git diff` and `make diff BASE=HEAD`, then `make generate`"
        )
    return 1 if report.findings else 0


if __name__ == "__main__":
    raise SystemExit(main())
