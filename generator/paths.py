"""Where things live in the repository, computed once."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
SPEC_ROOT = SPEC_DIR / "openapi.yaml"
BUNDLE = SPEC_DIR / "dist" / "openapi.json"
SEEDS = SPEC_DIR / "seeds" / "operations-index.tsv"
TEMPLATES = ROOT / "templates"
GENERATED = ROOT / "generated"
SANDBOX_MODELS = ROOT / "sandbox" / "models.py"
