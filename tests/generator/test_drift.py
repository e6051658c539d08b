"""generated/ (the client and the sandbox's models) is exactly what the current spec and templates produce."""

from __future__ import annotations

from pathlib import Path

from generator import paths
from generator.generate import FINGERPRINT_FILE, Target, fingerprint, generate


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and ".mypy_cache" not in p.parts
    }


def test_fingerprint_matches_sources() -> None:
    stamp = (paths.GENERATED / FINGERPRINT_FILE).read_text(encoding="utf-8").strip()
    assert stamp == fingerprint(paths.SPEC_ROOT, paths.TEMPLATES), (
        "generated/ is stale: run `make generate`"
    )


def test_regeneration_reproduces_committed_output(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    models = out / paths.SANDBOX_MODELS.relative_to(paths.GENERATED)
    generate(paths.SPEC_ROOT, Target(out, models), bundle_out=None, force=True)
    assert models.read_bytes() == paths.SANDBOX_MODELS.read_bytes(), (
        "generated/sandbox_models.py is stale: run `make generate`"
    )
    assert _tree(out) == _tree(paths.GENERATED), (
        "generated/ differs from a fresh generation: run `make generate`"
    )
