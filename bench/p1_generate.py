"""P1: full regeneration of the client from the bundled spec, against OpenAPI Generator's python
generator and stock openapi-python-client, plus the regeneration where nothing changed.

Every generator runs as a fresh process into an empty directory, as a user would run it, so
JVM and interpreter start-up are part of the figure. Ours includes bundling and validating the
spec, our extra runtime modules and the ruff pass; OpenAPI Generator runs with its spec
validation off (it rejects our valid 3.1 links), which only helps the anchor.
"""

from __future__ import annotations

import resource
import shutil
import time
from pathlib import Path

from generator import paths
from generator.generate import Target, generate

from . import anchors, profiling
from .harness import Case, Config, Stat, fmt_ratio, fmt_seconds, fmt_stat, measure, ratio, run
from .report import Section, intro
from .report import Target as Goal

TARGET_RATIO = 0.6
TARGET_NOOP = 0.3
LABELS = {
    "ogen": "OpenAPI Generator 7 (python), anchor",
    "stock": "stock openapi-python-client",
    "ours": "ours (`generator.generate`)",
    "noop": "ours, nothing changed (process)",
    "noop_inproc": "ours, nothing changed (in-process call)",
}
FIXES: dict[str, tuple[str, ...]] = {}
"""Cases "ours + a fix proposed in bench/fixes.py" (label in LABELS): none now; the last one,
validation beside rendering, is generator/validation.py."""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _generation(kind: str, scratch: Path, keep: dict[str, Path], cpu: dict[str, Stat]) -> float:
    """One timed generation into a fresh dir (the previous output of the kind is removed);
    records the CPU time of the process tree too (JVM and ruff use both cores)."""
    if kind in keep:
        shutil.rmtree(keep[kind], ignore_errors=True)
    out = scratch / f"{kind}-{time.monotonic_ns()}"
    out.mkdir(parents=True)
    if kind in FIXES:
        cmd = anchors.ours_cmd(out / "fieldnation-client", fixes=FIXES[kind])
    else:
        cmd = anchors.generate_cmd(kind, out)
    cpu_before = _children_cpu()
    start = time.perf_counter()
    run(cmd, timeout=600)
    elapsed = time.perf_counter() - start
    cpu.setdefault(kind, Stat()).samples.append(_children_cpu() - cpu_before)
    keep[kind] = out
    return elapsed


def _noop_target(cfg: Config, keep: dict[str, Path]) -> Path:
    """A client dir that is up to date: the full run's own output, or in quick mode a scratch
    dir holding generated/'s fingerprint (brought up to date, untimed, if stale)."""
    if "ours" in keep:
        target = keep["ours"] / "fieldnation-client"
    else:
        target = cfg.work / "p1" / "noop" / "fieldnation-client"
        target.mkdir(parents=True, exist_ok=True)
        stamp = paths.GENERATED / ".fingerprint"
        if stamp.exists():
            shutil.copy(stamp, target / ".fingerprint")
    run(anchors.ours_cmd(target, force=False), timeout=600)
    return target


def _noop_cases(target: Path) -> dict[str, Case]:
    def process() -> None:
        out = run(anchors.ours_cmd(target, force=False), timeout=300)
        if "up to date" not in out:
            raise RuntimeError("the no-op regeneration regenerated (inputs changed mid-run?)")

    def inproc() -> None:
        generate(paths.SPEC_ROOT, Target(target, None), bundle_out=None)

    return {"noop": process, "noop_inproc": inproc}


def run_p1(cfg: Config) -> Section:
    section = Section(
        "P1",
        "regeneration of the client",
        intro=intro(__doc__),
        headers=[
            "case",
            "wall, median [min–max]",
            "runs",
            "CPU (process tree), median",
            "vs OpenAPI Generator",
            "vs stock",
        ],
    )
    scratch = cfg.work / "p1"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    keep: dict[str, Path] = {}
    stats: dict[str, Stat] = {}
    cpu: dict[str, Stat] = {}
    unavailable: dict[str, str] = {}

    kinds = [] if cfg.quick else ["ogen", "stock", "ours", *FIXES]
    if "ogen" in kinds and (why := anchors.ogen_unavailable()):
        unavailable["ogen"] = why
        kinds.remove("ogen")
    if kinds:
        cases: dict[str, Case] = {
            k: (lambda k=k: _generation(k, scratch, keep, cpu)) for k in kinds
        }
        stats.update(measure(cases, runs=cfg.runs(5)))
    stats.update(measure(_noop_cases(_noop_target(cfg, keep)), runs=cfg.runs(10, 3), warmup=1))

    for kind, label in LABELS.items():
        if kind in unavailable:
            section.rows.append([label, f"unavailable: {unavailable[kind]}", "", "", "", ""])
            section.figures.append({"case": kind, "unavailable": unavailable[kind]})
            continue
        if kind not in stats:
            if cfg.quick:
                section.rows.append([label, "skipped (quick)", "", "", "", ""])
            continue
        stat = stats[kind]
        full = not kind.startswith("noop")
        vs_ogen = fmt_ratio(ratio(stat, stats["ogen"])) if full and "ogen" in stats else ""
        vs_stock = fmt_ratio(ratio(stat, stats["stock"])) if full and "stock" in stats else ""
        cpu_cell = fmt_seconds(cpu[kind].median) if kind in cpu else ""
        section.rows.append(
            [label, fmt_stat(stat), str(len(stat.samples)), cpu_cell, vs_ogen, vs_stock]
        )
        extra = (
            {"cpu_median": cpu[kind].median, "cpu_samples": cpu[kind].samples}
            if kind in cpu
            else {}
        )
        section.figures.append({"case": kind, "label": label, **stat.as_dict(), **extra})

    _targets(section, stats, unavailable, cfg)
    return section


def _targets(
    section: Section, stats: dict[str, Stat], unavailable: dict[str, str], cfg: Config
) -> None:
    text = f"full regeneration ≤ {TARGET_RATIO}× OpenAPI Generator"
    if "ours" in stats and "ogen" in stats:
        value = ratio(stats["ours"], stats["ogen"])
        met = value <= TARGET_RATIO
        note = ""
        if not met:
            fixed = [k for k in FIXES if k in stats]
            note = "; ".join(
                f"{LABELS[k]}: {fmt_ratio(ratio(stats[k], stats['ogen']))}" for k in fixed
            )
            section.profiles.append(("ours, full regeneration (in-process)", _profile(cfg)))
        section.targets.append(Goal(text, fmt_ratio(value), met, note))
    else:
        why = unavailable.get("ogen", "skipped in quick mode")
        section.targets.append(Goal(text, "—", None, why))
    noop = stats["noop"]
    section.targets.append(
        Goal(
            f"regeneration when nothing changed < {TARGET_NOOP} s",
            fmt_stat(noop),
            noop.median < TARGET_NOOP,
            "whole process: interpreter start, imports, fingerprint",
        )
    )


def _profile(cfg: Config) -> str:
    out = cfg.work / "p1" / "profiled" / "fieldnation-client"
    return profiling.profile(
        lambda: generate(paths.SPEC_ROOT, Target(out, None), bundle_out=None, force=True)
    )
