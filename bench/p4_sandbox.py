"""P4: sandbox throughput and latency against Prism mocking the same bundled spec.

Both servers run as they ship (the sandbox: one ``python -m sandbox serve`` process on a fresh
SQLite file; Prism: ``prism mock`` with its defaults), pinned to core 0; the load generator
runs in its own process pinned to core 1, loopback only, each run bounded in time. The sandbox
does real work per request (auth, validation against the spec, SQLite); Prism answers the
spec's examples after validating the request. Gets, then lists, then creates (so the creates
do not grow the table the reads see); within a cell the two servers alternate run by run.
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
            "non-2xx (sandbox / Prism)",
        ],
    )
    scratch = cfg.work / "p4"
    scratch.mkdir(parents=True, exist_ok=True)
    concurrencies = [16] if cfg.quick else [1, 16, 64]
    endpoints = ["get"] if cfg.quick else list(ENDPOINTS)
    duration = 1.0 if cfg.quick else 3.0
    runs = cfg.runs(3, 1)
    section.notes.append(
        f"Load generator: {load.tool()}; {runs} run(s) of {duration:.0f} s per cell."
    )

    cells: dict[tuple[str, str, int], Cell] = {}
    prism_why: str | None = "skipped in quick mode" if cfg.quick else None
    with ExitStack() as stack:
        base = stack.enter_context(servers.sandbox(scratch / "sandbox.db", cpu=0))
        urls = {"sandbox": _urls(base, servers.token(base), servers.API)}
        if not cfg.quick:
            try:
                prism_base = stack.enter_context(servers.prism(scratch / "prism.log", cpu=0))
                urls["prism"] = _urls(prism_base, "bench", "")
            except Exception as exc:  # Prism missing or not starting: say why, go on
                prism_why = str(exc)[:300]
        unusable = {
            (server, name): why
            for server, by_name in urls.items()
            for name in endpoints
            if (why := _probe(by_name[name], name))
        }
        for name in endpoints:
            method, _, body = ENDPOINTS[name]
            for conc in concurrencies:
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
    for (server, name), why in unusable.items():
        section.notes.append(f"{server} {name}: not measured, the endpoint answered {why}")
    if prism_why:
        section.notes.append(f"Prism: not measured ({prism_why}).")

    worst: tuple[float, str, int] | None = None
    for name in endpoints:
        for conc in concurrencies:
            ours = cells.get(("sandbox", name, conc))
            prism = cells.get(("prism", name, conc))
            ratio_cell = "n/a"
            if ours and prism:
                value = statistics.median(ours.rps) / statistics.median(prism.rps)
                ratio_cell = fmt_ratio(value)
                if worst is None or value < worst[0]:
                    worst = (value, name, conc)
            section.rows.append(
                [
                    name,
                    str(conc),
                    ours.summary() if ours else "—",
                    ours.latency() if ours else "—",
                    prism.summary() if prism else "—",
                    prism.latency() if prism else "—",
                    ratio_cell,
                    f"{ours.errors if ours else '—'} / {prism.errors if prism else '—'}",
                ]
            )
            for server, cell in (("sandbox", ours), ("prism", prism)):
                if cell:
                    section.figures.append(
                        {"server": server, "endpoint": name, "concurrency": conc, **cell.as_dict()}
                    )

    text = f"requests/s ≥ {LIMIT:.0f}× Prism at every endpoint and concurrency"
    if worst is None:
        section.targets.append(Target(text, "—", None, prism_why or "no comparable cell"))
        return section
    cells_met = sum(
        1
        for name in endpoints
        for conc in concurrencies
        if ("prism", name, conc) in cells
        and ("sandbox", name, conc) in cells
        and statistics.median(cells[("sandbox", name, conc)].rps)
        / statistics.median(cells[("prism", name, conc)].rps)
        >= LIMIT
    )
    total = len(endpoints) * len(concurrencies)
    met = worst[0] >= LIMIT
    section.targets.append(
        Target(
            text,
            f"worst {fmt_ratio(worst[0])} ({worst[1]}, c={worst[2]})",
            met,
            f"met in {cells_met} of {total} cells",
        )
    )
    if not met and not cfg.quick and profiling.available():
        section.profiles.append(_profile_server(scratch, worst[1], worst[2], duration))
        section.notes.append(_analysis())
    return section


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


def _analysis() -> str:
    return (
        "**Where the sandbox's time goes, and the fixes.** The profile above is the sandbox"
        " process while it served the worst cell: per request it authenticates (a SQLite token"
        " lookup), validates parameters and body against the spec (jsonschema), runs the handler"
        " (SQLite, in a transaction for writes) and serializes the answer. Proposed, for the"
        " lead (sandbox/ is not touched by the bench): cache token lookups in memory for their"
        " TTL; precompile and cache one validator per operation and skip validation of absent"
        " parts; `PRAGMA synchronous=NORMAL` with WAL and a prepared-statement cache for the"
        " store; serve with more than one worker only where the state allows it (SQLite WAL"
        " does, the in-process caches would need care)."
    )
