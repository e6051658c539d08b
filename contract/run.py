"""The contract run: schemathesis over every operation of the bundled spec, all checks, the
stateful phase driven by the spec's links, auth through the token operation.

    python -m contract run                             # against an embedded sandbox (free port)
    python -m contract run --base-url URL              # against another deployment (read-only
                                                       # unless --destructive)

Writes ``reports/contract/``: schemathesis' JUnit XML and NDJSON, ``report.md`` (a readable
summary with case counts per operation and phase) and ``schemathesis.log`` (its console
output). Exits with schemathesis' status: 0 only when nothing failed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
CONFIG = Path(__file__).with_name("schemathesis.toml")
BUNDLE = ROOT / "spec" / "dist" / "openapi.json"
PHASES = ("examples", "coverage", "fuzzing", "stateful")
WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
CREDENTIALS = ("FN_CLIENT_ID", "FN_CLIENT_SECRET", "FN_USERNAME", "FN_PASSWORD")


def _args(argv: list[str] | None) -> argparse.Namespace:
    env = os.environ
    parser = argparse.ArgumentParser(
        prog="python -m contract run", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--base-url",
        default=env.get("BASE_URL") or None,
        help="API base URL (…/api/rest/v2); default: an embedded sandbox",
    )
    parser.add_argument(
        "--token-url",
        default=env.get("FN_TOKEN_URL") or None,
        help="default: <origin>/authentication/api/oauth/token",
    )
    parser.add_argument(
        "--examples",
        type=int,
        default=int(env.get("CONTRACT_EXAMPLES", "10")),
        help="max examples per operation and phase",
    )
    parser.add_argument("--seed", type=int, default=int(env.get("CONTRACT_SEED", "1")))
    parser.add_argument("--workers", default=env.get("CONTRACT_WORKERS", "2"))
    parser.add_argument("--phases", default=env.get("CONTRACT_PHASES", ",".join(PHASES)))
    parser.add_argument(
        "--destructive",
        action="store_true",
        default=env.get("CONTRACT_DESTRUCTIVE") == "1",
        help="remote mode: also run writes",
    )
    parser.add_argument(
        "--report-dir",
        type=Path,
        default=Path(env.get("CONTRACT_REPORT_DIR", ROOT / "reports" / "contract")),
    )
    return parser.parse_args(argv)


@contextmanager
def _target(args: argparse.Namespace) -> Iterator[tuple[str, dict[str, str]]]:
    """(API base URL, credentials) of the deployment under test."""
    if args.base_url:
        missing = [name for name in CREDENTIALS if not os.environ.get(name)]
        if missing:
            raise SystemExit(f"error: remote mode needs {', '.join(missing)} in the environment")
        from contract.remote import recorded  # traffic through the recording proxy + drift

        with recorded(args.base_url.rstrip("/"), args.report_dir) as base_url:
            yield base_url, {name: os.environ[name] for name in CREDENTIALS}
        return
    from sandbox.seed import COMPANIES
    from sandbox.server import running

    demo = COMPANIES[0]
    creds = {
        "FN_CLIENT_ID": demo["client_id"],
        "FN_CLIENT_SECRET": demo["client_secret"],
        "FN_USERNAME": demo["username"],
        "FN_PASSWORD": demo["password"],
    }
    with running() as origin:
        yield f"{origin}/api/rest/v2", creds


def _config(examples: int, work: Path) -> Path:
    """The checked-in config plus this run's example budget."""
    text = CONFIG.read_text(encoding="utf-8")
    path = work / "schemathesis.toml"
    path.write_text(f"[generation]\nmax-examples = {examples}\n\n{text}", encoding="utf-8")
    return path


