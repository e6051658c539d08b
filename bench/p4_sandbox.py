"""P4: sandbox throughput and latency against Prism mocking the same bundled spec.

Both servers run as they ship (the sandbox: one ``python -m sandbox serve`` process on a fresh
SQLite file, with its default 20 ms ``--commit-delay``: writes are answered once in its redo log
and committed together, and its default 100 µs ``--busy-poll``: out of requests, it polls its
connections that long before it sleeps; Prism: ``prism mock`` with its defaults), pinned to
core 0; the load
generator runs in its own process pinned to core 1, loopback only, each run bounded in time.
The sandbox does real work per request (auth, validation against the spec, SQLite); Prism
answers the spec's examples after validating the request. Gets, then lists, then creates (so
the creates do not grow the table the reads see); within a cell the two servers alternate run
by run.
"""

from __future__ import annotations

import json
import statistics
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from . import load, profiling, servers
from .harness import Config, fmt_ratio
from .report import Section, Target, intro

LIMIT = 5.0
CREATE_BODY = json.dumps(
    {
        "title": "Replace POS terminal at store 42",
        "description": {"html": "<p>Swap the failed terminal.</p>"},
        "types_of_work": [{"id": 62, "isPrimary": True}],
    }
)
ENDPOINTS = {
    # name: (method, path under the API root, body)
    "get": ("GET", "/workorders/1001", None),
    "list": ("GET", "/workorders", None),
    "create": ("POST", "/workorders", CREATE_BODY),
}


@dataclass
class Cell:
    """The runs of one (server, endpoint, concurrency)."""

    rps: list[float] = field(default_factory=list)
    p50: list[float] = field(default_factory=list)
    p99: list[float] = field(default_factory=list)
    errors: int = 0
    requests: int = 0

    def add(self, result: load.Result) -> None:
        self.rps.append(result.rps)
        self.p50.append(result.p50_ms)
        self.p99.append(result.p99_ms)
        self.errors += result.errors
        self.requests += result.requests

    def summary(self) -> str:
        rps = statistics.median(self.rps)
        return f"{rps:,.0f} [{min(self.rps):,.0f}–{max(self.rps):,.0f}]"

    def latency(self) -> str:
        return f"{statistics.median(self.p50):.1f} / {statistics.median(self.p99):.1f}"

    def as_dict(self) -> dict[str, object]:
        return {
            "rps_median": statistics.median(self.rps),
            "rps_min": min(self.rps),
            "rps_max": max(self.rps),
            "rps_samples": self.rps,
            "p50_ms_median": statistics.median(self.p50),
            "p99_ms_median": statistics.median(self.p99),
            "requests": self.requests,
            "errors": self.errors,
        }


def _urls(base: str, token: str, prefix: str) -> dict[str, str]:
    return {
        name: f"{base}{prefix}{path}?access_token={token}"
        for name, (_, path, _) in ENDPOINTS.items()
    }


def _probe(url: str, name: str) -> str | None:
    """None when the endpoint answers 2xx, else why not (a fast error is not throughput)."""
    method, _, body = ENDPOINTS[name]
    try:
        response = httpx.request(
            method, url, content=body, headers={"Content-Type": "application/json"}, timeout=30
        )
    except httpx.HTTPError as exc:
        return f"{type(exc).__name__}: {exc}"
    return None if response.is_success else f"{response.status_code}: {response.text[:150]}"


Key = tuple[str, str, int]
"""(server, endpoint, concurrency)"""


def run_p4(cfg: Config) -> Section:
    section = Section(
        "P4",
        "sandbox throughput and latency",
        intro=intro(__doc__),
        headers=[
            "endpoint",
            "conc.",
            "sandbox req/s",
            "sandbox p50 / p99 ms",
            "Prism req/s",
            "Prism p50 / p99 ms",
            "sandbox / Prism",
            "floor req/s",
            "floor / Prism",
            "non-2xx (sandbox / Prism)",
        ],
    )
    scratch = cfg.work / "p4"
    scratch.mkdir(parents=True, exist_ok=True)
    grid = [
        (name, conc)
        for name in (["get"] if cfg.quick else ENDPOINTS)
        for conc in ([16] if cfg.quick else [1, 16, 64])
    ]
    duration = 1.0 if cfg.quick else 3.0
    runs = cfg.runs(3, 1)
    section.notes.append(
        f"Load generator: {load.tool()}; {runs} run(s) of {duration:.0f} s per cell."
    )
    cells = _load(cfg, scratch, grid, runs, duration, section)
    ratios = _table(section, cells, grid)
    text = f"requests/s ≥ {LIMIT:.0f}× Prism at every endpoint and concurrency"
    if not ratios:
        section.targets.append(Target(text, "—", None, "Prism not measured"))
        return section
    (name, conc), worst = min(ratios.items(), key=lambda item: item[1])
    met = worst >= LIMIT
    good = sum(value >= LIMIT for value in ratios.values())
    section.targets.append(
        Target(
            text,
            f"worst {fmt_ratio(worst)} ({name}, c={conc})",
            met,
            f"met in {good} of {len(grid)} cells",
        )
    )
    if not met:
        section.notes.append(_analysis(cells, ratios))
        if not cfg.quick and profiling.available():
            section.profiles.append(_profile_server(scratch, name, conc, duration))
    return section


