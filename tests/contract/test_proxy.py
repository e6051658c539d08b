"""The recording proxy never changes traffic, records it scrubbed, and survives a bad
upstream."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from contract.har import HarWriter, read_har
from contract.proxy import running as proxy
from sandbox.server import free_port
from tests.contract.drift_upstream import flaky_upstream, write_spec

ROOT = Path(__file__).resolve().parents[2]
BIG = 3 * 1024 * 1024


async def echo(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Answers with what it received; /big streams BIG bytes; /gzip answers gzip bytes."""
    if scope["type"] != "http":
        return
    body = hashlib.sha256()
    size = 0
    while True:
        message = await receive()
        body.update(message.get("body", b""))
        size += len(message.get("body", b""))
        if not message.get("more_body"):
            break
    path = scope["path"]
    if path == "/big":
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/octet-stream")],
            }
        )
        chunk = bytes(range(256)) * 4096
        for _ in range(BIG // len(chunk)):
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b""})
        return
    seen = {
        "method": scope["method"],
        "raw_path": scope["raw_path"].decode(),
        "query": scope["query_string"].decode(),
        "headers": [[k.decode(), v.decode()] for k, v in scope["headers"]],
        "sha256": body.hexdigest(),
        "size": size,
    }
    data = json.dumps(seen).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"set-cookie", b"a=1"),
        (b"set-cookie", b"b=2"),
        (b"x-odd-Case", b"kept"),
    ]
    if path == "/gzip":
        data = gzip.compress(data, mtime=0)
        headers.append((b"content-encoding", b"gzip"))
    headers.append((b"content-length", str(len(data)).encode()))
    await send({"type": "http.response.start", "status": 207, "headers": headers})
    await send({"type": "http.response.body", "body": data if scope["method"] != "HEAD" else b""})


@pytest.fixture(scope="module")
def upstream() -> Iterator[str]:
    port = free_port()
    config = uvicorn.Config(
        echo, host="127.0.0.1", port=port, log_level="error", lifespan="off",
        server_header=False, date_header=False,
    )  # fmt: skip
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        threading.Event().wait(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def small_spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_spec(tmp_path_factory.mktemp("spec"))


def _same(direct: httpx.Response, proxied: httpx.Response) -> None:
    assert proxied.content == direct.content
    assert proxied.status_code == direct.status_code
    assert proxied.headers.raw == direct.headers.raw  # same names, case, order, duplicates
    assert proxied.content == direct.content


@pytest.mark.parametrize(
    "method", ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "PROPFIND"]
)
def test_every_method_is_forwarded_unchanged(
    upstream: str, small_spec: Path, tmp_path: Path, method: str
) -> None:
    from contract.spec_index import ApiSpec

    body = os.urandom(2048) if method not in ("GET", "HEAD", "OPTIONS") else None
    headers = [
        ("X-Custom", "1"),
        ("x-dup", "a"),
        ("x-dup", "b"),
        ("Content-Type", "application/octet-stream"),
    ]
    target = "/api/rest/v2/workorders/1?b=2&a=1&a=3&x=%2F%20y"
    with (
        proxy(upstream, tmp_path, ApiSpec.load(small_spec)) as (url, rec),
        httpx.Client() as client,
    ):
        direct = client.request(method, upstream + target, headers=headers, content=body)
        client.cookies.clear()
        proxied = client.request(method, url + target, headers=headers, content=body)
        # and a second time: the proxy keeps no cookies of its own
        client.cookies.clear()
        again = client.request(method, url + target, headers=headers, content=body)
        rec.drain()
    _same(direct, proxied)
    _same(direct, again)
    if method != "HEAD":
        seen = proxied.json()
        assert seen["method"] == method and seen["raw_path"] == "/api/rest/v2/workorders/1"
        assert seen["query"] == "b=2&a=1&a=3&x=%2F%20y"
    entries = read_har(tmp_path / "traffic.har")
    assert [(e.method, e.status) for e in entries] == [(method, 207)] * 2


def test_bodies_stream_both_ways_and_the_token_operation_on_the_bare_host(
    upstream: str, tmp_path: Path
) -> None:
    def chunks() -> Iterator[bytes]:
        for i in range(64):
            yield bytes([i]) * 65536

    expected = hashlib.sha256(b"".join(chunks())).hexdigest()
    with proxy(upstream, tmp_path) as (url, rec), httpx.Client(timeout=30) as client:
        up = client.post(url + "/api/rest/v2/workorders/1/attachments", content=chunks())
        assert up.json()["sha256"] == expected and up.json()["size"] == 64 * 65536
        assert ["transfer-encoding", "chunked"] in up.json()["headers"]
        with client.stream("GET", url + "/big") as down:
            got = sum(len(c) for c in down.iter_raw())
        assert got == BIG
        token = client.post(
            url + "/authentication/api/oauth/token", data={"grant_type": "password"}
        )
        assert token.json()["raw_path"] == "/authentication/api/oauth/token"
        client.cookies.clear()
        gz_direct = client.get(upstream + "/gzip")
        client.cookies.clear()
        gz = client.get(url + "/gzip")
        _same(gz_direct, gz)
        rec.drain()
    entries = read_har(tmp_path / "traffic.har")
    assert [e.status for e in entries] == [207, 200, 207, 207]
    assert json.loads(entries[3].response_body or b"")["raw_path"] == "/gzip"  # recorded decoded