def run(args: argparse.Namespace) -> int:
    args.report_dir.mkdir(parents=True, exist_ok=True)
    for old in args.report_dir.glob("*"):
        if old.is_file():
            old.unlink()
    remote = bool(args.base_url)
    phases = args.phases
    with _target(args) as (base_url, creds), tempfile.TemporaryDirectory() as tmp:
        parts = urlsplit(base_url)
        token_url = (
            args.token_url or f"{parts.scheme}://{parts.netloc}/authentication/api/oauth/token"
        )
        env = {
            **os.environ,
            **creds,
            "FN_TOKEN_URL": token_url,
            "SCHEMATHESIS_HOOKS": "contract.hooks",
        }
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        cmd = [
            str(Path(sys.executable).parent / "schemathesis"),
            "--config-file", str(_config(args.examples, Path(tmp))),
            "run", str(BUNDLE),
            "--url", base_url,
            "--checks", "all",
            "--phases", phases,
            "--seed", str(args.seed),
            "--workers", str(args.workers),
            "--report", "junit,ndjson",
            "--report-dir", str(args.report_dir),
            "--no-color",
        ]  # fmt: skip
        if remote and not args.destructive:
            # Read-only against someone else's data: no writes, so no stateful chains either.
            for method in WRITE_METHODS:
                cmd += ["--exclude-method", method]
            cmd[cmd.index("--phases") + 1] = (
                ",".join(p for p in phases.split(",") if p != "stateful") or "examples"
            )
        print(
            f"contract run against {base_url} ({'read-only' if remote and not args.destructive else 'all operations'})",
            flush=True,
        )
        proc = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    log = proc.stdout + proc.stderr
    (args.report_dir / "schemathesis.log").write_text(log, encoding="utf-8")
    summary = write_report(args, base_url, log, proc.returncode)
    print(summary)
    return proc.returncode


def _cases(report_dir: Path) -> tuple[dict[str, dict[str, int]], dict[str, set[str]]]:
    """Per operation label: generated cases per phase, and the failure codes seen."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    failures: dict[str, set[str]] = defaultdict(set)
    for path in sorted(report_dir.glob("ndjson-*.ndjson")):
        for line in path.read_text(encoding="utf-8").splitlines():
            event = json.loads(line)
            finished = event.get("ScenarioFinished")
            if not finished:
                continue
            recorder = finished.get("recorder") or {}
            label = recorder.get("label", "?")
            counts[label][finished.get("phase", "?")] += len(recorder.get("cases") or {})
            for checks in (recorder.get("checks") or {}).values():
                for check in checks:
                    if check.get("status") == "failure":
                        failures[label].add(str(check.get("name")))
    return counts, failures


def write_report(args: argparse.Namespace, base_url: str, log: str, code: int) -> str:
    counts, failures = _cases(args.report_dir)
    operations = json.loads(BUNDLE.read_text(encoding="utf-8"))["paths"]
    labels = [
        f"{m.upper()} {p}"
        for p, item in operations.items()
        for m in item
        if m in ("get", "put", "post", "delete", "patch")
    ]
    links = re.search(r"API Links:\s+(\d+) covered / (\d+) selected", log)
    cases = re.search(r"(\d+) generated, (\d+) found|(\d+) generated, (\d+) passed", log)
    lines = [
        "# Contract run",
        "",
        f"- target: `{base_url}`",
        f"- seed: {args.seed}, max examples: {args.examples}, phases: {args.phases}",
        f"- result: {'PASSED' if code == 0 else f'FAILED (exit {code})'}",
        f"- operations tested: {sum(1 for label in labels if label in counts)} / {len(labels)}",
        f"- generated cases: {sum(sum(v.values()) for v in counts.values())}",
    ]
    if links:
        lines.append(f"- stateful links covered: {links.group(1)} / {links.group(2)}")
    if cases is None and "generated" not in log:
        lines.append("- schemathesis output: see schemathesis.log")
    lines += [
        "",
        "| operation | examples | coverage | fuzzing | failures |",
        "|---|---:|---:|---:|---|",
    ]
    for label in labels:
        c = counts.get(label, {})
        failed = ", ".join(sorted(failures.get(label, set()))) or ""
        lines.append(
            f"| `{label}` | {c.get('examples', 0)} | {c.get('coverage', 0)} | {c.get('fuzzing', 0)} | {failed} |"
        )
    stateful = counts.get("Stateful tests", {}).get("stateful", 0)
    lines += ["", f"Stateful phase: {stateful} generated cases across the spec's links.", ""]
    text = "\n".join(lines)
    (args.report_dir / "report.md").write_text(text, encoding="utf-8")
    return "\n".join(lines[:9]) + f"\nreport: {args.report_dir / 'report.md'}"


def main(argv: list[str] | None = None) -> int:
    return run(_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
