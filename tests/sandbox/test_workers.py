"""Several worker processes on one database: no lost or phantom writes, the same answers from
every worker, nothing acknowledged lost when a worker is killed, and one server per database.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from sandbox.seed import COMPANIES
from sandbox.server import free_port

from . import pg
from .conftest import BACKENDS

TOKEN = "/authentication/api/oauth/token"
API = "/api/rest/v2"
ACME = COMPANIES[0]
LOGIN = {
    "grant_type": "password",
    **{k: ACME[k] for k in ("client_id", "client_secret", "username", "password")},
}


class Server:
    def __init__(self, proc: subprocess.Popen[bytes], base: str) -> None:
        self.proc, self.base = proc, base

    def workers(self) -> list[int]:
        path = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
        pids = [int(p) for p in path.read_text().split()]
        # uvicorn's supervisor also starts a resource tracker; workers serve the app
        return [p for p in pids if "multiprocessing.resource_tracker" not in _cmdline(p)]


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _start(db: str, *extra: str) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "sandbox", "serve", "--db", db, "--port", str(port), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    return proc, port


def _serve(db: str, *extra: str) -> tuple[subprocess.Popen[bytes], str]:
    """A ``serve`` process on ``db`` and its base URL, once it answers a login (stopped
    again if it never does)."""
    proc, port = _start(db, *extra)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode() if proc.stderr else "exited")
            try:
                if httpx.post(base + TOKEN, json=LOGIN, timeout=5).status_code == 200:
                    return proc, base
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.1)
    except BaseException:
        _stop(proc)
        raise


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture(params=BACKENDS)
def served(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    if request.param == "sqlite":
        db = str(tmp_path / "shared.db")
    else:
        db = pg.fresh_database(request.getfixturevalue("pg_server"))
    proc, base = _serve(db, "--workers", "2")
    try:
        server = Server(proc, base)
        server.db = db  # type: ignore[attr-defined]
        deadline = time.monotonic() + 60
        while len(server.workers()) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        yield server
    finally:
        _stop(proc)
        if request.param == "postgresql":
            pg.drop_database(db)


def _token(base: str) -> str:
    return str(httpx.post(base + TOKEN, json=LOGIN, timeout=10).json()["access_token"])


def _contacts(base: str, token: str, wo: int) -> list[str]:
    r = httpx.get(
        f"{base}{API}/workorders/{wo}/contacts",
        params={"access_token": token, "per_page": 100},
        timeout=30,
    )
    return [c["name"] for c in r.json()["results"] if c["name"].startswith("writer")]


def _writers(
    base: str, token: str, wo: int, threads: int, each: int, stop: threading.Event | None = None
) -> tuple[list[str], int]:
    """(names acknowledged with a 201, requests that got no answer)."""
    acked: list[str] = []
    failed = [0]
    lock = threading.Lock()

    def write(n: int) -> None:
        for i in range(each):
            if stop is not None and stop.is_set():
                return
            name = f"writer {n}.{i}"
            try:
                # a new connection each time, so the kernel spreads them over the workers
                r = httpx.post(
                    f"{base}{API}/workorders/{wo}/contacts",
                    params={"access_token": token},
                    json={"role": "Location Contact", "name": name, "phone": "4805550000"},
                    timeout=30,
                )
            except httpx.HTTPError:
                with lock:
                    failed[0] += 1
                continue
            with lock:
                if r.status_code == 201:
                    acked.append(name)
                else:
                    failed[0] += 1

    pool = [threading.Thread(target=write, args=(n,)) for n in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return acked, failed[0]


def test_two_workers_lose_nothing_and_agree(served: Server) -> None:
    token = _token(served.base)
    wo = httpx.post(
        f"{served.base}{API}/workorders",
        params={"access_token": token},
        json={"title": "contended"},
        timeout=10,
    ).json()["id"]
    acked, failed = _writers(served.base, token, wo, threads=6, each=15)
    assert failed == 0 and len(acked) == 90
    for _ in range(6):  # fresh connections: both workers answer, all the same
        assert sorted(_contacts(served.base, token, wo)) == sorted(acked)
    # work orders created through one worker are found by every worker
    made = [
        httpx.post(
            f"{served.base}{API}/workorders",
            params={"access_token": token},
            json={"title": f"w{i}"},
            timeout=10,
        ).json()["id"]
        for i in range(10)
    ]
    assert len(set(made)) == 10
    for wo_id in made:
        for _ in range(3):
            r = httpx.get(
                f"{served.base}{API}/workorders/{wo_id}", params={"access_token": token}, timeout=10
            )
            assert r.status_code == 200


def test_kill_9_of_a_worker_loses_nothing_acknowledged(served: Server) -> None:
    token = _token(served.base)
    wo = httpx.post(
        f"{served.base}{API}/workorders",
        params={"access_token": token},
        json={"title": "killed"},
        timeout=10,
    ).json()["id"]
    victim = served.workers()[0]
    result: dict[str, object] = {}

    def run() -> None:
        result["out"] = _writers(served.base, token, wo, threads=4, each=20)

    writer = threading.Thread(target=run)
    writer.start()
    time.sleep(0.5)
    os.kill(victim, signal.SIGKILL)
    writer.join()
    acked, failed = result["out"]  # type: ignore[misc]
    stored = _contacts(served.base, token, wo)
    assert len(stored) == len(set(stored)), "no write applied twice"
    assert set(acked) <= set(stored), "every acknowledged write is there"
    assert len(stored) <= len(acked) + failed, "no phantom writes"
    assert acked, "the other worker kept serving"


def test_reset_refused_while_serving(served: Server) -> None:
    db = served.db  # type: ignore[attr-defined]
    out = subprocess.run(
        [sys.executable, "-m", "sandbox", "reset", "--db", db],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2 and "cannot reset" in out.stderr, out.stderr
    assert "stop it first" in out.stderr
    assert httpx.post(served.base + TOKEN, json=LOGIN, timeout=10).status_code == 200


def test_second_server(served: Server) -> None:
    """SQLite: refused. PostgreSQL: allowed (a team's servers on several hosts share one
    database) and it sees the first server's writes."""
    db = served.db  # type: ignore[attr-defined]
    proc, port = _start(db)
    if not db.startswith("postgresql://"):
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 2
        assert b"already using" in err and b"stop it first" in err
        return
    base = f"http://127.0.0.1:{port}"
    try:
        token = _token(served.base)
        wo = httpx.post(
            f"{served.base}{API}/workorders",
            params={"access_token": token},
            json={"title": "seen by both"},
            timeout=10,
        ).json()["id"]
        deadline = time.monotonic() + 60
        while True:
            try:
                got = httpx.get(
                    f"{base}{API}/workorders/{wo}", params={"access_token": token}, timeout=10
                )
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.2)
        assert got.status_code == 200 and got.json()["title"] == "seen by both"
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        proc.wait(timeout=20)
