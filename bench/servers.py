"""The servers under test, each in its own process on 127.0.0.1 and a free port: the sandbox
(``python -m sandbox serve``) and Prism mocking the same bundled spec. A separate process keeps
the server's CPU time out of the measuring process; pinning (taskset) keeps server and load
generator off each other's core when the machine has two."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from sandbox.seed import COMPANIES
from sandbox.server import free_port

from .harness import PY, ROOT, env

API = "/api/rest/v2"
TOKEN_PATH = "/authentication/api/oauth/token"
PRISM = ROOT / "tools" / "node_modules" / ".bin" / "prism"
BUNDLE = ROOT / "spec" / "dist" / "openapi.json"


def pinned(cmd: list[str], cpu: int | None) -> list[str]:
    """``cmd`` bound to one CPU when asked, the machine has more than one, and taskset exists."""
    if cpu is None or (os.cpu_count() or 1) < 2 or not shutil.which("taskset"):
        return cmd
    return ["taskset", "-c", str(cpu), *cmd]


def _wait(proc: subprocess.Popen[bytes], url: str, timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited {proc.returncode}: {log.read_text()[-1500:]}")
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"server not up after {timeout:.0f} s: {log.read_text()[-1500:]}")


@contextmanager
def _process(cmd: list[str], probe: str, log: Path, timeout: float) -> Iterator[None]:
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            cmd, cwd=ROOT, env=env(), stdout=sink, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            _wait(proc, probe, timeout, log)
            yield
        finally:
            _stop(proc)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """SIGINT first (uvicorn and profilers finish cleanly), then SIGKILL; to the process group
    this module started (Prism may fork a worker), nothing else."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)


@contextmanager
def sandbox(db: Path, *, cpu: int | None = None, profile_to: Path | None = None) -> Iterator[str]:
    """A sandbox process on a fresh SQLite file; yields its base URL. With ``profile_to``, it
    runs under pyinstrument and writes its flat profile there when it stops."""
    for suffix in ("", "-wal", "-shm", "-redo"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    port = free_port()
    if profile_to is None:
        cmd = [PY, "-m", "sandbox", "serve", "--port", str(port), "--db", str(db)]
    else:
        cmd = [PY, "-m", "bench.profiling", "serve", str(port), str(db), str(profile_to)]
    base = f"http://127.0.0.1:{port}"
    with _process(pinned(cmd, cpu), f"{base}{API}/workorders/1", db.with_suffix(".log"), 60):
        yield base


@contextmanager
def floor(log: Path, *, cpu: int | None = None) -> Iterator[str]:
    """The sandbox's HTTP server answering a constant (bench/floor.py); yields its base URL."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with _process(pinned([PY, "-m", "bench.floor", str(port)], cpu), f"{base}/", log, 60):
        yield base


@contextmanager
def prism(log: Path, *, cpu: int | None = None) -> Iterator[str]:
    """Prism mocking the bundled spec; yields its base URL (paths start at the API root)."""
    if not PRISM.exists():
        raise RuntimeError(f"Prism is not installed ({PRISM}); run `make tools`")
    port = free_port()
    cmd = [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(BUNDLE)]
    base = f"http://127.0.0.1:{port}"
    with _process(pinned(cmd, cpu), f"{base}/workorders/1001", log, 120):
        yield base


def token(base: str, company: int = 0) -> str:
    """An access token from the sandbox's token operation (password grant)."""
    creds = COMPANIES[company]
    body = {
        "grant_type": "password",
        **{k: creds[k] for k in ("client_id", "client_secret", "username", "password")},
    }
    response = httpx.post(f"{base}{TOKEN_PATH}", json=body, timeout=10)
    response.raise_for_status()
    return str(response.json()["access_token"])
