"""``python -m bench [--quick] [--only P1,P3] [--out DIR] [--work DIR]``.

A full run of all sections writes bench/results.md and bench/results.json (``--only`` writes
to bench/out/partial/ unless ``--out`` says otherwise); ``--quick`` (the smoke run in
``make test``) runs a few iterations with no downloaded anchors into bench/out/quick/, so the
harness keeps working without spending minutes. A section that crashes is reported as failed
and makes the exit code 1, after every other section has run.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from . import load, report
from .harness import BENCH, Config
from .p1_generate import run_p1
from .p2_import import run_p2
from .p3_calls import run_p3
from .p4_sandbox import run_p4
from .p5_contract import run_p5
from .p6_growth import run_p6
from .p7_proxy import run_p7
from .report import Section, Target

SECTIONS: dict[str, tuple[str, Callable[[Config], Section]]] = {
    "P1": ("regeneration of the client", run_p1),
    "P2": ("import time", run_p2),
    "P3": ("per-call overhead and decode throughput", run_p3),
    "P4": ("sandbox throughput and latency", run_p4),
    "P5": ("contract run", run_p5),
    "P6": ("sandbox growth and stall", run_p6),
    "P7": ("overhead of the recording proxy", run_p7),
}


def _loadavg() -> str:
    """Other work on the machine skews absolute times; the results say how busy it was."""
    return f"{os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else "n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[1])
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: few iterations, no downloaded anchors"
    )
    parser.add_argument("--only", default="", help="comma-separated sections, e.g. P1,P3")
    parser.add_argument("--out", type=Path, default=None, help="where results.md/.json go")
    parser.add_argument("--work", type=Path, default=None, help="scratch dir (git-ignored)")
    args = parser.parse_args(argv)
    keys = [k.strip().upper() for k in args.only.split(",") if k.strip()] or list(SECTIONS)
    unknown = [k for k in keys if k not in SECTIONS]
    if unknown:
        parser.error(f"unknown section(s): {', '.join(unknown)}")
    # Only a full run of every section replaces the committed bench/results.md.
    if args.quick:
        default_out = BENCH / "out" / "quick"
    elif args.only:
        default_out = BENCH / "out" / "partial"
    else:
        default_out = BENCH
    out = (args.out or default_out).resolve()
    work = (args.work or BENCH / "out" / ("quick-work" if args.quick else "work")).resolve()
    work.mkdir(parents=True, exist_ok=True)
    cfg = Config(quick=args.quick, out=out, work=work)

    load_start = _loadavg()
    sections, failed = [], []
    for key in keys:
        title, run = SECTIONS[key]
        print(f"[bench] {key}: {title} ...", flush=True)
        start = time.perf_counter()
        try:
            section = run(cfg)
        except Exception:
            failed.append(key)
            error = traceback.format_exc()
            print(error, file=sys.stderr)
            section = Section(
                key, title, notes=[f"**This section failed:**\n\n```\n{error[-2500:]}```"]
            )
            section.targets.append(Target("(section ran)", "failed", False))
        section.seconds = time.perf_counter() - start
        print(f"[bench] {key}: done in {section.seconds:.0f} s", flush=True)
        sections.append(section)
    extra = {
        "load generator": load.tool(),
        "1-min load average at start / end": f"{load_start} / {_loadavg()}",
    }
    md = report.write(sections, out, quick=cfg.quick, extra=extra)
    print(f"[bench] wrote {md} and {md.with_suffix('.json')}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
