"""Command line of the spec tooling and generator.

Every spec problem is printed as ``file#/json/pointer: message`` and exits 1; nothing is
written when a step fails.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import paths
from .errors import ReleaseError, SpecError, SpecErrors

if TYPE_CHECKING:
    from .release import Side


def _bundle(root: Path, out: Path, quiet: bool = False) -> int:
    from .bundle import bundle, dumps, write_if_changed

    result = bundle(root)
    changed = write_if_changed(out, dumps(result.document))
    if not quiet or changed:
        shown = out.relative_to(paths.ROOT) if out.is_relative_to(paths.ROOT) else out
        print(f"{'wrote' if changed else 'unchanged'} {shown}", file=sys.stderr if quiet else None)
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


def _fidelity(args: argparse.Namespace) -> int:
    from .bundle import bundle, write_if_changed
    from .fidelity import check, render, report

    result = bundle(args.spec)
    text = render(report(result))
    print(text)
    if args.out:
        write_if_changed(args.out, text)
        where = (
            args.out.relative_to(paths.ROOT) if args.out.is_relative_to(paths.ROOT) else args.out
        )
        print(f"wrote {where}", file=sys.stderr)
    if args.check:
        problems = check(result)
        if problems:
            raise SpecErrors(problems)
        print(
            "fidelity check passed: every operation carries a well-formed x-evidence",
            file=sys.stderr,
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


def _sides(args: argparse.Namespace) -> tuple[Side, Side]:
    from .release import base_side, head_side

    if args.head.resolve() == paths.BUNDLE.resolve():  # never compare a stale bundle
        _bundle(args.spec, paths.BUNDLE, quiet=True)
    base = base_side(args.base, args.base_file)
    if not base.released:
        print(
            "note: no release tag (client-v*) yet, so the whole API counts as new; "
            "pass BASE=<git ref> (--base) to compare with a commit",
            file=sys.stderr,
        )
    return base, head_side(args.head)


def _diff(args: argparse.Namespace) -> int:
    from .changelog import prepend, render
    from .client_project import PROJECT_NAME, package_version
    from .release import all_changes

    base, head = _sides(args)
    heading = f"{PROJECT_NAME} {package_version(head.version)} (spec {head.version})"
    against = f"{base.label} (spec {base.version})" if base.released else base.label
    section = render(all_changes(base, head), heading, against, head.document)
    print(section)
    if args.changelog:
        prepend(args.changelog, section)
        print(f"wrote {args.changelog}", file=sys.stderr)
    return 0


def _release_check(args: argparse.Namespace) -> int:
    from .changelog import entries
    from .client_project import package_version
    from .release import TAG_PREFIX, release_check

    base, head = _sides(args)
    check = release_check(base, head)
    grouped = entries(check.changes)
    breaking = [e for e in grouped if e.change.breaking]
    print(f"base: {base.label}" + (f" (spec {base.version})" if base.released else ""))
    print(f"head: {head.label} (spec {head.version}, client {package_version(head.version)})")
    print(
        f"changes: {len(breaking)} breaking, {len(grouped)} in all; "
        f"required bump: {check.required}"
        + (f"; info.version bump: {check.implied}" if base.released else "")
    )
    for entry in breaking[:10]:
        change = entry.change
        where = " ".join(x for x in (change.client, change.operation, change.where) if x)
        more = len(entry.operations) - 1
        reach = f" (and {more} more operation(s))" if more > 0 else ""
        print(f"  - {change.title}: {where}: {change.detail}{reach}")
    if len(breaking) > 10:
        print(f"  ... and {len(breaking) - 10} more (make diff lists them all)")
    if not check.ok:
        for problem in check.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 1
    print(
        f"release check passed; after publishing, tag it {TAG_PREFIX}{package_version(head.version)}"
    )
    return 0


def _section() -> str:
    """This release's changelog section (the changes since the latest release tag)."""
    from .changelog import render
    from .client_project import PROJECT_NAME, package_version
    from .release import all_changes, base_side, head_side

    base, head = base_side(), head_side()
    heading = f"{PROJECT_NAME} {package_version(head.version)} (spec {head.version})"
    if not base.released:
        from .lint import operations

        count = sum(1 for _ in operations(head.document))
        return f"## {heading}\n\nFirst release: {count} operations of spec {head.version}.\n"
    against = f"{base.label} (spec {base.version})" if base.released else base.label
    return render(all_changes(base, head), heading, against, head.document)


def _build(args: argparse.Namespace) -> list[Path]:
    from .package import build, ensure_fresh

    if ensure_fresh():
        print("generated/ was stale (spec, templates or generator changed): regenerated it")
    artifacts = build(args.outdir, changelog_url=args.changelog_url, section=_section())
    for artifact in artifacts:
        print(
            f"built {artifact.relative_to(paths.ROOT) if artifact.is_relative_to(paths.ROOT) else artifact}"
        )
    print("twine check passed")
    return artifacts


