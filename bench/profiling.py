"""Profiles taken when a target is missed, so the report shows where the time goes instead of
a guess. pyinstrument (bench/requirements.txt) samples the workload; the summary is its flat
view by inclusive time, cut to the lines that matter.

``python -m bench.profiling serve PORT DB OUT`` runs the sandbox under the profiler and writes
the summary to OUT when the process is interrupted (that is how P4 profiles the server).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path

TOP = 18


def available() -> bool:
    try:
        import pyinstrument  # noqa: F401
    except ImportError:
        return False
    return True


PLUMBING = (
    "bench/",
    "<lambda>",
    "<listcomp>",
    "asyncio/",
    "uvicorn/",
    "starlette/",
    "anyio/",
    "contextlib.py",
)
"""Frames that wrap everything (event loop, ASGI stack, our own harness): 100% and no news."""


def _flat(profiler: object, mode: str, top: int) -> list[str]:
    text: str = profiler.output_text(  # type: ignore[attr-defined]
        flat=True, flat_time=mode, time="percent_of_total", unicode=True, color=False
    )
    rows = [line.strip() for line in text.splitlines() if "%" in line]
    return [row for row in rows if not any(p in row for p in PLUMBING)][:top]


def _summary(profiler: object, top: int) -> str:
    session = profiler.last_session  # type: ignore[attr-defined]
    head = f"pyinstrument: {session.duration:.2f} s, {session.sample_count} samples"
    return "\n".join(
        [
            head,
            "inclusive time (event loop, ASGI stack and harness frames left out):",
            *_flat(profiler, "total", top),
            "",
            "self time:",
            *_flat(profiler, "self", top // 2),
        ]
    )


def profile(fn: Callable[[], object], top: int = TOP, gc_off: bool = False) -> str:
    """Run ``fn`` once under pyinstrument; the flat inclusive-time summary. A sampler charges
    a garbage-collector pause to whichever frame happens to run, which for allocation-heavy
    code (decoding) points at innocent functions: ``gc_off`` profiles without collections,
    to show where the Python work itself goes."""
    if not available():
        return "pyinstrument is not installed (bench/requirements.txt)"
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0005)
    was_enabled = gc.isenabled()
    if gc_off:
        gc.collect()
        gc.disable()
    profiler.start()
    try:
        fn()
    finally:
        profiler.stop()
        if gc_off and was_enabled:
            gc.enable()
    summary = _summary(profiler, top)
    return f"(garbage collector off while profiling)\n{summary}" if gc_off else summary


def _serve(port: int, db: str, out: Path) -> None:
    import uvicorn
    from pyinstrument import Profiler

    from sandbox.app import create_app
    from sandbox.redo import COMMIT_DELAY
    from sandbox.server import settings

    app = create_app(db, commit_delay=COMMIT_DELAY)  # as `python -m sandbox serve` runs it
    profiler = Profiler(interval=0.0005, async_mode="disabled")
    profiler.start()
    try:
        uvicorn.run(app, **settings(host="127.0.0.1", port=port, log_level="warning"))
    finally:
        profiler.stop()
        out.write_text(_summary(profiler, TOP) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "serve":
        _serve(int(sys.argv[2]), sys.argv[3], Path(sys.argv[4]))
    else:
        raise SystemExit("usage: python -m bench.profiling serve PORT DB OUT")
