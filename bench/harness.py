"""Timing primitives shared by every benchmark: interleaved runs, median and spread, ratios.

The machine is small and noisy (2 cores), so no absolute time is trusted on its own: every
figure is compared with its anchor measured in the same run, and the cases of one comparison
are run round-robin (A, B, A, B, ...) so that a slow patch of the machine hits all of them.
"""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
VENV_BIN = Path(sys.executable).parent
PY = sys.executable


@dataclass
class Config:
    """What one bench run does: quick (smoke) or full, and where it writes."""

    quick: bool
    out: Path
    """Where results.md and results.json go."""
    work: Path
    """Scratch space (generated clients, databases); under bench/out/, git-ignored."""

    def runs(self, full: int, quick: int = 2) -> int:
        return quick if self.quick else full


@dataclass
class Stat:
    """Samples of one measured case; lower is better unless the unit says otherwise."""

    samples: list[float] = field(default_factory=list)
    unit: str = "s"

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def low(self) -> float:
        return min(self.samples)

    @property
    def high(self) -> float:
        return max(self.samples)

    def as_dict(self) -> dict[str, object]:
        return {
            "unit": self.unit,
            "median": self.median,
            "min": self.low,
            "max": self.high,
            "runs": len(self.samples),
            "samples": self.samples,
        }


Case = Callable[[], float | None]
"""One run of a case: returns its own measured seconds, or None to be timed from outside."""


def measure(
    cases: dict[str, Case], runs: int, warmup: int = 0, collect: bool = False
) -> dict[str, Stat]:
    """Run every case ``runs`` times, interleaved, after ``warmup`` untimed rounds. With
    ``collect``, a full garbage collection (untimed) precedes each sample, so that no case pays
    for the garbage of the one before it."""
    stats = {name: Stat() for name in cases}
    for round_no in range(warmup + runs):
        for name, case in cases.items():
            if collect:
                gc.collect()
            start = time.perf_counter()
            own = case()
            elapsed = time.perf_counter() - start if own is None else own
            if round_no >= warmup:
                stats[name].samples.append(elapsed)
    return stats


def per_call(fn: Callable[[], object], calls: int) -> Case:
    """A case that runs ``fn`` ``calls`` times and reports the mean seconds of one call."""

    def case() -> float:
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        return (time.perf_counter() - start) / calls

    return case


def ratio(value: Stat, anchor: Stat) -> float:
    return value.median / anchor.median


def fmt_seconds(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.1f} µs"


def fmt_delta(seconds: float) -> str:
    """A signed difference of times: ``+12.3 ms``, ``-1.0 ms``."""
    return ("-" if seconds < 0 else "+") + fmt_seconds(abs(seconds))


def fmt_stat(stat: Stat) -> str:
    """``median [min–max]`` in the stat's unit."""
    if stat.unit == "s":
        return f"{fmt_seconds(stat.median)} [{fmt_seconds(stat.low)}–{fmt_seconds(stat.high)}]"
    return f"{stat.median:,.0f} [{stat.low:,.0f}–{stat.high:,.0f}] {stat.unit}"


def fmt_ratio(value: float) -> str:
    return f"{value:.2f}×"


def env(**extra: str) -> dict[str, str]:
    """The environment for child processes: our venv first on PATH, no bytecode surprises."""
    base = dict(os.environ)
    base["PATH"] = f"{VENV_BIN}{os.pathsep}{base.get('PATH', '')}"
    base.pop("PYTHONPATH", None)
    base.update(extra)
    return base


def run(cmd: list[str], *, timeout: float, cwd: Path | None = None, **extra: str) -> str:
    """Run a command to completion (bounded in time); its stdout, or an error with its output."""
    proc = subprocess.run(
        cmd,
        cwd=cwd or ROOT,
        env=env(**extra),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if proc.returncode != 0:
        tail = (proc.stdout + proc.stderr)[-2000:]
        raise RuntimeError(f"{Path(cmd[0]).name} exited {proc.returncode}: {tail}")
    return proc.stdout