def _publish(args: argparse.Namespace) -> int:
    from .client_project import PROJECT_NAME
    from .gates import index_url, not_on_index, publish_gates
    from .package import project_version, publish
    from .release import TAG_PREFIX

    if not args.repository_url:
        raise ReleaseError(
            "REPOSITORY_URL is required, e.g. make publish REPOSITORY_URL=https://upload.pypi.org/legacy/"
        )
    publish_gates()
    print("gates passed: clean tree, spec checks, fresh bundle and generated/, release-check")
    artifacts = _build(args)
    version = project_version(paths.GENERATED)
    simple = args.index_url or index_url(args.repository_url)
    not_on_index(simple, PROJECT_NAME, version, [a.name for a in artifacts])
    publish(args.repository_url, artifacts)
    print(f"published {version} to {args.repository_url}; tag it: git tag {TAG_PREFIX}{version}")
    return 0


CHANGELOG_URL = "https://pypi.org/project/{project}/{version}/#changelog"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--spec", type=Path, default=paths.SPEC_ROOT, help="root spec document")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("index", help="rewrite the root's paths: index from spec/paths/*.yaml")
    b = sub.add_parser("bundle", help="bundle the spec into spec/dist/openapi.json")
    b.add_argument("--out", type=Path, default=paths.BUNDLE)
    sub.add_parser("check", help="bundle in memory and lint (OpenAPI validity + project rules)")
    f = sub.add_parser(
        "fidelity",
        help="table of operations with their evidence level and sources, counts by level, "
        "every x-sandbox item (markdown)",
    )
    f.add_argument(
        "--out",
        type=Path,
        default=paths.ROOT / "reports" / "fidelity.md",
        help="also write the report here (default: reports/fidelity.md)",
    )
    f.add_argument(
        "--check",
        action="store_true",
        help="fail when an operation lacks a well-formed x-evidence (default: report only)",
    )
    g = sub.add_parser(
        "generate", help="regenerate generated/ and the sandbox models from the spec"
    )
    g.add_argument(
        "--out", type=Path, default=None, help="client project directory (default generated/)"
    )
    g.add_argument(
        "--models",
        type=Path,
        default=None,
        help="pydantic models file (default generated/sandbox_models.py)",
    )
    g.add_argument(
        "--no-models", action="store_true", help="skip the pydantic models (default: write them)"
    )
    g.add_argument(
        "--force", action="store_true", help="regenerate even when nothing changed (default: off)"
    )
    for name, text in (
        ("diff", "the HTTP and Python API changes since a release, breaking or not (markdown)"),
        ("release-check", "fail when info.version moved less than the changes require"),
    ):
        d = sub.add_parser(name, help=text)
        d.add_argument("--base", help="git ref to compare with (default: the latest client-v* tag)")
        d.add_argument(
            "--base-file",
            type=Path,
            help="compare with this bundled spec file instead (its client is generated to "
            "compare the Python API; default: none)",
        )
        d.add_argument(
            "--head",
            type=Path,
            default=paths.BUNDLE,
            help="the new bundled spec; the default is rebundled from spec/ first "
            "(default: spec/dist/openapi.json)",
        )
        if name == "diff":
            d.add_argument(
                "--changelog",
                type=Path,
                help="also put the section atop this file (default: print only)",
            )
    for name, text in (
        ("build", "wheel + sdist of generated/, then twine check"),
        ("publish", "build, then upload with twine"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument(
            "--outdir",
            type=Path,
            default=paths.ROOT / "dist",
            help="where packages go (default: dist/)",
        )
        p.add_argument(
            "--changelog-url",
            default=CHANGELOG_URL,
            help="Changelog URL in the metadata; {project} and {version} are filled in "
            "(default: %(default)s)",
        )
        if name == "publish":
            p.add_argument("--repository-url", default="", help="the index's upload URL (required)")
            p.add_argument(
                "--index-url",
                default="",
                help="simple index asked whether the version exists (default: derived from "
                "the upload URL)",
            )
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
        if args.command == "fidelity":
            return _fidelity(args)
        if args.command == "diff":
            return _diff(args)
        if args.command == "release-check":
            return _release_check(args)
        if args.command == "build":
            _build(args)
            return 0
        if args.command == "publish":
            return _publish(args)
    except SpecErrors as exc:
        for err in exc.errors:
            print(f"error: {err}", file=sys.stderr)
        print(f"{len(exc.errors)} problem(s) in the spec", file=sys.stderr)
        return 1
    except (SpecError, ReleaseError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 2
