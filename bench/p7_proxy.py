"""P7: what the validating, recording proxy adds to one exchange.

The same call goes to the sandbox directly and through ``python -m contract proxy`` in front of
it, interleaved (direct, proxied, direct, ...), each on its own keep-alive ``httpx.Client``.
The sandbox runs pinned to one core, the proxy in its own process (not pinned: on a shared
2-core machine a pinned proxy waits for its core behind everything else on it), as a user
would run them; the proxy validates and records every exchange (to a HAR file in the
scratch directory) while the measurement runs, on its recorder thread after the answer has
been sent. The figure is the difference of the medians (p50) of single calls, for
``get_work_order`` (a full work order, ~5 kB) and ``list_work_orders`` (a 25-item page, ~40 kB). The proxy's CPU time per exchange (from
``/proc``: forwarding, validating, scrubbing, writing) is the load-independent part of it.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from sandbox.server import free_port

from . import servers
from .harness import (
    PY,
    ROOT,
    Config,
    Stat,
    env,
    fmt_delta,
    fmt_ratio,
    fmt_seconds,
    fmt_stat,
    measure,
)
from .report import Section, Target, intro

LIMIT = 5e-3  # seconds added at p50
API = servers.API


@contextmanager
def proxy(upstream: str, record: Path, *, cpu: int | None) -> Iterator[tuple[str, int]]:
    """The proxy in its own process; yields its base URL and pid."""
    port = free_port()
    cmd = [PY, "-m", "contract", "proxy", "--upstream", upstream, "--port", str(port),
           "--record", str(record)]  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    log = record / "proxy.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            servers.pinned(cmd, cpu), cwd=ROOT, env=env(), stdout=sink,
            stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        try:
            servers._wait(proc, f"{base}{API}/workorders/1", 60, log)
            yield base, proc.pid
        finally:
            servers._stop(proc)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (Linux), 0 when unknown."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _single(client: httpx.Client, url: str, params: dict[str, str]) -> object:
    def case() -> None:
        response = client.get(url, params=params)
        response.raise_for_status()
        response.content  # noqa: B018 - the whole answer, as a client would read it

    return case


def run_p7(cfg: Config) -> Section:
    section = Section(
        "P7",
        "overhead of the recording proxy",
        intro=intro(__doc__),
        headers=["call", "direct p50 [min–max]", "through the proxy p50 [min–max]", "added at p50", "ratio", "proxy CPU per exchange", "runs"],
    )  # fmt: skip
    scratch = cfg.work / "p7"
    scratch.mkdir(parents=True, exist_ok=True)
    record = scratch / "record"
    (record / "traffic.har").unlink(missing_ok=True)
    runs = cfg.runs(400, 20)
    worst = 0.0
    with (
        servers.sandbox(scratch / "sandbox.db", cpu=0) as base,
        proxy(base, record, cpu=None) as (via, pid),
    ):
        token = servers.token(base)
        auth = {"access_token": token}
        cases = {
            "get_work_order": (f"{API}/workorders/1001", auth),
            "list_work_orders": (f"{API}/workorders", {**auth, "list": "workorders_in_flight", "per_page": "25"}),
        }  # fmt: skip
        with httpx.Client(base_url=base) as direct, httpx.Client(base_url=via) as proxied:
            for name, (path, params) in cases.items():
                cpu_before = cpu_seconds(pid)
                stats: dict[str, Stat] = measure(
                    {
                        "direct": _single(direct, path, params),  # type: ignore[dict-item]
                        "proxied": _single(proxied, path, params),  # type: ignore[dict-item]
                    },
                    runs=runs,
                    warmup=cfg.runs(20, 3),
                )
                cpu = (cpu_seconds(pid) - cpu_before) / (runs + cfg.runs(20, 3))
                added = stats["proxied"].median - stats["direct"].median
                worst = max(worst, added)
                section.rows.append(
                    [f"`{name}`", fmt_stat(stats["direct"]), fmt_stat(stats["proxied"]), fmt_delta(added),
                     fmt_ratio(stats["proxied"].median / stats["direct"].median), fmt_seconds(cpu), str(runs)]
                )  # fmt: skip
                section.figures.append(
                    {"case": name, "direct": stats["direct"].as_dict(), "proxied": stats["proxied"].as_dict()}
                )  # fmt: skip
    har = record / "traffic.har"
    recorded = len(json.loads(har.read_text())["log"]["entries"]) if har.exists() else 0
    section.notes.append(
        f"The proxy recorded {recorded} exchanges to its HAR file during the run (validated, "
        "scrubbed, appended), so the figure includes that work competing for its core."
    )
    section.targets.append(
        Target("proxy adds < 5 ms per exchange at p50", fmt_delta(worst) + " (worst call)", None if cfg.quick else worst < LIMIT)
    )  # fmt: skip
    return section
