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
SANDBOX_MODELS = GENERATED / "sandbox_models.py"
"""The sandbox's pydantic models: inside generated/ (swapped in with the client), outside the
published package (the wheel and sdist take only fieldnation_client/)."""
