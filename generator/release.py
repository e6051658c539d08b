"""What a release compares: the bundled spec at a git ref (by default the latest release tag,
``client-v<version>``) against the working tree, and whether ``info.version`` moved enough.

Git is only read here (``git tag --list``, ``git show REF:spec/dist/openapi.json``); tagging a
release stays a deliberate step of the person who publishes it.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import paths
from .client_project import package_version
from .diff import Bump, Change, diff, required_bump
from .errors import ReleaseError

TAG_PREFIX = "client-v"
BUNDLE_IN_GIT = "spec/dist/openapi.json"
EMPTY_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "(nothing released yet)", "version": "0.0.0"},
    "paths": {},
}


@dataclass(frozen=True)
class Side:
    """One side of a comparison: a label for humans and the bundled document."""

    label: str
    document: dict[str, Any]
    released: bool = True
    """False for the empty stand-in used before the first release."""
    tree: Callable[[], Path] | None = None
    """The generated package of this side (for the Python API diff), made on demand."""

    @property
    def version(self) -> str:
        return str((self.document.get("info") or {}).get("version", ""))


def _git(*args: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            ["git", "-C", str(paths.ROOT), *args], capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        raise ReleaseError("git is not installed; pass --base-file instead of a git ref") from None


def parse_version(text: str) -> tuple[int, ...]:
    if not re.fullmatch(r"\d+(\.\d+)*", text):
        raise ReleaseError(f"version {text!r} is not a dotted version like 2.1.0")
    return tuple(int(p) for p in text.split("."))


def release_tags() -> list[str]:
    """Release tags, oldest version first (tags that are not versions are ignored)."""
    proc = _git("tag", "--list", f"{TAG_PREFIX}*")
    if proc.returncode != 0:
        raise ReleaseError(f"git tag failed: {proc.stderr.strip()}")
    tags = [t for t in proc.stdout.split() if re.fullmatch(r"\d+(\.\d+)*", t[len(TAG_PREFIX) :])]
    return sorted(tags, key=lambda t: parse_version(t[len(TAG_PREFIX) :]))


def spec_at(ref: str) -> dict[str, Any]:
    """The bundled spec as committed at ``ref``."""
    if _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode != 0:
        raise ReleaseError(f"unknown git ref {ref!r} (a tag, branch or commit)")
    proc = _git("show", f"{ref}:{BUNDLE_IN_GIT}")
    if proc.returncode != 0:
        raise ReleaseError(f"{ref} has no {BUNDLE_IN_GIT}")
    try:
        document = json.loads(proc.stdout)
    except json.JSONDecodeError as exc:
        raise ReleaseError(f"{BUNDLE_IN_GIT} at {ref} is not JSON: {exc}") from None
    return _document(document, f"{BUNDLE_IN_GIT} at {ref}")


def load(path: Path) -> dict[str, Any]:
    """A bundled spec from a file (JSON, or YAML for hand-written fixtures)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ReleaseError(f"cannot read {path}: {exc.strerror}") from None
    try:
        document = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise ReleaseError(
            f"{path} is not valid {path.suffix[1:].upper() or 'YAML'}: {exc}"
        ) from None
    return _document(document, str(path))


def _document(document: Any, where: str) -> dict[str, Any]:
    if not isinstance(document, dict) or not isinstance(document.get("info"), dict):
        raise ReleaseError(f"{where} is not an OpenAPI document")
    return document


def base_side(ref: str | None = None, file: Path | None = None) -> Side:
    """The base to compare with: a file, a git ref, the latest release tag, or (before the
    first release) an empty spec."""
    from .api_trees import tree_at_ref

    if file is not None:
        return document_side(f"`{file}`", load(file))
    tags = release_tags()
    chosen = ref or (tags[-1] if tags else None)
    if chosen:
        return Side(f"`{chosen}`", spec_at(chosen), tree=lambda: tree_at_ref(chosen))
    return Side("an empty spec (no release tag yet)", EMPTY_SPEC, released=False)