@pytest.mark.parametrize("path", ["/reset", "/garbage", "/hang"])
def test_a_failing_upstream_gets_502_in_the_error_envelope_and_the_proxy_stays_up(
    path: str, tmp_path: Path
) -> None:
    with (
        flaky_upstream() as up,
        proxy(up, tmp_path, timeout=0.5) as (url, rec),
        httpx.Client(timeout=10) as client,
    ):
        bad = client.get(url + path + "?access_token=s3cr3t-token-value")
        assert bad.status_code == 502
        assert bad.headers["content-type"] == "application/json"
        envelope = bad.json()
        assert envelope["status"] == 502 and envelope["message"].startswith("Bad gateway")
        assert "s3cr3t" not in bad.text
        assert client.get(url + "/ok").status_code == 200  # still serving
        with pytest.raises(httpx.HTTPError):  # a broken-off answer stays broken for the client
            client.get(url + "/truncated")
        assert client.get(url + "/ok").json() == {}
        rec.drain()
    entries = read_har(tmp_path / "traffic.har")
    assert entries[0].status == 502 and entries[0].error
    text = (tmp_path / "traffic.har").read_text()
    assert "s3cr3t" not in text


def test_the_har_stays_valid_and_a_new_session_appends(tmp_path: Path) -> None:
    har = tmp_path / "traffic.har"
    writer = HarWriter(har)
    for i in range(3):
        writer.append(
            {"request": {"method": "GET", "url": f"http://x/{i}"}, "response": {"status": 200}}
        )
        assert len(json.loads(har.read_text())["log"]["entries"]) == i + 1
    again = HarWriter(har)
    again.append({"request": {"method": "GET", "url": "http://x/3"}, "response": {"status": 200}})
    doc = json.loads(har.read_text())
    assert doc["log"]["version"] == "1.2"
    assert [e["request"]["url"] for e in doc["log"]["entries"]] == [
        f"http://x/{i}" for i in range(4)
    ]


def test_cli_help_shows_every_option_with_its_default() -> None:
    for command, options in (
        ("proxy", ["--upstream", "--port", "--record", "--spec", "--timeout", "--max-body"]),
        (
            "drift",
            ["--har", "--out", "--spec", "--propose", "--spec-root", "--max-file", "--max-body"],
        ),
    ):
        out = subprocess.run(
            [sys.executable, "-m", "contract", command, "--help"],
            cwd=ROOT, capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        for option in options:
            assert option in out, (command, option)
        assert out.count("(default:") >= len(options) - 2, out


def test_a_client_that_leaves_early_does_not_hold_up_the_recorder(
    upstream: str, tmp_path: Path
) -> None:
    with proxy(upstream, tmp_path) as (url, rec):
        with httpx.Client(timeout=10) as client, client.stream("GET", url + "/big") as answer:
            next(answer.iter_raw())  # read a little, then hang up
        deadline = time.monotonic() + 10
        while rec.in_flight and time.monotonic() < deadline:
            time.sleep(0.05)
        assert rec.in_flight == 0
        assert httpx.get(url + "/gzip").status_code == 207


def test_bodies_above_the_limit_are_forwarded_whole_and_recorded_without_their_text(
    upstream: str, tmp_path: Path
) -> None:
    data = os.urandom(2 * 1024 * 1024)
    with (
        proxy(upstream, tmp_path, max_body=1024 * 1024) as (url, rec),
        httpx.Client(timeout=30) as client,
    ):
        echoed = client.put(url + "/api/rest/v2/workorders/1", content=data).json()
        assert echoed["sha256"] == hashlib.sha256(data).hexdigest()
        assert len(client.get(url + "/big").content) == BIG
        rec.drain()
    up, down = read_har(tmp_path / "traffic.har")
    assert up.request_body is None and up.response_body is not None  # the echo is small
    assert down.response_body is None
    doc = json.loads((tmp_path / "traffic.har").read_text())
    content = doc["log"]["entries"][1]["response"]["content"]
    assert (
        content["size"] == BIG
        and "text" not in content
        and "above --max-body" in content["comment"]
    )
    assert doc["log"]["entries"][0]["request"]["bodySize"] == len(data)
    assert (tmp_path / "traffic.har").stat().st_size < 100_000
