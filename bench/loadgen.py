"""A small asyncio + httpx load generator, used by P4 when wrk is not installed (and by the
smoke run). It runs as its own process, sends to one loopback URL with N concurrent
keep-alive connections, stops after ``--duration`` seconds or ``--max-requests`` requests,
whichever comes first, and prints one JSON line: requests, errors, rps, p50 and p99 in µs.

It is slower than wrk (Python on the same 2 cores), so it understates the fastest server;
results.md names the load generator that was used.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from urllib.parse import urlsplit

import httpx


def _loopback(url: str) -> str:
    host = urlsplit(url).hostname or ""
    if not (host.startswith("127.") or host in ("localhost", "::1")):
        raise SystemExit(f"refusing to load a non-loopback address: {host}")
    return url


async def load(
    url: str, method: str, body: bytes | None, concurrency: int, duration: float, max_requests: int
) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    headers = {"Content-Type": "application/json"} if body else {}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=10) as client:
        start = time.perf_counter()
        deadline = start + duration

        async def worker() -> None:
            nonlocal errors
            while time.perf_counter() < deadline and len(latencies) + errors < max_requests:
                sent = time.perf_counter()
                try:
                    response = await client.request(method, url, content=body, headers=headers)
                    ok = response.status_code < 400
                except httpx.HTTPError:
                    ok = False
                if ok:
                    latencies.append(time.perf_counter() - sent)
                else:
                    errors += 1

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - start
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) >= 2 else [0.0] * 99
    return {
        "requests": len(latencies) + errors,
        "errors": errors,
        "seconds": elapsed,
        "rps": len(latencies) / elapsed,
        "p50_us": cuts[49] * 1e6,
        "p99_us": cuts[98] * 1e6,
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.loadgen")
    parser.add_argument("url", type=_loopback)
    parser.add_argument("--method", default="GET")
    parser.add_argument("--body", default=None, help="JSON request body")
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--duration", type=float, default=3.0)
    parser.add_argument("--max-requests", type=int, default=200_000)
    args = parser.parse_args()
    body = args.body.encode() if args.body else None
    result = asyncio.run(
        load(args.url, args.method, body, args.concurrency, args.duration, args.max_requests)
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
