"""Load for P4, always from a separate process and only to loopback: wrk (Debian's package;
`make bench` installs it) when present, else bench/loadgen.py. Each run is bounded by its
duration and a hard timeout, and reports requests/s, p50 and p99 latency and the count of
non-2xx/3xx answers and socket errors (a fast error is not throughput)."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .harness import PY, ROOT, env
from .servers import pinned

LUA = """
wrk.method = "{method}"
{body}
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH {{"requests":%d,"seconds":%f,"errors":%d,"socket_errors":%d,"p50_us":%d,"p99_us":%d}}\\n',
    summary.requests, summary.duration / 1e6, e.status,
    e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
"""


@dataclass
class Result:
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int


def tool() -> str:
    """The load generator this run uses, as named in the results."""
    if shutil.which("wrk"):
        version = subprocess.run(["wrk", "-v"], capture_output=True, text=True, check=False)
        first = (version.stdout or version.stderr).strip().splitlines()[:1]
        return first[0] if first else "wrk"
    return "bench/loadgen.py (asyncio + httpx; wrk not installed)"


def _script(work: Path, method: str, body: str | None) -> Path:
    lines = ""
    if body is not None:
        lines = f'wrk.body = [==[{body}]==]\nwrk.headers["Content-Type"] = "application/json"'
    digest = hashlib.sha256((body or "").encode()).hexdigest()[:8]
    script = work / f"wrk-{method.lower()}-{digest}.lua"
    script.write_text(LUA.format(method=method, body=lines), encoding="utf-8")
    return script


def hit(
    url: str,
    *,
    method: str = "GET",
    body: str | None = None,
    concurrency: int,
    duration: float,
    work: Path,
    cpu: int | None = 1,
) -> Result:
    """Load ``url`` for ``duration`` seconds with ``concurrency`` keep-alive connections."""
    if shutil.which("wrk"):
        cmd = [
            "wrk",
            "-t1",
            f"-c{concurrency}",
            f"-d{max(1, round(duration))}s",
            "--timeout",
            "10s",
            "-s",
            str(_script(work, method, body)),
            url,
        ]
        out = _run(pinned(cmd, cpu), duration)
        line = next(ln for ln in out.splitlines() if ln.startswith("BENCH "))
        data = json.loads(line[len("BENCH ") :])
        good = data["requests"] - data["errors"]
        errors = data["errors"] + data["socket_errors"]
    else:
        cmd = [
            PY,
            "-m",
            "bench.loadgen",
            url,
            "--method",
            method,
            "--concurrency",
            str(concurrency),
        ]
        cmd += ["--duration", str(duration)] + (["--body", body] if body is not None else [])
        data = json.loads(_run(pinned(cmd, cpu), duration).strip().splitlines()[-1])
        good = data["requests"] - data["errors"]
        errors = data["errors"]
    return Result(
        rps=good / data["seconds"],
        p50_ms=data["p50_us"] / 1000,
        p99_ms=data["p99_us"] / 1000,
        requests=data["requests"],
        errors=errors,
    )


def _run(cmd: list[str], duration: float) -> str:
    proc = subprocess.run(
        cmd, cwd=ROOT, env=env(), capture_output=True, text=True, timeout=duration + 60, check=False
    )
    if proc.returncode != 0:
        raise RuntimeError(f"load generator failed ({proc.returncode}): {proc.stderr[-800:]}")
    return proc.stdout
