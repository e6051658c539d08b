"""Shared fixtures: the bundled spec, built once per session from the sources."""

from __future__ import annotations

from typing import Any

import pytest

from generator import paths
from generator.bundle import Bundle, bundle


@pytest.fixture(scope="session")
def spec_bundle() -> Bundle:
    return bundle(paths.SPEC_ROOT)


@pytest.fixture(scope="session")
def spec(spec_bundle: Bundle) -> dict[str, Any]:
    return spec_bundle.document
