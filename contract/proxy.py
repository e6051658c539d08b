"""``python -m contract proxy``: a validating, recording reverse proxy in front of a real
deployment.

Point an application (or our client) at it: every request is forwarded unchanged to
``--upstream`` (any method, bodies streamed both ways, the token operation on the bare host
included) and the answer comes back unchanged. After the answer has been sent, a worker thread
scrubs the exchange of secrets, checks it against the spec (validators compiled at start-up)
and appends it to ``DIR/traffic.har``; one log line per exchange says whether it drifted.
When the upstream resets, times out or answers something that is not HTTP, the client gets a
502 in the API's error envelope and the proxy carries on.

    python -m contract proxy --upstream https://api-sandbox.fndev.net --port 8010
    python -m contract drift --har reports/proxy/traffic.har --out reports/drift
"""

from __future__ import annotations

import argparse
import logging
import sys
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import orjson
import uvicorn
from starlette.requests import Request
from starlette.responses import Response

from .har import MAX_BODY, Exchange
from .recorder import Captured, Recorder, Ticket, log
from .scrub import scrub_text
from .spec_index import BUNDLE, ApiSpec

# Request headers the HTTP client recomputes for the upstream hop (to the same values: the
# upstream's host, chunked framing when the length is unknown). Everything else, the
# connection-level headers included, passes as sent; answers pass with every header.
RECOMPUTED = frozenset({"host", "transfer-encoding"})


class _Relay(Response):
    """The upstream's answer as it arrives: status and raw headers as sent, then the body
    chunk by chunk (one chunk held back so that the last goes out with the end marker)."""

    def __init__(
        self, status: int, raw_headers: list[tuple[bytes, bytes]], body: AsyncIterator[bytes]
    ) -> None:
        self.status_code = status
        self.raw_headers = raw_headers
        self.body_iterator = body
        self.background = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers}
        )
        held: bytes | None = None
        async for chunk in self.body_iterator:
            if held is not None:
                await send({"type": "http.response.body", "body": held, "more_body": True})
            held = chunk
        await send({"type": "http.response.body", "body": held or b"", "more_body": False})


def _error(status: int, message: str) -> Response:
    body = orjson.dumps({"status": status, "message": message})
    return Response(body, status_code=status, media_type="application/json")


class Proxy:
    """The ASGI app: one forwarding handler for every path and method."""

    def __init__(
        self,
        upstream: str,
        recorder: Recorder | None,
        timeout: float = 30.0,
        max_body: int = MAX_BODY,
    ) -> None:
        parts = urlsplit(upstream.rstrip("/"))
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"--upstream must be an http(s) URL, got {upstream!r}")
        self.upstream = upstream.rstrip("/")
        self.recorder = recorder
        self.timeout = timeout
        self.max_body = max_body
        # httpx's transport, not its client: no default headers, cookie jar, redirects or
        # auth to undo.
        self.transport = httpx.AsyncHTTPTransport(
            limits=httpx.Limits(max_connections=200, max_keepalive_connections=50),
            trust_env=False,
        )
        self.timeouts = httpx.Timeout(timeout).as_dict()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await self.transport.aclose()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        ticket = self.recorder.begin() if self.recorder is not None else None
        try:
            response = await self._forward(Request(scope, receive), ticket)
            await response(scope, receive, send)
        except httpx.HTTPError as exc:  # the upstream broke off mid-answer: drop the client too
            log.warning("upstream broke off the answer: %s", _reason(exc))
        finally:  # a client that left before the answer: nothing to record
            if self.recorder is not None and ticket is not None:
                self.recorder.submit(ticket, None)

    async def _forward(self, request: Request, ticket: Ticket | None) -> Response:
        started = datetime.now(UTC).isoformat()
        t0 = time.perf_counter()
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        target = self.upstream + raw_path.decode("latin-1")
        query = request.scope.get("query_string") or b""
        if query:
            target += "?" + query.decode("latin-1")
        headers = [
            (k, v) for k, v in request.headers.raw if k.decode("latin-1").lower() not in RECOMPUTED
        ]
        has_body = any(
            k.lower() in (b"content-length", b"transfer-encoding") for k, _ in request.headers.raw
        )
        sent: list[bytes] = []
        size = [0]
        received_size = [-1]

        async def body() -> AsyncIterator[bytes]:
            async for chunk in request.stream():
                if chunk:
                    size[0] += len(chunk)
                    if size[0] <= self.max_body:
                        sent.append(chunk)
                    yield chunk

        upstream_req = httpx.Request(
            request.method,
            target,
            headers=headers,
            content=body() if has_body else None,
            extensions={"timeout": self.timeouts},
        )
        req_headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw]

        def captured(
            status: int, resp_headers: list[tuple[str, str]], data: bytes | None, error: str | None
        ) -> Captured:
            ex = Exchange(
                method=request.method,
                url=target,
                request_headers=req_headers,
                request_body=b"".join(sent) if size[0] <= self.max_body else None,
                status=status,
                response_headers=resp_headers,
                response_body=data,
                started=started,
                time_ms=(time.perf_counter() - t0) * 1000,
                error=error,
                sizes=(size[0], received_size[0]),
            )
            encoding = next((v for k, v in resp_headers if k.lower() == "content-encoding"), "")
            return Captured(ex, encoding)

        try:
            upstream = await self.transport.handle_async_request(upstream_req)
            upstream.request = upstream_req
        except httpx.TimeoutException:
            reason = f"no answer within {self.timeout:g} s"
            return self._failed(captured, reason, ticket)
        except (httpx.TransportError, httpx.InvalidURL, OSError) as exc:
            reason = _reason(exc)
            return self._failed(captured, reason, ticket)

        resp_headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in upstream.headers.raw]
        received: list[bytes] = []
        got = [0]

        async def relay() -> AsyncIterator[bytes]:
            error = None
            try:
                async for chunk in upstream.aiter_raw():
                    got[0] += len(chunk)
                    if got[0] <= self.max_body:
                        received.append(chunk)
                    yield chunk
            except httpx.HTTPError as exc:
                error = f"upstream broke off the answer: {_reason(exc)}"
                raise
            finally:
                await upstream.aclose()
                if self.recorder is not None and ticket is not None:
                    data = b"".join(received) if got[0] <= self.max_body else None
                    received_size[0] = got[0]
                    self.recorder.submit(
                        ticket, captured(upstream.status_code, resp_headers, data, error)
                    )

        return _Relay(upstream.status_code, list(upstream.headers.raw), relay())

    def _failed(self, captured: Any, reason: str, ticket: Ticket | None) -> Response:
        if self.recorder is not None and ticket is not None:
            body = orjson.dumps({"status": 502, "message": f"Bad gateway: {reason}"})
            self.recorder.submit(
                ticket, captured(502, [("content-type", "application/json")], body, reason)
            )
        return _error(502, f"Bad gateway: the upstream failed ({reason})")


