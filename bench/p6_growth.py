"""P6: sandbox cost as the data grows, and one heavy request against everyone else.

Two sandbox processes run side by side, each on its own SQLite file bulk-seeded with
``python -m sandbox seed``: one holding 1,000 work orders of company 501, one holding 100,000.
The same requests (a page of 25 work orders, newest first; a status tab sorted by creation
time) alternate between them in blocks, one client at a time, so both see the same machine;
the figure is the ratio of their p50s. Each server's resident memory is read from /proc after
its requests. The stall test sends, from another thread, one valid ~900 kB create request
after another to a fresh sandbox and measures the p99 of small gets from a second client,
against the same gets with nothing heavy running.
"""

from __future__ import annotations

import statistics
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx

from sandbox.server import free_port

from . import servers
from .harness import PY, ROOT, Config, env, fmt_ratio
from .report import Section, Target, intro

PAGE_LIMIT = 1.5
RSS_LIMIT_MB = 200
QUERIES = {
    "page of 25, newest first": "/workorders?per_page=25",
    "Assigned tab, by created": "/workorders?list=workorders_assigned&sort=created&per_page=25",
}


def _seed(db: Path, count: int) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    subprocess.run(
        [PY, "-m", "sandbox", "seed", "--db", str(db), "--work-orders", str(count)],
        cwd=ROOT,
        env=env(),
        check=True,
        capture_output=True,
        timeout=900,
    )


@contextmanager
def _server(db: Path, cpu: int | None) -> Iterator[tuple[str, int]]:
    """A sandbox on an existing database; yields (base URL, pid)."""
    port = free_port()
    cmd = servers.pinned([PY, "-m", "sandbox", "serve", "--port", str(port), "--db", str(db)], cpu)
    base = f"http://127.0.0.1:{port}"
    log = db.with_suffix(".log")
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            cmd, cwd=ROOT, env=env(), stdout=sink, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            servers._wait(proc, f"{base}{servers.API}/workorders/1", 120, log)
            yield base, proc.pid
        finally:
            servers._stop(proc)


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _times(client: httpx.Client, url: str, n: int) -> list[float]:
    out = []
    for _ in range(n):
        start = time.perf_counter()
        response = client.get(url)
        out.append(time.perf_counter() - start)
        response.raise_for_status()
    return out


def run_p6(cfg: Config) -> Section:
    section = Section(
        "P6",
        "sandbox cost as the data grows; stall test",
        intro=intro(__doc__),
        headers=["request", "p50 ms at small", "p50 ms at large", "large / small"],
    )
    small_n, large_n = (100, 1_000) if cfg.quick else (1_000, 100_000)
    blocks, per_block = (2, 10) if cfg.quick else (10, 50)
    scratch = cfg.work / "p6"
    scratch.mkdir(parents=True, exist_ok=True)
    small_db, large_db = scratch / "small.db", scratch / "large.db"
    started = time.perf_counter()
    _seed(small_db, small_n - 12)  # the seed holds 12 work orders, 6 per company
    _seed(large_db, large_n - 12)
    seed_s = time.perf_counter() - started
    section.notes.append(
        f"Bulk seed (`python -m sandbox seed`): {large_n:,} work orders in {seed_s:.0f} s "
        f"(both files). Small: {small_n:,} work orders; large: {large_n:,}; "
        f"{blocks} alternating blocks of {per_block} requests per query and server."
    )
    worst = 0.0
    rss: dict[str, float] = {}
    with ExitStack() as stack:
        small, small_pid = stack.enter_context(_server(small_db, 0))
        large, large_pid = stack.enter_context(_server(large_db, 0))
        tokens = {small: servers.token(small), large: servers.token(large)}
        for label, path in QUERIES.items():
            got: dict[str, list[float]] = {small: [], large: []}
            with httpx.Client(timeout=60) as client:
                for base in (small, large):  # warm-up
                    _times(client, f"{base}{servers.API}{path}&access_token={tokens[base]}", 5)
                for _ in range(blocks):
                    for base in (small, large):
                        url = f"{base}{servers.API}{path}&access_token={tokens[base]}"
                        got[base] += _times(client, url, per_block)
            p_small = statistics.median(got[small]) * 1000
            p_large = statistics.median(got[large]) * 1000
            worst = max(worst, p_large / p_small)
            section.rows.append(
                [label, f"{p_small:.2f}", f"{p_large:.2f}", fmt_ratio(p_large / p_small)]
            )
        rss = {"small": _rss_mb(small_pid), "large": _rss_mb(large_pid)}
    section.rows.append(
        ["RSS of the worker (MB)", f"{rss['small']:.0f}", f"{rss['large']:.0f}", "—"]
    )
    full = not cfg.quick
    section.targets.append(
        Target(
            f"page of 25 at {large_n:,} ≤ {PAGE_LIMIT}× the same page at {small_n:,} (p50)",
            f"worst {fmt_ratio(worst)}",
            worst <= PAGE_LIMIT if full else None,
            "" if full else "quick run: small sizes",
        )
    )
    section.targets.append(
        Target(
            f"RSS of a worker with {large_n:,} work orders < {RSS_LIMIT_MB} MB",
            f"{rss['large']:.0f} MB",
            rss["large"] < RSS_LIMIT_MB if full else None,
        )
    )
    _stall(cfg, scratch, section)
    _guard_cost(cfg, scratch, section)
    return section


