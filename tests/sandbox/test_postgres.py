"""The same behaviour suite on the PostgreSQL backend: these sandbox test modules run again,
in a subprocess, with every test's sandbox on a fresh database of a PostgreSQL server started
for the session (tests/sandbox/pg.py)."""

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
            *(str(HERE / name) for name in SUITE),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        cwd=HERE.parent.parent,
    )
    assert out.returncode == 0, out.stdout[-6000:] + out.stderr[-2000:]
    assert " passed" in out.stdout
