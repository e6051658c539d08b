"""P5: wall time of the contract run over all operations at a fixed example count.

The contract suite is the lead's (``make contract``: schemathesis against an embedded
sandbox); the bench only times it, as ``make contract CONTRACT_EXAMPLES=N``, and reports it as
not available while the Makefile has no such target.
"""

from __future__ import annotations

import subprocess
import time

from .harness import ROOT, Config, Stat, env, fmt_stat
from .report import Section, Target, intro

EXAMPLES = 5
LIMIT = 120.0
BUDGET = 420.0
"""Stop repeating once the runs so far took this long (the bench must finish in minutes)."""


def command() -> list[str]:
    return ["make", "--no-print-directory", "contract", f"CONTRACT_EXAMPLES={EXAMPLES}"]


def available() -> str | None:
    """None when ``make contract`` exists, else why not."""
    proc = subprocess.run(
        ["make", "-n", "contract", f"CONTRACT_EXAMPLES={EXAMPLES}"],
        cwd=ROOT,
        env=env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if proc.returncode == 0:
        return None
    return (proc.stderr.strip() or proc.stdout.strip()).splitlines()[-1][:200]


def run_p5(cfg: Config) -> Section:
    section = Section(
        "P5",
        "contract run",
        intro=intro(__doc__),
        headers=["case", "median [min–max]", "runs", "exit codes"],
    )
    text = f"contract run, all operations, {EXAMPLES} examples each, < {LIMIT:.0f} s"
    if cfg.quick:
        section.targets.append(Target(text, "—", None, "skipped in quick mode"))
        return section
    why = available()
    if why is not None:
        section.rows.append([f"`{' '.join(command())}`", "not available", "", ""])
        section.targets.append(
            Target(text, "not available", None, f"no `make contract` yet: {why}")
        )
        return section
    stat, codes = Stat(), []
    spent = 0.0
    for _ in range(3):
        start = time.perf_counter()
        proc = subprocess.run(
            command(), cwd=ROOT, env=env(), capture_output=True, text=True, timeout=900, check=False
        )
        elapsed = time.perf_counter() - start
        stat.samples.append(elapsed)
        codes.append(proc.returncode)
        spent += elapsed
        if proc.returncode != 0:
            section.notes.append(
                f"The contract run exited {proc.returncode}:\n\n```\n{(proc.stdout + proc.stderr)[-1500:]}\n```"
            )
        if spent > BUDGET:
            break
    section.rows.append(
        [
            f"`{' '.join(command())}`",
            fmt_stat(stat),
            str(len(stat.samples)),
            ", ".join(map(str, codes)),
        ]
    )
    section.figures.append(
        {"case": "contract", "examples": EXAMPLES, "exit_codes": codes, **stat.as_dict()}
    )
    met = stat.median < LIMIT and not any(codes)
    note = "" if not any(codes) else "the run failed; its time is not a contract-run time"
    if stat.median >= LIMIT:
        note = "profile: run the suite under `python -m pyinstrument` (not automated: the suite is the lead's)"
    section.targets.append(Target(text, fmt_stat(stat), met, note))
    return section
