"""``python -m sandbox serve|reset|seed|demo|scaffold`` (from the repository root, with
``.venv/bin/python``: the sandbox needs the pinned dependencies ``make setup`` installs there)."""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .spec import Operation

from .busypoll import BUSY_POLL
from .redo import COMMIT_DELAY

DEFAULT_DB = "sandbox.db"
DB_HELP = "SQLite file, :memory:, or a postgresql:// URL (default: $SANDBOX_DB or %(default)s)"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m sandbox",
        description="Local Field Nation API sandbox (run it as .venv/bin/python -m sandbox, or make sandbox)",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    fmt = argparse.ArgumentDefaultsHelpFormatter
    serve = sub.add_parser("serve", help="run the sandbox", formatter_class=fmt)
    serve.add_argument("--host", default="127.0.0.1", help="address to bind")
    serve.add_argument("--port", type=int, default=8000, help="port to bind")
    serve.add_argument("--db", default=os.environ.get("SANDBOX_DB", DEFAULT_DB), help=DB_HELP)
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes sharing the database (not with :memory:)",
    )
    serve.add_argument(
        "--token-ttl", type=int, default=None, help="access token lifetime in seconds (3600)"
    )
    serve.add_argument(
        "--commit-delay",
        type=float,
        default=COMMIT_DELAY * 1000,
        metavar="MS",
        help="milliseconds the writes of one worker on SQLite wait to share a COMMIT, answered "
        "meanwhile from the redo log <db>-redo (replayed at the next start after a kill); "
        "0 commits each write before its answer; not used with --workers > 1",
    )
    serve.add_argument(
        "--busy-poll",
        type=float,
        default=BUSY_POLL * 1e6,
        metavar="US",
        help="microseconds a worker with no request left polls its connections before it "
        "sleeps (faster answers to a client that sends one request at a time, at most this "
        "much CPU each time the worker goes idle); 0 sleeps at once",
    )
    serve.add_argument(
        "--log-level",
        default="warning",
        choices=["critical", "error", "warning", "info", "debug", "trace"],
        help="uvicorn log level",
    )
    demo = sub.add_parser(
        "demo",
        help="drive an embedded sandbox with the generated client, a work order to Paid",
        formatter_class=fmt,
    )
    demo.add_argument(
        "--keep",
        action="store_true",
        help="keep the sandbox running afterwards for the printed playground URL (Ctrl-C stops)",
    )
    demo.add_argument("--port", type=int, default=0, help="TCP port (0: a free one)")
    reset = sub.add_parser("reset", help="wipe the database and seed it again", formatter_class=fmt)
    reset.add_argument("--db", default=os.environ.get("SANDBOX_DB", DEFAULT_DB), help=DB_HELP)
    bulk = sub.add_parser(
        "seed",
        help="add many realistic work orders straight into the database (load tests)",
        formatter_class=fmt,
    )
    bulk.add_argument("--db", default=os.environ.get("SANDBOX_DB", DEFAULT_DB), help=DB_HELP)
    bulk.add_argument("--work-orders", type=int, required=True, help="how many work orders to add")
    bulk.add_argument("--company", type=int, default=501, help="company that owns them")
    scaffold = sub.add_parser(
        "scaffold",
        help="write stub handlers (answering 501) for operations the sandbox lacks",
        formatter_class=fmt,
    )
    scaffold.add_argument(
        "operation_ids",
        nargs="*",
        metavar="OPERATION_ID",
        help="operations to scaffold (default: every operation without a handler)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)

    if args.command == "scaffold":
        return _scaffold(args.operation_ids)
    if args.command in ("serve", "demo") and not _handlers_complete():
        return 1

    if args.command == "demo":
        from .demo import main as demo

        return demo(keep=args.keep, port=args.port)

    from .dblock import DatabaseInUse, DbLock

    if args.command in ("reset", "seed"):
        from .resources import load_all
        from .seed import reset as reseed
        from .seed import seed_if_empty
        from .store import open_store

        load_all()
        try:
            lock = DbLock(args.db).acquire(args.command)
        except DatabaseInUse as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        store = open_store(args.db)
        try:
            if args.command == "reset":
                reseed(store)
                print(f"reseeded {args.db}")
                return 0
            from .bulk import seed_work_orders

            seed_if_empty(store)
            if store.get("company", args.company) is None:
                print(f"error: no company {args.company} in {args.db}", file=sys.stderr)
                return 2
            first, last = seed_work_orders(
                store,
                args.work_orders,
                args.company,
                progress=lambda n: print(f"  {n} work orders", file=sys.stderr),
            )
            print(f"created work orders {first}..{last} for company {args.company}")
            return 0
        finally:
            store.close()
            lock.release()

    if args.workers > 1 and args.db == ":memory:":
        print("error: --workers needs a database file or URL, not :memory:", file=sys.stderr)
        return 2
    try:
        lock = DbLock(args.db).acquire("serve")
    except DatabaseInUse as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    from .server import serve as run_server

    print(banner(args.host, args.port, args.db))
    try:
        run_server(
            args.db,
            host=args.host,
            port=args.port,
            workers=args.workers,
            token_ttl=args.token_ttl,
            log_level=args.log_level,
            commit_delay=max(args.commit_delay, 0.0) / 1000,
            busy_poll=max(args.busy_poll, 0.0) / 1e6,
        )
    finally:
        lock.release()
    return 0


def banner(host: str, port: int, db: str) -> str:
    """The startup text; the demo credentials only when bound to a loopback address."""
    from .dblock import _safe
    from .seed import credentials

    base = f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
    lines = [
        f"Field Nation sandbox on {base}/api/rest/v2 (db: {_safe(db)})",
        f"Playground: {base}/playground",
        f"Token URL:  {base}/authentication/api/oauth/token",
    ]
    if _is_loopback(host):
        for cred in credentials():
            lines.append(
                f"  {cred['company']}: client_id={cred['client_id']} "
                f"client_secret={cred['client_secret']} username={cred['username']} "
                f"password={cred['password']}"
            )
    else:
        lines.append("  (demo credentials are in README.md; not printed for a non-loopback bind)")
    return "\n".join(lines)


def _missing() -> tuple[dict[str, Operation], list[str]]:
    from .registry import missing_handlers
    from .resources import load_all
    from .spec import Spec

    load_all()
    operations = Spec().operations
    return dict(operations), missing_handlers(operations)


def _handlers_complete() -> bool:
    """Name the operations without a handler, and the command that writes their stubs."""
    operations, missing = _missing()
    if not missing:
        return True
    print(
        f"error: {len(missing)} operation(s) of spec/dist/openapi.json have no sandbox handler "
        "(added or renamed in the spec?):",
        file=sys.stderr,
    )
    for oid in missing:
        op = operations[oid]
        print(f"  {oid}: {op.method.upper()} {op.path} (tag {op.tag})", file=sys.stderr)
    print(
        "write stubs to fill in with: python -m sandbox scaffold " + " ".join(missing),
        file=sys.stderr,
    )
    return False


def _scaffold(wanted: list[str]) -> int:
    from .scaffold import scaffold

    operations, missing = _missing()
    unknown = [oid for oid in wanted if oid not in operations]
    if unknown:
        print(f"error: not operations of the spec: {', '.join(unknown)}", file=sys.stderr)
        return 1
    have = [oid for oid in wanted if oid not in missing]
    if have:
        print(f"error: these already have a handler: {', '.join(have)}", file=sys.stderr)
        return 1
    chosen = wanted or missing
    if not chosen:
        print("every operation has a handler; nothing to scaffold")
        return 0
    for path in scaffold([operations[oid] for oid in chosen]):
        print(f"wrote {path}")
    print("fill in each stub (it answers 501 until then), then run the sandbox tests")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
