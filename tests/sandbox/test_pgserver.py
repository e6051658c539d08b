"""sandbox/pgserver.py, the throwaway PostgreSQL server bench P6 starts: it serves, hands out
databases, and leaves nothing behind, also when it cannot start."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from sandbox.pgserver import PgServer, bin_dir

pytestmark = pytest.mark.skipif(bin_dir() is None, reason="PostgreSQL is not installed")


def test_server_serves_databases_and_is_gone_after_stop() -> None:
    import psycopg

    with PgServer() as server:
        pid = server.pid()
        assert pid is not None
        url = server.create_database("p6_check")
        assert url == f"{server.url}/p6_check"
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT current_database()").fetchone() == ("p6_check",)
            assert conn.execute("SHOW fsync").fetchone() == ("off",)
        directory = server.dir
    assert not directory.exists()
    assert _gone(pid)


def _gone(pid: int) -> bool:
    """The process has exited (the postmaster may take a moment after its pid file goes)."""
    for _ in range(100):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def test_a_server_that_cannot_start_says_why_and_leaves_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a scratch root of its own (readable by the postgres user), so other tests' servers
    # starting meanwhile are not mistaken for leftovers
    root = Path(tempfile.mkdtemp(prefix="pgserver-test-"))
    root.chmod(0o755)
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    try:
        with pytest.raises(RuntimeError, match="pg_ctl failed"):
            PgServer({"shared_buffers": "not-a-size"})
        assert list(root.iterdir()) == []
    finally:
        shutil.rmtree(root, ignore_errors=True)
