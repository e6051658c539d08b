"""``make publish`` refuses, with the reason, in each gate case, against a real pypiserver;
each case is a clean clone of this commit with one thing wrong."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from generator import paths

from .conftest import clone, make_publish

pytestmark = pytest.mark.slow


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def _edit_first(repo: Path, pattern: str, replace: str) -> None:
    """Edit the first match of ``pattern`` in the first spec/paths file that has one."""
    for path in sorted((repo / "spec" / "paths").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        new, count = re.subn(pattern, replace, text, count=1, flags=re.M)
        if count:
            path.write_text(new, encoding="utf-8")
            return
    raise AssertionError(f"nothing matches {pattern}")


def _refused(repo: Path, index: str, tmp_path: Path, reason: str, built: bool = False) -> None:
    proc = make_publish(repo, index, tmp_path / "dist")
    assert proc.returncode != 0, proc.stdout
    assert reason in proc.stderr, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    assert "uploading" not in proc.stdout.lower()
    if not built:  # every gate but the index's refuses before building
        assert not (tmp_path / "dist").exists() or not any((tmp_path / "dist").iterdir())


def test_refuses_a_dirty_tree(index: str, tmp_path: Path) -> None:
    repo = clone(tmp_path)
    (repo / "notes.txt").write_text("wip\n")
    _refused(repo, index, tmp_path, "uncommitted change(s) (notes.txt)")


def test_refuses_a_failing_make_check(index: str, tmp_path: Path) -> None:
    repo = clone(tmp_path)
    _edit_first(repo, r"^(\s+operationId:) \w+$", r"\1 NotSnakeCase")
    _git(repo, "commit", "-qam", "break the spec")
    _refused(repo, index, tmp_path, "`make check` fails")


def test_refuses_a_stale_bundle(index: str, tmp_path: Path) -> None:
    repo = clone(tmp_path)
    _edit_first(repo, r"^(\s+summary: .+)$", r"\1 (edited)")
    _git(repo, "commit", "-qam", "edit without make generate")
    _refused(repo, index, tmp_path, "spec/dist/openapi.json is stale")


def test_refuses_a_stale_generated_tree(index: str, tmp_path: Path) -> None:
    repo = clone(tmp_path)
    _edit_first(repo, r"^(\s+summary: .+)$", r"\1 (edited)")
    python = str(paths.ROOT / ".venv" / "bin" / "python")
    subprocess.run([python, "-m", "generator", "bundle"], cwd=repo, check=True, capture_output=True)
    _git(repo, "commit", "-qam", "rebundled but not regenerated")
    _refused(repo, index, tmp_path, "generated/ is stale")


def test_refuses_a_failing_release_check(index: str, tmp_path: Path) -> None:
    """The latest release tag has an operation the tree no longer has, at the same version."""
    repo = clone(tmp_path)
    bundle = repo / "spec" / "dist" / "openapi.json"
    doc = json.loads(bundle.read_text(encoding="utf-8"))
    version = doc["info"]["version"]
    doc["paths"]["/released-only"] = {
        "get": {"operationId": "released_only", "responses": {"200": {"description": "ok"}}}
    }
    _git(repo, "checkout", "-q", "-b", "old-release")
    bundle.write_text(json.dumps(doc), encoding="utf-8")
    _git(repo, "commit", "-qam", "a release that had one more operation")
    _git(repo, "tag", f"client-v{version}.1")
    _git(repo, "checkout", "-q", "-")
    _refused(repo, index, tmp_path, "`make release-check` fails: 1 breaking change(s)")


def test_refuses_a_version_already_on_the_index(
    published: Path, index: str, tmp_path: Path
) -> None:
    repo = clone(tmp_path)
    _refused(repo, index, tmp_path, "is already on", built=True)


def _run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", *args, f"VENV={paths.ROOT / '.venv'}"],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_diff_and_release_check_rebundle_first(tmp_path: Path) -> None:
    repo = clone(tmp_path)
    _edit_first(repo, r"^(\s+summary: .+)$", r"\1 (edited)")  # spec edited, bundle not
    proc = _run(repo, "diff", "BASE=HEAD")
    assert proc.returncode == 0, proc.stderr
    assert "wrote spec/dist/openapi.json" in proc.stderr
    assert "**descriptions or examples changed**" in proc.stdout
    proc = _run(repo, "release-check", "BASE=HEAD")
    assert "required bump: patch" in proc.stdout, proc.stdout + proc.stderr


def test_build_regenerates_a_stale_generated_tree(tmp_path: Path) -> None:
    repo = clone(tmp_path)
    _edit_first(repo, r"^(\s+summary: .+)$", r"\1 (edited)")
    proc = _run(repo, "build", f"DIST={tmp_path / 'dist'}")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "generated/ was stale" in proc.stdout
    assert "(edited)" in "".join(
        p.read_text(encoding="utf-8") for p in (repo / "generated").rglob("*.py")
    )
    assert len(list((tmp_path / "dist").iterdir())) == 2
