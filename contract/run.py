"""The contract run: schemathesis over every operation of the bundled spec, all checks, the
stateful phase driven by the spec's links, auth through the token operation; then the link
walk (``contract/walk.py``) that follows every declared link and the work-order lifecycle
with generated data.

    python -m contract run                             # against an embedded sandbox (free port)
    python -m contract run --base-url URL              # against another deployment (read-only
                                                       # unless --destructive)

Writes ``reports/contract/``: schemathesis' JUnit XML and NDJSON, ``report.md`` (a readable
summary: links followed, lifecycle chains, case counts and 422 answers per operation; see
``contract/report.py``) and ``schemathesis.log`` (its console output). Exits 0 only when
nothing failed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from contract.references import fetch_token
from contract.report import write_report
from contract.walk import Result, run_walk

ROOT = Path(__file__).resolve().parents[1]
CONFIG = Path(__file__).with_name("schemathesis.toml")
BUNDLE = ROOT / "spec" / "dist" / "openapi.json"
PHASES = ("examples", "coverage", "fuzzing", "stateful")
WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
CREDENTIALS = ("FN_CLIENT_ID", "FN_CLIENT_SECRET", "FN_USERNAME", "FN_PASSWORD")


def _args(argv: list[str] | None) -> argparse.Namespace:
    env = os.environ
    parser = argparse.ArgumentParser(
        prog="python -m contract run",
        description=__doc__.splitlines()[0],
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument(
        "--base-url",
        default=env.get("BASE_URL") or None,
        help="API base URL (…/api/rest/v2), env BASE_URL; unset: an embedded sandbox on a free port",
    )
    parser.add_argument(
        "--token-url",
        default=env.get("FN_TOKEN_URL") or None,
        help="token URL, env FN_TOKEN_URL; unset: <origin>/authentication/api/oauth/token",
    )
    parser.add_argument(
        "--examples",
        type=int,
        default=int(env.get("CONTRACT_EXAMPLES", "10")),
        help="max examples per operation and phase (env CONTRACT_EXAMPLES)",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=int(env.get("CONTRACT_SEED", "1")),
        help="seed of schemathesis and of the link walk (env CONTRACT_SEED)",
    )
    parser.add_argument(
        "--workers",
        default=env.get("CONTRACT_WORKERS", "2"),
        help="schemathesis workers (env CONTRACT_WORKERS)",
    )
    parser.add_argument(
        "--phases",
        default=env.get("CONTRACT_PHASES", ",".join(PHASES)),
        help="comma-separated schemathesis phases; the link walk runs with stateful (env CONTRACT_PHASES)",
    )
    parser.add_argument(
        "--operation",
        action="append",
        default=[],
        metavar="OPERATION_ID",
        help="test only this operation (repeatable; e.g. create_work_order_attachment to "
        "reproduce a failure with several --seed values); default: every operation",
    )
    parser.add_argument(
        "--destructive",
        action="store_true",
        default=env.get("CONTRACT_DESTRUCTIVE") == "1",
        help="remote mode: also run writes, the stateful phase and the walk (env CONTRACT_DESTRUCTIVE=1)",
    )
    parser.add_argument(
        "--report-dir",
        type=Path,
        default=Path(env.get("CONTRACT_REPORT_DIR", ROOT / "reports" / "contract")),
        help="where the reports go (env CONTRACT_REPORT_DIR)",
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
    from sandbox.seed import COMPANIES, PROVIDERS
    from sandbox.server import running

    demo = COMPANIES[0]
    creds = {
        "FN_CLIENT_ID": demo["client_id"],
        "FN_CLIENT_SECRET": demo["client_secret"],
        "FN_USERNAME": demo["username"],
        "FN_PASSWORD": demo["password"],
        "CONTRACT_PROVIDER_IDS": ",".join(str(p["id"]) for p in PROVIDERS),
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
            "CONTRACT_BASE_URL": base_url,
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
        for operation_id in args.operation:
            cmd += ["--include-operation-id", operation_id]
        if remote and not args.destructive:
            # Read-only against someone else's data: no writes, so no stateful chains either.
            for method in WRITE_METHODS:
                cmd += ["--exclude-method", method]
            cmd[cmd.index("--phases") + 1] = (
                ",".join(p for p in phases.split(",") if p != "stateful") or "examples"
            )
        writes = not remote or args.destructive
        print(
            f"contract run against {base_url} ({'all operations' if writes else 'read-only'}"
            + (f"; only {', '.join(args.operation)})" if args.operation else ")"),
            flush=True,
        )
        walk = _walk(args, base_url, env) if writes and "stateful" in phases.split(",") else None
        proc = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    log = proc.stdout + proc.stderr
    (args.report_dir / "schemathesis.log").write_text(log, encoding="utf-8")
    code = proc.returncode
    if code == 0 and walk is not None and (walk.failed or not all(d for *_, d in walk.lifecycles)):
        code = 1
    settings = f"seed: {args.seed}, max examples: {args.examples}, phases: {phases}"
    bundle = json.loads(BUNDLE.read_text(encoding="utf-8"))
    print(
        write_report(
            report_dir=args.report_dir,
            bundle=bundle,
            settings=settings,
            base_url=base_url,
            log=log,
            code=code,
            walk=walk,
        )
    )
    return code


def _walk(args: argparse.Namespace, base_url: str, env: dict[str, str]) -> Result:
    """The link walk, in this process, on the target before schemathesis changes its data."""
    import schemathesis

    from sandbox.helpers_spec import with_helpers

    saved = dict(os.environ)
    os.environ.update(env)
    try:
        document = with_helpers(json.loads(BUNDLE.read_text(encoding="utf-8")))
        schema = schemathesis.openapi.from_dict(document)
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(base_url))
        return run_walk(schema, base_url, origin, fetch_token(), args.seed, {})
    finally:
        os.environ.clear()
        os.environ.update(saved)


def main(argv: list[str] | None = None) -> int:
    return run(_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