def _reason(exc: BaseException) -> str:
    text = scrub_text(str(exc)) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"[:300]


def _config(app: Any, host: str, port: int) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,  # the recorder logs each exchange, scrubbed
        server_header=False,  # add nothing to the upstream's answer
        date_header=False,
        lifespan="on",
    )


@contextmanager
def running(
    upstream: str,
    record: Path,
    spec: ApiSpec | None = None,
    timeout: float = 30.0,
    host: str = "127.0.0.1",
    port: int = 0,
    max_body: int = MAX_BODY,
) -> Iterator[tuple[str, Recorder]]:
    """A proxy serving on a free port in a thread: yields (its URL, the recorder)."""
    from sandbox.server import free_port

    recorder = Recorder(spec or ApiSpec.load(), record / "traffic.har")
    port = port or free_port(host)
    server = uvicorn.Server(_config(Proxy(upstream, recorder, timeout, max_body), host, port))
    thread = threading.Thread(target=server.run, name=f"proxy-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the proxy did not start")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}", recorder
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        recorder.drain()
        recorder.close()


class _Scrubbing(logging.Filter):
    """Last line of defence: no log record leaves with a secret in it (our own lines are
    built from scrubbed exchanges already; this also covers uvicorn's and httpx's)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub_text(record.getMessage())
        record.args = None
        return True


def _logging() -> None:
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    handler.addFilter(_Scrubbing())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    for noisy in ("httpx", "httpcore"):  # one line per request with its full URL: ours says more
        logging.getLogger(noisy).setLevel(logging.WARNING)
    for name in ("uvicorn", "uvicorn.error"):
        for h in logging.getLogger(name).handlers:
            h.addFilter(_Scrubbing())


def _args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m contract proxy",
        description="Validating, recording reverse proxy in front of a Field Nation deployment.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument(
        "--upstream",
        required=True,
        default=argparse.SUPPRESS,
        help="origin to forward to, e.g. https://api-sandbox.fndev.net",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8010, help="port to listen on")
    parser.add_argument(
        "--record", type=Path, default=Path("reports/proxy"), help="directory for traffic.har"
    )
    parser.add_argument(
        "--spec", type=Path, default=BUNDLE, help="the bundled spec to check against"
    )
    parser.add_argument(
        "--timeout", type=float, default=30.0, help="seconds to wait for the upstream"
    )
    parser.add_argument(
        "--max-body",
        type=int,
        default=MAX_BODY,
        help="bodies above this many bytes are forwarded but not recorded",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    try:
        spec = ApiSpec.load(args.spec)
        recorder = Recorder(spec, args.record / "traffic.har")
        app = Proxy(args.upstream, recorder, args.timeout, args.max_body)
    except (OSError, ValueError) as exc:
        print(f"error: {scrub_text(str(exc))}", file=sys.stderr)
        return 2
    print(
        f"proxy http://{args.host}:{args.port} -> {args.upstream}; recording to "
        f"{args.record / 'traffic.har'} ({len(spec.operations)} operations checked)",
        flush=True,
    )
    # The recorder thread must not hold the GIL for the default 5 ms while the event loop has
    # an answer to relay.
    sys.setswitchinterval(0.0005)
    config = _config(app, args.host, args.port)  # configures uvicorn's loggers: ours after it
    _logging()
    try:
        uvicorn.Server(config).run()
    except KeyboardInterrupt:  # uvicorn re-raises the Ctrl-C it handled
        pass
    finally:
        recorder.drain()
        recorder.close()
        print(f"recorded {recorder.recorded} exchange(s) this session", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
