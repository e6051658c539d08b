"""Profiles taken when a target is missed, so the report shows where the time goes instead of
a guess. pyinstrument (bench/requirements.txt) samples the workload; the summary is its flat
view by inclusive time, cut to the lines that matter.

``python -m bench.profiling serve PORT DB OUT`` runs the sandbox under the profiler and writes
the summary to OUT when the process is interrupted (that is how P4 profiles the server).
"""

from __future__ import annotations

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


def _summary(profiler: object, top: int) -> str:
    text: str = profiler.output_text(  # type: ignore[attr-defined]
        flat=True, flat_time="total", time="percent_of_total", unicode=True, color=False
    )
    lines = [line for line in text.splitlines() if line.strip()]
    body = [line for line in lines if "%" in line][:top]
    head = [line for line in lines if "Duration" in line or "Samples" in line]
    return "\n".join([*(h.strip() for h in head), "inclusive time, top functions:", *body])


def profile(fn: Callable[[], object], top: int = TOP) -> str:
    """Run ``fn`` once under pyinstrument; the flat inclusive-time summary."""
    if not available():
        return "pyinstrument is not installed (bench/requirements.txt)"
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0005)
    profiler.start()
    try:
        fn()
    finally:
        profiler.stop()
    return _summary(profiler, top)


def _serve(port: int, db: str, out: Path) -> None:
    import uvicorn
    from pyinstrument import Profiler

    from sandbox.app import create_app

    app = create_app(db)
    profiler = Profiler(interval=0.0005, async_mode="disabled")
    profiler.start()
    try:
        uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
    finally:
        profiler.stop()
        out.write_text(_summary(profiler, TOP) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "serve":
        _serve(int(sys.argv[2]), sys.argv[3], Path(sys.argv[4]))
    else:
        raise SystemExit("usage: python -m bench.profiling serve PORT DB OUT")
