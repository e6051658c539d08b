"""P6: sandbox cost as the data grows, and one heavy request against everyone else.

The same rows are measured on both backends side by side. For each, two sandbox processes run
on their own database bulk-seeded with ``python -m sandbox seed``: one holding 1,000 work
orders of company 501, one holding 100,000 (SQLite: two files; PostgreSQL: two databases on one
throwaway server the bench starts, Debian's postgresql as in the tests, ``fsync`` off). The
same requests (a page of 25 work orders, newest first; a status tab sorted by creation time)
go to the four servers in turn, in blocks, one client at a time, so all of them see the same
machine; the figure is the ratio of the p50s at 100,000 and at 1,000 on one backend. Each
sandbox worker's resident memory is read from /proc after its requests (on PostgreSQL the
database server's own memory is not the worker's and is not counted). The stall test, on each
backend, sends from another process (wrk) one valid ~900 kB create request after another to a fresh
sandbox and measures the p99 of small gets from a second client, against the same gets with
nothing heavy running. The head-guard row compares the HTTP protocols alone (SQLite).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from sandbox.pgserver import PgServer, bin_dir
from sandbox.server import free_port

from . import load, servers
from .harness import PY, ROOT, Config, env, fmt_ratio
from .report import Section, Target, intro

PAGE_LIMIT = 1.5
RSS_LIMIT_MB = 200
QUERIES = {
    "page of 25, newest first": "/workorders?per_page=25",
    "Assigned tab, by created": "/workorders?list=workorders_assigned&sort=created&per_page=25",
}
NO_PG = "PostgreSQL is not installed (`make postgres`)"
SEEDED = 12
"""Work orders the plain seed holds (6 per company); the bulk seed adds the rest."""


@dataclass
class Backend:
    """One backend's pair of databases (``--db`` values), their servers and what they gave."""

    name: str
    small_db: str
    large_db: str
    stall_db: str
    """A fresh database for the stall test (the sandbox seeds it when it starts)."""
    seed_s: dict[str, float] = field(default_factory=dict)
    bases: dict[str, str] = field(default_factory=dict)
    """size ("small"/"large") -> base URL of its sandbox."""
    pids: dict[str, int] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)


def _seed(db: str, count: int) -> float:
    """Bulk-seed ``db`` with ``count`` work orders in all; the seconds it took."""
    if not db.startswith("postgresql://"):
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    subprocess.run(
        [PY, "-m", "sandbox", "seed", "--db", db, "--work-orders", str(count - SEEDED)],
        cwd=ROOT,
        env=env(),
        check=True,
        capture_output=True,
        timeout=900,
    )
    return time.perf_counter() - started


@contextmanager
def _server(db: str, log: Path, cpu: int | None) -> Iterator[tuple[str, int]]:
    """A sandbox on an existing database; yields (base URL, pid)."""
    port = free_port()
    cmd = servers.pinned([PY, "-m", "sandbox", "serve", "--port", str(port), "--db", db], cpu)
    base = f"http://127.0.0.1:{port}"
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


def _backends(stack: ExitStack, scratch: Path, section: Section) -> list[Backend]:
    """SQLite always; PostgreSQL when its binaries are installed (else a note says so)."""
    stall = scratch / "stall.db"
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{stall}{suffix}").unlink(missing_ok=True)
    out = [Backend("SQLite", str(scratch / "small.db"), str(scratch / "large.db"), str(stall))]
    if bin_dir() is None:
        section.notes.append(f"PostgreSQL rows: not measured, {NO_PG}.")
        return out
    pg = stack.enter_context(PgServer())
    small, large, stall_db = (pg.create_database(f"p6_{n}") for n in ("small", "large", "stall"))
    out.append(Backend("PostgreSQL", small, large, stall_db))
    return out


def run_p6(cfg: Config) -> Section:
    section = Section(
        "P6",
        "sandbox cost as the data grows; stall test",
        intro=intro(__doc__),
        headers=["backend", "request", "p50 ms at small", "p50 ms at large", "large / small"],
    )
    scratch = cfg.work / "p6"
    scratch.mkdir(parents=True, exist_ok=True)
    with ExitStack() as pg_stack:
        backends = _backends(pg_stack, scratch, section)
        _growth(cfg, scratch, section, backends)
        for b in backends:
            _stall(cfg, scratch, section, b)
    _guard_cost(cfg, scratch, section)
    section.notes.append(
        "Stall rows: the small column is the get's p99 with nothing else running, the large "
        "column its p99 while another client sends ~900 kB creates back to back."
    )
    return section