def document_side(label: str, document: dict[str, Any]) -> Side:
    """A side known only by its bundled document: its package is generated when needed."""
    from .api_trees import tree_for_document

    return Side(label, document, tree=lambda: tree_for_document(document))


def head_side(bundle: Path = paths.BUNDLE) -> Side:
    """The working tree: its bundle, and generated/ when that is fresh (else the package is
    generated from the bundle into the cache, so a stale tree cannot hide a change)."""
    document = load(bundle)
    if bundle.resolve() != paths.BUNDLE.resolve() or not generated_is_fresh():
        return document_side("the working tree", document)
    return Side("the working tree", document, tree=lambda: paths.GENERATED)


def generated_is_fresh() -> bool:
    """Whether generated/ was made from the current spec, templates and generator."""
    from .generate import Target, _up_to_date, fingerprint

    digest = fingerprint(paths.SPEC_ROOT, paths.TEMPLATES)
    return _up_to_date(Target(paths.GENERATED, paths.SANDBOX_MODELS), digest)


def all_changes(base: Side, head: Side) -> list[Change]:
    """The HTTP diff, then the Python API diff of the two packages (when both exist)."""
    changes = diff(base.document, head.document)
    if base.tree is not None and head.tree is not None:
        from .api_diff import api_diff, load_surface

        python = api_diff(load_surface(base.tree()), load_surface(head.tree()))
        changes += [c for c in python if not _told(c, changes)]
    return changes


SAME_STORY: dict[str, tuple[str, ...]] = {
    "python-method-removed": ("operation-removed",),
    "python-method-added": ("operation-added",),
    "python-method-renamed": ("operation-id-changed", "operation-tag-changed"),
}
"""Python changes that only repeat an HTTP entry (which names the client method already)."""


def _told(change: Change, http: list[Change]) -> bool:
    kinds = SAME_STORY.get(change.kind, ())
    return bool(kinds) and any(
        c.operation == change.operation and c.kind in kinds for c in http if change.operation
    )


def implied_bump(base: str, head: str) -> Bump:
    """The bump from one ``info.version`` to the next (major.minor.patch)."""
    b, h = parse_version(base), parse_version(head)
    b3, h3 = (*b, 0, 0, 0)[:3], (*h, 0, 0, 0)[:3]
    if h3 < b3:
        raise ReleaseError(f"info.version went backwards: {base} -> {head}")
    for level, x, y in zip((Bump.MAJOR, Bump.MINOR, Bump.PATCH), b3, h3, strict=True):
        if y != x:
            return level
    return Bump.NONE


@dataclass
class Check:
    """The outcome of ``release-check``."""

    base: Side
    head: Side
    changes: list[Change]
    required: Bump
    implied: Bump
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def release_check(base: Side, head: Side) -> Check:
    """Whether ``info.version`` moved at least as far as the changes require. Before 1.0 a
    breaking change needs only a minor bump (semver's 0.x rule)."""
    changes = all_changes(base, head)
    required = required_bump(changes)
    implied = implied_bump(base.version, head.version) if base.released else Bump.MAJOR
    check = Check(base, head, changes, required, implied)
    if not base.released:
        return check
    needed = required
    if needed is Bump.MAJOR and parse_version(base.version)[0] == 0:
        needed = Bump.MINOR
    if implied < needed:
        breaking = sum(1 for c in changes if c.breaking)
        why = f"{breaking} breaking change(s)" if breaking else f"{len(changes)} change(s)"
        check.problems.append(
            f"{why} since {base.label} need a {needed} version bump, but info.version went "
            f"{base.version} -> {head.version} ({implied}); bump info.version in spec/openapi.yaml"
        )
    tag = TAG_PREFIX + package_version(head.version)
    if required is not Bump.NONE and tag in release_tags():
        check.problems.append(f"{tag} is already released; bump info.version for the next one")
    return check
