"""End-to-end golden tree: the small fixture spec rendered with our templates must equal the
committed expected tree, so every template change shows up as a reviewable diff.

Update after an intended change with ``UPDATE_GOLDEN=1 make test`` (or pytest this file).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from generator.generate import Target, generate

HERE = Path(__file__).parent
FIXTURE = HERE / "fixtures" / "mini.yaml"
GOLDEN = HERE / "golden" / "mini"
IGNORED = {".fingerprint"}


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name not in IGNORED and "__pycache__" not in p.parts
    }


def test_fixture_renders_to_the_golden_tree(tmp_path: Path) -> None:
    out = tmp_path / "client"
    generate(FIXTURE, Target(out, None), bundle_out=None, force=True)
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(out, GOLDEN, ignore=shutil.ignore_patterns(*IGNORED, "__pycache__"))
    actual, expected = _tree(out), _tree(GOLDEN)
    assert sorted(actual) == sorted(expected), (
        "file set differs; UPDATE_GOLDEN=1 after an intended change"
    )
    changed = [name for name in actual if actual[name] != expected[name]]
    assert changed == [], "content differs; UPDATE_GOLDEN=1 after an intended change"


def test_generation_twice_is_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    generate(FIXTURE, Target(first, None), bundle_out=None, force=True)
    generate(FIXTURE, Target(second, None), bundle_out=None, force=True)
    assert _tree(first) == _tree(second)