def _growth(cfg: Config, scratch: Path, section: Section, backends: list[Backend]) -> None:
    """The page and RSS rows and targets of every backend."""
    small_n, large_n = (100, 1_000) if cfg.quick else (1_000, 100_000)
    blocks, per_block = (2, 10) if cfg.quick else (25, 20)  # short turns: load hits all alike
    full = not cfg.quick
    with ExitStack() as stack:
        for b in backends:
            b.seed_s = {"small": _seed(b.small_db, small_n), "large": _seed(b.large_db, large_n)}
        section.notes.append(
            "Bulk seed (`python -m sandbox seed`), wall time: "
            + "; ".join(
                f"{b.name} {large_n:,} work orders in {b.seed_s['large']:.0f} s "
                f"({small_n:,} in {b.seed_s['small']:.1f} s)"
                for b in backends
            )
            + f". {blocks} blocks of {per_block} requests per query and server, the servers "
            "taking turns."
        )
        for b in backends:
            for size, db in (("small", b.small_db), ("large", b.large_db)):
                log = scratch / f"{b.name.lower()}-{size}.log"
                b.bases[size], b.pids[size] = stack.enter_context(_server(db, log, 0))
                b.tokens[size] = servers.token(b.bases[size])
        results: dict[tuple[str, str], dict[str, list[float]]] = {}
        with httpx.Client(timeout=60) as client:
            for label, path in QUERIES.items():
                urls = {
                    (b.name, size): f"{base}{servers.API}{path}&access_token={b.tokens[size]}"
                    for b in backends
                    for size, base in b.bases.items()
                }
                got: dict[tuple[str, str], list[float]] = {key: [] for key in urls}
                for url in urls.values():  # warm-up
                    _times(client, url, 5)
                for _ in range(blocks):
                    for key, url in urls.items():
                        got[key] += _times(client, url, per_block)
                for b in backends:
                    results[(b.name, label)] = {
                        size: got[(b.name, size)] for size in ("small", "large")
                    }
        rss = {b.name: {size: _rss_mb(pid) for size, pid in b.pids.items()} for b in backends}
    for b in backends:
        worst = 0.0
        for label in QUERIES:
            times = results[(b.name, label)]
            p_small = statistics.median(times["small"]) * 1000
            p_large = statistics.median(times["large"]) * 1000
            worst = max(worst, p_large / p_small)
            section.rows.append(
                [b.name, label, f"{p_small:.2f}", f"{p_large:.2f}", fmt_ratio(p_large / p_small)]
            )
        mem = rss[b.name]
        section.rows.append(
            [b.name, "RSS of the worker (MB)", f"{mem['small']:.0f}", f"{mem['large']:.0f}", "—"]
        )
        section.targets.append(
            Target(
                f"{b.name}: page of 25 at {large_n:,} ≤ {PAGE_LIMIT}× the same page at "
                f"{small_n:,} (p50)",
                f"worst {fmt_ratio(worst)}",
                worst <= PAGE_LIMIT if full else None,
                "" if full else "quick run: small sizes",
            )
        )
        section.targets.append(
            Target(
                f"{b.name}: RSS of a worker with {large_n:,} work orders < {RSS_LIMIT_MB} MB",
                f"{mem['large']:.0f} MB",
                mem["large"] < RSS_LIMIT_MB if full else None,
            )
        )
    if len(backends) == 1:  # shown as not measured, with the reason
        for target in (f"page of 25 ≤ {PAGE_LIMIT}× (p50)", f"RSS of a worker < {RSS_LIMIT_MB} MB"):
            section.targets.append(Target(f"PostgreSQL: {target}", "—", None, NO_PG))


GUARD_SERVER = """
import sys, uvicorn
from sandbox.app import create_app
from sandbox.server import protocol_class
# the guards alone: busy polling (sandbox.busypoll), which P4 measures, is left off
http = protocol_class(0.0) if sys.argv[2] == "guarded" else "httptools"
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
            "SQLite",
            "head guard: get req/s, plain httptools / guarded (c=16)",
            f"{plain:.0f}",
            f"{guarded:.0f}",
            fmt_ratio(guarded / plain),
        ]
    )


HEAVY_SECONDS = 3.0
"""How long the heavy client sends (the gets beside it take well under that)."""


def _stall(cfg: Config, scratch: Path, section: Section, backend: Backend) -> None:
    """p99 of small gets alone, then while one client sends heavy valid creates."""
    heavy = {"title": "heavy", "description": {"html": "<p>" + "x" * 900_000 + "</p>"}}
    n = 50 if cfg.quick else 400
    log = scratch / f"{backend.name.lower()}-stall.log"
    with _server(backend.stall_db, log, 0) as (base, _pid):
        token = servers.token(base)
        url = f"{base}{servers.API}/workorders/1001?access_token={token}"
        with httpx.Client(timeout=60) as client:
            _times(client, url, 10)
            alone = sorted(_times(client, url, n))
            # The heavy client is wrk in a process of its own (pinned to the other core), so
            # encoding and sending 900 kB bodies costs the measuring client nothing.
            heavy_url = f"{base}{servers.API}/workorders?access_token={token}"
            sent: list[load.Result] = []
            thread = threading.Thread(
                target=lambda: sent.append(
                    load.hit(
                        heavy_url,
                        method="POST",
                        body=json.dumps(heavy),
                        concurrency=1,
                        duration=HEAVY_SECONDS,
                        work=scratch,
                    )
                ),
                daemon=True,
            )
            thread.start()
            time.sleep(0.3)
            busy = sorted(_times(client, url, n))
            thread.join(timeout=HEAVY_SECONDS + 60)

    def p99(xs: list[float]) -> float:
        return xs[int(len(xs) * 0.99) - 1] * 1000

    section.rows.append(
        [
            backend.name,
            f"stall: get p99 ms alone / beside heavy creates"
            f" ({sent[0].requests if sent else 0} in {HEAVY_SECONDS:.0f} s)",
            f"{p99(alone):.2f}",
            f"{p99(busy):.2f}",
            fmt_ratio(p99(busy) / p99(alone)),
        ]
    )