def _load(
    cfg: Config,
    scratch: Path,
    grid: list[tuple[str, int]],
    runs: int,
    duration: float,
    section: Section,
) -> dict[Key, Cell]:
    """Run the load grid against the sandbox and (full mode) Prism, alternating servers."""
    cells: dict[Key, Cell] = {}
    with ExitStack() as stack:
        base = stack.enter_context(servers.sandbox(scratch / "sandbox.db", cpu=0))
        urls = {"sandbox": _urls(base, servers.token(base), servers.API)}
        if cfg.quick:
            section.notes.append("Prism: not measured in quick mode.")
        else:
            try:
                prism_base = stack.enter_context(servers.prism(scratch / "prism.log", cpu=0))
                urls["prism"] = _urls(prism_base, "bench", "")
            except Exception as exc:  # Prism missing or not starting: say why, go on
                section.notes.append(f"Prism: not measured ({str(exc)[:300]}).")
            floor_base = stack.enter_context(servers.floor(scratch / "floor.log", cpu=0))
            urls["floor"] = _urls(floor_base, "bench", "")
        unusable = set()
        for server, by_name in urls.items():
            for name in {name for name, _ in grid}:
                if why := _probe(by_name[name], name):
                    unusable.add((server, name))
                    section.notes.append(f"{server} {name}: not measured, it answered {why}")
        for name, conc in grid:
            method, _, body = ENDPOINTS[name]
            for _ in range(runs):
                for server, by_name in urls.items():
                    if (server, name) in unusable:
                        continue
                    result = load.hit(
                        by_name[name],
                        method=method,
                        body=body,
                        concurrency=conc,
                        duration=duration,
                        work=scratch,
                    )
                    cells.setdefault((server, name, conc), Cell()).add(result)
    return cells


def _table(
    section: Section, cells: dict[Key, Cell], grid: list[tuple[str, int]]
) -> dict[tuple[str, int], float]:
    """One row per cell; returns the sandbox/Prism ratio of each cell that has both."""
    ratios = {}
    for name, conc in grid:
        ours = cells.get(("sandbox", name, conc))
        prism = cells.get(("prism", name, conc))
        floor = cells.get(("floor", name, conc))
        ratio_cell = floor_ratio = "n/a"
        if ours and prism:
            ratios[(name, conc)] = statistics.median(ours.rps) / statistics.median(prism.rps)
            ratio_cell = fmt_ratio(ratios[(name, conc)])
        if floor and prism:
            floor_ratio = fmt_ratio(statistics.median(floor.rps) / statistics.median(prism.rps))
        section.rows.append(
            [
                name,
                str(conc),
                ours.summary() if ours else "—",
                ours.latency() if ours else "—",
                prism.summary() if prism else "—",
                prism.latency() if prism else "—",
                ratio_cell,
                floor.summary() if floor else "—",
                floor_ratio,
                f"{ours.errors if ours else '—'} / {prism.errors if prism else '—'}",
            ]
        )
        for server, cell in (("sandbox", ours), ("prism", prism), ("floor", floor)):
            if cell:
                section.figures.append(
                    {"server": server, "endpoint": name, "concurrency": conc, **cell.as_dict()}
                )
    return ratios


def _profile_server(scratch: Path, name: str, conc: int, duration: float) -> tuple[str, str]:
    """The sandbox under pyinstrument while it serves the worst cell's load."""
    out = scratch / "sandbox-profile.txt"
    out.unlink(missing_ok=True)
    method, _, body = ENDPOINTS[name]
    with servers.sandbox(scratch / "profiled.db", cpu=0, profile_to=out) as base:
        url = _urls(base, servers.token(base), servers.API)[name]
        load.hit(
            url,
            method=method,
            body=body,
            concurrency=conc,
            duration=max(duration, 3.0),
            work=scratch,
        )
    deadline = time.monotonic() + 20
    while not out.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    text = (
        out.read_text(encoding="utf-8") if out.exists() else "the profiled sandbox wrote no profile"
    )
    return (f"sandbox serving {name} at concurrency {conc}", text)


def _analysis(cells: dict[Key, Cell], ratios: dict[tuple[str, int], float]) -> str:
    """Why each missed cell misses, from this run's figures: the floor (the sandbox's HTTP
    server answering a constant) bounds what any handler can reach, so a cell whose floor is
    under the target cannot meet it by changing handlers; for the others, the handler's time
    per request (1/sandbox - 1/floor) is set against the time the target leaves it."""
    missed = sorted((key for key, ratio in ratios.items() if ratio < LIMIT), key=ratios.__getitem__)
    lines = []
    for name, conc in missed:
        prism = statistics.median(cells[("prism", name, conc)].rps)
        ours = statistics.median(cells[("sandbox", name, conc)].rps)
        need = LIMIT * prism
        floor_cell = cells.get(("floor", name, conc))
        if floor_cell is None:
            lines.append(f"{name} c={conc}: needs {need:,.0f} req/s (floor not measured)")
            continue
        floor = statistics.median(floor_cell.rps)
        handler_us = max(0.0, 1e6 / ours - 1e6 / floor)
        if floor < need:
            lines.append(
                f"{name} c={conc}: needs {need:,.0f} req/s; the server answering a constant"
                f" reaches {floor:,.0f} ({floor / prism:.1f}× Prism): out of reach of any"
                f" handler on this server (ours adds {handler_us:.0f} µs per request)"
            )
        else:
            budget_us = 1e6 / need - 1e6 / floor
            lines.append(
                f"{name} c={conc}: needs {need:,.0f} req/s; the floor is {floor:,.0f}, which"
                f" leaves a handler {budget_us:.0f} µs per request; ours takes {handler_us:.0f} µs"
            )
    return (
        "**Where each missed cell stands** (from this run: *floor* is the sandbox's own HTTP"
        " server, uvicorn with httptools, uvloop and the guarded protocol, answering a constant"
        " for every request, bench/floor.py; a handler's time is 1/sandbox − 1/floor). "
        + "; ".join(lines)
        + "."
    )
