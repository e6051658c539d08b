"""``python -m sandbox serve|demo|reset|scaffold`` (from the repository root, with
``.venv/bin/python``: the sandbox needs the pinned dependencies ``make setup`` installs there)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .spec import Operation

DEFAULT_DB = "sandbox.db"


def main(argv: list[str] | None = None) -> int:
    defaults = argparse.ArgumentDefaultsHelpFormatter
    parser = argparse.ArgumentParser(
        prog="python -m sandbox",
        description="Local Field Nation API sandbox (run it as .venv/bin/python -m sandbox, or make sandbox)",
        formatter_class=defaults,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the sandbox", formatter_class=defaults)
    serve.add_argument("--host", default="127.0.0.1", help="interface to listen on")
    serve.add_argument("--port", type=int, default=8000, help="TCP port")
    serve.add_argument(
        "--db",
        default=os.environ.get("SANDBOX_DB", DEFAULT_DB),
        help="SQLite file, or :memory: (env SANDBOX_DB)",
    )
    serve.add_argument(
        "--token-ttl",
        type=int,
        default=None,
        help="access token lifetime in seconds (None: env SANDBOX_TOKEN_TTL, else the built-in default)",
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
        formatter_class=defaults,
    )
    demo.add_argument(
        "--keep",
        action="store_true",
        help="keep the sandbox running afterwards for the printed playground URL (Ctrl-C stops)",
    )
    demo.add_argument("--port", type=int, default=0, help="TCP port (0: a free one)")
    reset = sub.add_parser(
        "reset", help="wipe the database and seed it again", formatter_class=defaults
    )
    reset.add_argument(
        "--db",
        default=os.environ.get("SANDBOX_DB", DEFAULT_DB),
        help="SQLite file (env SANDBOX_DB)",
    )
    scaffold = sub.add_parser(
        "scaffold",
        help="write stub handlers (answering 501) for operations the sandbox lacks",
    )
    scaffold.add_argument(
        "operation_ids",
        nargs="*",
        metavar="OPERATION_ID",
        help="operations to scaffold (default: every operation without a handler)",
    )
    args = parser.parse_args(argv)

    if args.command == "scaffold":
        return _scaffold(args.operation_ids)
    if args.command in ("serve", "demo") and not _handlers_complete():
        return 1

    from .app import create_app
    from .seed import credentials

    if args.command == "demo":
        from .demo import main as demo

        return demo(keep=args.keep, port=args.port)
    if args.command == "reset":
        from .resources import load_all
        from .seed import reset as reseed
        from .store import Store

        load_all()
        store = Store(args.db)
        reseed(store)
        store.close()
        print(f"reseeded {args.db}")
        return 0

    import uvicorn

    app = create_app(args.db, token_ttl=args.token_ttl)
    base = f"http://{args.host}:{args.port}"
    print(f"Field Nation sandbox on {base}/api/rest/v2 (db: {args.db})")
    print(f"Playground: {base}/playground")
    print(f"Token URL:  {base}/authentication/api/oauth/token")
    for cred in credentials():
        print(
            f"  {cred['company']}: client_id={cred['client_id']} client_secret={cred['client_secret']} username={cred['username']} password={cred['password']}"
        )
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, access_log=False)
    return 0


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
