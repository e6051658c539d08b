"""A server with no request left polls its connections for a moment before it sleeps
(sandbox.busypoll): the poll ends at the first readable connection, gives up after its window,
survives sockets that close under it, runs once per idle moment, and an idle server does not
keep polling. ``serve --busy-poll`` reaches worker processes too."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import httpx
import pytest

from sandbox.busypoll import BusyPoll, for_server
from sandbox.protocol import GuardedHttpToolsProtocol
from sandbox.server import protocol_class

from .test_deferred_commit import API
from .test_workers import _serve, _stop, _token


@pytest.fixture
def pair() -> tuple[socket.socket, socket.socket]:
    a, b = socket.socketpair()
    yield a, b
    a.close()
    b.close()


def test_the_poll_ends_at_the_first_readable_connection(
    pair: tuple[socket.socket, socket.socket],
) -> None:
    quiet_a, quiet_b = socket.socketpair()
    # a window that would outlast the test if the poll did not stop
    with closing(BusyPoll(window=60.0)) as busy, quiet_a, quiet_b:
        busy.add(quiet_a.fileno(), "quiet")
        busy.add(pair[0].fileno(), "talking")
        pair[1].send(b"GET / HTTP/1.1\r\n\r\n")
        assert busy.poll() is True


def test_the_poll_gives_up_after_its_window(pair: tuple[socket.socket, socket.socket]) -> None:
    with closing(BusyPoll(window=0.002)) as busy:
        busy.add(pair[0].fileno(), "idle")
        assert busy.poll() is False


def test_no_connection_no_poll() -> None:
    with closing(BusyPoll(window=60.0)) as busy:
        assert busy.poll() is False


def test_a_reused_number_stays_polled_for_its_new_connection(
    pair: tuple[socket.socket, socket.socket],
) -> None:
    """The kernel may give a closed socket's number to a new connection before the old one's
    removal runs: that removal must not stop polling the new one."""
    with closing(BusyPoll(window=60.0)) as busy:
        fd = pair[0].fileno()
        busy.add(fd, "old")
        busy.add(fd, "new")
        busy.remove(fd, "old")
        pair[1].send(b"x")
        assert busy.poll() is True
        busy.remove(fd, "new")
        assert busy.poll() is False  # nothing left to poll


def test_a_socket_closed_before_its_removal() -> None:
    a, b = socket.socketpair()
    with closing(BusyPoll(window=0.001)) as busy:
        fd = a.fileno()
        busy.add(fd, "gone")
        a.close()
        b.close()
        busy.remove(fd, "gone")  # the kernel dropped it already: no error
        assert busy.poll() is False


def test_one_poll_per_idle_moment_and_none_without_a_window(
    pair: tuple[socket.socket, socket.socket],
) -> None:
    polls: list[str] = []

    async def main() -> None:
        loop = asyncio.get_running_loop()
        for window, name in ((0.001, "on"), (0.0, "off")):
            busy = BusyPoll(window)
            busy.add(pair[0].fileno(), name)
            busy.poll = lambda name=name: polls.append(name) or False  # type: ignore[method-assign]
            busy.idle(loop, set())
            busy.idle(loop, set())  # the same idle moment: still one poll
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            busy.idle(loop, set())  # a later one
            await asyncio.sleep(0)
            busy.close()

    asyncio.run(main())
    assert polls == ["on", "on"]


def test_no_poll_once_a_request_has_begun(pair: tuple[socket.socket, socket.socket]) -> None:
    """Between the answer and the poll, a request may have begun (its bytes read, so no
    socket shows them): then the poll would only delay it."""
    polls: list[int] = []

    async def main() -> None:
        loop = asyncio.get_running_loop()
        busy = BusyPoll(0.001)
        busy.add(pair[0].fileno(), "conn")
        busy.poll = lambda: polls.append(1) or False  # type: ignore[method-assign]
        answered = loop.create_task(asyncio.sleep(0))
        await answered  # the answering request's task: done
        began = loop.create_task(asyncio.sleep(1))
        tasks = {answered}
        busy.idle(loop, tasks)
        tasks.add(began)  # a request begins before the poll runs
        await asyncio.sleep(0)
        assert polls == []
        tasks.discard(began)
        began.cancel()
        busy.idle(loop, tasks)  # idle again, the answered task alone
        await asyncio.sleep(0)
        assert polls == [1]
        busy.close()

    asyncio.run(main())


def test_one_busy_poll_per_server() -> None:
    class State:
        pass

    one, other = State(), State()
    assert for_server(one, 0.001) is for_server(one, 0.001)
    assert for_server(one, 0.001) is not for_server(other, 0.001)


def test_the_window_chooses_the_protocol() -> None:
    assert protocol_class(GuardedHttpToolsProtocol.busy_poll) is GuardedHttpToolsProtocol
    off = protocol_class(0.0)
    assert issubclass(off, GuardedHttpToolsProtocol) and off.busy_poll == 0.0
    assert protocol_class(-5.0).busy_poll == 0.0


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_an_idle_server_stops_polling(tmp_path: Path) -> None:
    """After a run of requests one at a time (each leaves the server idle, so each starts a
    poll), the server sleeps with the client's connection still open: a poll that never ended,
    or started again and again, would take a whole core."""
    proc, base = _serve(str(tmp_path / "s.db"), "--busy-poll", "1000")
    try:
        token = _token(base)
        with httpx.Client(base_url=base, params={"access_token": token}) as client:
            for _ in range(50):
                assert client.get(f"{API}/workorders").status_code == 200
            time.sleep(0.2)  # the last poll's window (1 ms) is long over
            before = _cpu_seconds(proc.pid)
            time.sleep(1.0)
            assert _cpu_seconds(proc.pid) - before < 0.2
            assert client.get(f"{API}/workorders").status_code == 200  # kept open throughout
    finally:
        _stop(proc)


def test_the_window_reaches_the_workers(tmp_path: Path) -> None:
    proc, _ = _serve(str(tmp_path / "s.db"), "--workers", "2", "--busy-poll", "250")
    try:
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
        envs = [Path(f"/proc/{pid}/environ").read_bytes().split(b"\0") for pid in children]
        assert any(b"SANDBOX_BUSY_POLL_US=250.0" in env for env in envs)
        worker = [sys.executable, "-c", "from sandbox.busypoll import BUSY_POLL; print(BUSY_POLL)"]
        env = {**os.environ, "SANDBOX_BUSY_POLL_US": "250.0"}
        out = subprocess.run(worker, env=env, capture_output=True, text=True, check=True)
        assert float(out.stdout) == pytest.approx(250e-6)
    finally:
        _stop(proc)