GUARD_SERVER = """
import sys, uvicorn
from sandbox.app import create_app
from sandbox.protocol import GuardedHttpToolsProtocol
http = GuardedHttpToolsProtocol if sys.argv[2] == "guarded" else "httptools"
uvicorn.run(create_app(sys.argv[3]), host="127.0.0.1", port=int(sys.argv[1]), http=http,
            log_level="error", access_log=False)
"""


@contextmanager
def _guard_server(db: Path, kind: str) -> Iterator[str]:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    port = free_port()
    cmd = servers.pinned([PY, "-c", GUARD_SERVER, str(port), kind, str(db)], 0)
    base = f"http://127.0.0.1:{port}"
    log = db.with_suffix(".log")
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            cmd, cwd=ROOT, env=env(), stdout=sink, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            servers._wait(proc, f"{base}{servers.API}/workorders/1", 120, log)
            yield base
        finally:
            servers._stop(proc)


def _guard_cost(cfg: Config, scratch: Path, section: Section) -> None:
    """req/s of a get with the guarded protocol against uvicorn's plain httptools one."""
    from . import load

    duration, runs = (0.5, 1) if cfg.quick else (3.0, 3)
    rps: dict[str, list[float]] = {"plain": [], "guarded": []}
    with ExitStack() as stack:
        bases = {
            kind: stack.enter_context(_guard_server(scratch / f"guard-{kind}.db", kind))
            for kind in rps
        }
        for _ in range(runs):
            for kind, base in bases.items():
                url = f"{base}{servers.API}/workorders/1001?access_token={servers.token(base)}"
                rps[kind].append(load.hit(url, concurrency=16, duration=duration, work=scratch).rps)
    plain, guarded = statistics.median(rps["plain"]), statistics.median(rps["guarded"])
    section.rows.append(
        [
            "head guard: get req/s, plain httptools / guarded (c=16)",
            f"{plain:.0f}",
            f"{guarded:.0f}",
            fmt_ratio(guarded / plain),
        ]
    )


def _stall(cfg: Config, scratch: Path, section: Section) -> None:
    """p99 of small gets alone, then while one client sends heavy valid creates."""
    heavy = {"title": "heavy", "description": {"html": "<p>" + "x" * 900_000 + "</p>"}}
    n = 50 if cfg.quick else 400
    with servers.sandbox(scratch / "stall.db", cpu=0) as base:
        token = servers.token(base)
        url = f"{base}{servers.API}/workorders/1001?access_token={token}"
        with httpx.Client(timeout=60) as client:
            _times(client, url, 10)
            alone = sorted(_times(client, url, n))
            stop = threading.Event()
            sent = [0]

            def hammer() -> None:
                with httpx.Client(timeout=60) as heavy_client:
                    while not stop.is_set():
                        heavy_client.post(
                            f"{base}{servers.API}/workorders?access_token={token}", json=heavy
                        )
                        sent[0] += 1

            thread = threading.Thread(target=hammer, daemon=True)
            thread.start()
            time.sleep(0.2)
            busy = sorted(_times(client, url, n))
            stop.set()
            thread.join(timeout=60)

    def p99(xs: list[float]) -> float:
        return xs[int(len(xs) * 0.99) - 1] * 1000

    section.rows.append(
        [
            f"stall: get p99 ms alone / beside {sent[0]} heavy creates",
            f"{p99(alone):.2f}",
            f"{p99(busy):.2f}",
            fmt_ratio(p99(busy) / p99(alone)),
        ]
    )
    section.notes.append(
        "Stall row: the small column is the get's p99 with nothing else running, the large "
        "column its p99 while another client sends ~900 kB creates back to back."
    )
