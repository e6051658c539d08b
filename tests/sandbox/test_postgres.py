"""The same behaviour suite on the PostgreSQL backend: sandbox test modules run again, in a
subprocess, with every test's sandbox on a fresh database of a PostgreSQL server started for the
session (tests/sandbox/pg.py). ``make test`` runs the modules in SUITE (its time budget);
``make test-postgres`` (``SANDBOX_PG_SUITE=all``) runs every sandbox module there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from . import pg

HERE = Path(__file__).parent
SUITE = [
    "test_lifecycle.py",
    "test_store.py",
    "test_contacts.py",
    "test_hardening.py",
]


# Modules that do not exercise a store the suite could swap: this file, the browser and the
# multi-process tests (they start their own servers; test_workers covers PostgreSQL itself).
NOT_SWAPPABLE = {"test_postgres.py", "test_playground_browser.py", "test_workers.py"}


def _modules() -> list[str]:
    if os.environ.get("SANDBOX_PG_SUITE") == "all":
        return sorted(p.name for p in HERE.glob("test_*.py") if p.name not in NOT_SWAPPABLE)
    return SUITE


def test_behaviour_suite_on_postgresql(pg_server: str) -> None:
    env = {**os.environ, pg.ENV: pg_server}
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:xdist",
            "-p",
            "no:cacheprovider",
            *(str(HERE / name) for name in _modules()),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
        cwd=HERE.parent.parent,
    )
    assert out.returncode == 0, out.stdout[-6000:] + out.stderr[-2000:]
    assert " passed" in out.stdout
