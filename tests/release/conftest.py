"""Release tests: the spec diff on fixture pairs, release-check, build and publish."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: builds, publishes and installs the client (deselect: -m 'not slow')"
    )
