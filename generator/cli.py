"""Command line of the spec tooling and generator.

Every spec problem is printed as ``file#/json/pointer: message`` and exits 1; nothing is
written when a step fails.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import paths
from .errors import SpecError, SpecErrors


def _bundle(root: Path, out: Path) -> int:
    from .bundle import bundle, dumps, write_if_changed

    result = bundle(root)
    changed = write_if_changed(out, dumps(result.document))
    print(f"{'wrote' if changed else 'unchanged'} {out.relative_to(paths.ROOT)}")
    return 0


def _check(root: Path) -> int:
    from .bundle import bundle
    from .lint import lint, operations

    result = bundle(root)
    problems = lint(result)
    if problems:
        raise SpecErrors(problems)
    ops = sum(1 for _ in operations(result.document))
    print(
        f"spec ok: {ops} operations, {len(result.document['components'].get('schemas', {}))} schemas"
    )
    return 0


def _generate(args: argparse.Namespace) -> int:
    from .generate import Target, generate

    default = args.spec.resolve() == paths.SPEC_ROOT.resolve()
    client_dir = args.out or paths.GENERATED
    models = (
        None if args.no_models else (args.models or (paths.SANDBOX_MODELS if default else None))
    )
    changed = generate(
        args.spec,
        Target(client_dir, models),
        bundle_out=paths.BUNDLE if default else None,
        force=args.force,
    )
    print(f"{'generated' if changed else 'up to date'}: {client_dir}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--spec", type=Path, default=paths.SPEC_ROOT, help="root spec document")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("index", help="rewrite the root's paths: index from spec/paths/*.yaml")
    b = sub.add_parser("bundle", help="bundle the spec into spec/dist/openapi.json")
    b.add_argument("--out", type=Path, default=paths.BUNDLE)
    sub.add_parser("check", help="bundle in memory and lint (OpenAPI validity + project rules)")
    g = sub.add_parser(
        "generate", help="regenerate generated/ and the sandbox models from the spec"
    )
    g.add_argument(
        "--out", type=Path, default=None, help="client project directory (default generated/)"
    )
    g.add_argument(
        "--models", type=Path, default=None, help="pydantic models file (default sandbox/models.py)"
    )
    g.add_argument("--no-models", action="store_true", help="skip the pydantic models")
    g.add_argument("--force", action="store_true", help="regenerate even when nothing changed")
    args = parser.parse_args(argv)
    try:
        if args.command == "index":
            from .index import update_root

            changed = update_root(args.spec)
            print("root paths index " + ("updated" if changed else "unchanged"))
            return 0
        if args.command == "bundle":
            return _bundle(args.spec, args.out)
        if args.command == "check":
            return _check(args.spec)
        if args.command == "generate":
            return _generate(args)
    except SpecErrors as exc:
        for err in exc.errors:
            print(f"error: {err}", file=sys.stderr)
        print(f"{len(exc.errors)} problem(s) in the spec", file=sys.stderr)
        return 1
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 2
