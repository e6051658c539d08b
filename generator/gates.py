"""What must hold before a release leaves the machine; each gate says why it refuses.

``make publish`` runs them all, cheapest first: a committed tree, a valid spec (``make
check``), a bundle and a generated/ made from that spec (compared by content, not by version
string), a version bump that covers the changes (``release-check``), and a version the index
does not have yet.
"""

from __future__ import annotations

import subprocess
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from . import paths
from .errors import ReleaseError


def clean_tree() -> None:
    proc = subprocess.run(
        ["git", "-C", str(paths.ROOT), "status", "--porcelain", "--untracked-files=normal"],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise ReleaseError(f"cannot read the git status: {proc.stderr.strip()}")
    dirty = proc.stdout.splitlines()
    if dirty:
        shown = ", ".join(line[3:] for line in dirty[:5]) + (" ..." if len(dirty) > 5 else "")
        raise ReleaseError(
            f"the working tree has {len(dirty)} uncommitted change(s) ({shown}): commit or "
            "stash them, so that what is published is a commit"
        )


def spec_checks() -> None:
    """``make check``: the spec is valid OpenAPI and follows the project's rules."""
    from .bundle import bundle
    from .lint import lint

    problems = lint(bundle(paths.SPEC_ROOT))
    if problems:
        shown = "\n".join(f"  {p}" for p in problems[:5])
        raise ReleaseError(f"`make check` fails ({len(problems)} problem(s)):\n{shown}")


def fresh_outputs() -> None:
    """The committed bundle and generated/ are what the spec makes today."""
    from .bundle import bundle, dumps
    from .release import generated_is_fresh

    current = paths.BUNDLE.read_text(encoding="utf-8") if paths.BUNDLE.is_file() else ""
    if dumps(bundle(paths.SPEC_ROOT).document) != current:
        raise ReleaseError(
            f"{paths.BUNDLE.relative_to(paths.ROOT)} is stale (the spec changed since it was "
            "bundled): run `make generate` and commit"
        )
    if not generated_is_fresh():
        raise ReleaseError(
            "generated/ is stale (the spec, templates or generator changed since it was "
            "generated): run `make generate` and commit"
        )


def release_checked() -> None:
    from .release import base_side, head_side, release_check

    check = release_check(base_side(), head_side())
    if not check.ok:
        raise ReleaseError("`make release-check` fails: " + "; ".join(check.problems))


def index_url(repository_url: str) -> str:
    """The simple index that matches an upload URL (PyPI's upload host has another name)."""
    parts = urlsplit(repository_url)
    if parts.netloc == "upload.pypi.org":
        return "https://pypi.org/simple/"
    if parts.netloc == "test.pypi.org":
        return "https://test.pypi.org/simple/"
    return repository_url.rstrip("/") + "/simple/"


def not_on_index(simple: str, project: str, version: str, files: list[str]) -> None:
    """Refuse a version the index already has (an index answers a re-upload with a bare
    400 Bad Request)."""
    url = f"{simple.rstrip('/')}/{project}/"
    try:
        with urllib.request.urlopen(url, timeout=30) as resp:
            page = resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return  # the project is new there
        raise ReleaseError(f"cannot ask {url} which versions exist: HTTP {exc.code}") from None
    except OSError as exc:
        raise ReleaseError(f"cannot reach {url} to see which versions exist: {exc}") from None
    there = [name for name in files if name in page]
    if there:
        raise ReleaseError(
            f"{project} {version} is already on {simple} ({', '.join(there)}): an index never "
            "takes the same version twice; bump info.version in spec/openapi.yaml"
        )


def publish_gates() -> None:
    """Every gate but the index (which needs the built file names)."""
    clean_tree()
    spec_checks()
    fresh_outputs()
    release_checked()
