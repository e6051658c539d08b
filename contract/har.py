"""HAR 1.2: the exchanges the proxy records, and reading HAR files from anywhere (our proxy,
a browser's devtools, Postman, mitmproxy) into the same ``Exchange`` shape.

Reading is defensive: a file that is not a HAR, or an entry that lacks what we need, is a
``HarError`` naming the file and the JSON pointer; a body above the size limit is skipped
with a warning instead of being loaded.
"""

from __future__ import annotations

import base64
import binascii
import os
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import orjson

from .scrub import Scrubber

CREATOR = {"name": "fieldnation-contract-proxy", "version": "1"}
MAX_FILE = 1024 * 1024 * 1024  # 1 GiB
MAX_BODY = 16 * 1024 * 1024  # per body


class HarError(Exception):
    """A HAR file that cannot be read; the message names the file and the place in it."""


@dataclass
class Exchange:
    """One request and its answer. A body of ``None`` was not recorded (or was too big)."""

    method: str
    url: str
    request_headers: list[tuple[str, str]]
    request_body: bytes | None
    status: int
    response_headers: list[tuple[str, str]]
    response_body: bytes | None
    index: int = 0
    started: str = ""
    time_ms: float = 0.0
    error: str | None = None  # the proxy could not get an answer (502 sent)
    sizes: tuple[int, int] = (-1, -1)  # bytes of the request and answer bodies, when known
    warnings: list[str] = field(default_factory=list)

    def header(self, side: str, name: str) -> str:
        headers = self.request_headers if side == "request" else self.response_headers
        low = name.lower()
        return next((v for k, v in headers if k.lower() == low), "")

    def scrubbed(self, scrubber: Scrubber | None = None) -> Exchange:
        """A copy with every secret removed (names first, then their values anywhere)."""
        s = scrubber or Scrubber()
        req_h = [(k, s.header(k, v)) for k, v in self.request_headers]
        url = s.url(self.url)
        req_b = (
            s.body(self.request_body, self.header("request", "content-type"))
            if self.request_body is not None
            else None
        )
        resp_h = [(k, s.header(k, v)) for k, v in self.response_headers]
        resp_b = (
            s.body(self.response_body, self.header("response", "content-type"))
            if self.response_body is not None
            else None
        )

        def blank(data: bytes | None) -> bytes | None:
            if data is None or not s.values:
                return data
            try:
                return s.text(data.decode("utf-8")).encode("utf-8")
            except UnicodeDecodeError:
                return data

        return Exchange(
            method=self.method,
            url=s.text(url),
            request_headers=[(k, s.text(v)) for k, v in req_h],
            request_body=blank(req_b),
            status=self.status,
            response_headers=[(k, s.text(v)) for k, v in resp_h],
            response_body=blank(resp_b),
            index=self.index,
            started=self.started,
            time_ms=self.time_ms,
            error=s.text(self.error) if self.error else None,
            warnings=list(self.warnings),
            sizes=self.sizes,
        )


# -- writing ---------------------------------------------------------------------------------

_TAIL = b"\n]}}\n"


def _text(data: bytes, mime: str) -> dict[str, Any]:
    try:
        return {"mimeType": mime, "text": data.decode("utf-8")}
    except UnicodeDecodeError:
        return {"mimeType": mime, "text": base64.b64encode(data).decode(), "encoding": "base64"}


def to_entry(ex: Exchange) -> dict[str, Any]:
    """A HAR 1.2 entry for an (already scrubbed) exchange."""
    parts = urlsplit(ex.url)
    request: dict[str, Any] = {
        "method": ex.method,
        "url": ex.url,
        "httpVersion": "HTTP/1.1",
        "cookies": [],
        "headers": [{"name": k, "value": v} for k, v in ex.request_headers],
        "queryString": [
            {"name": k, "value": v} for k, v in parse_qsl(parts.query, keep_blank_values=True)
        ],
        "headersSize": -1,
        "bodySize": len(ex.request_body) if ex.request_body is not None else ex.sizes[0],
    }
    if ex.request_body:
        request["postData"] = _text(ex.request_body, ex.header("request", "content-type"))
    mime = ex.header("response", "content-type")
    size = len(ex.response_body) if ex.response_body is not None else max(ex.sizes[1], 0)
    content: dict[str, Any] = {"size": size, "mimeType": mime}
    if ex.response_body is None and ex.sizes[1] > 0:
        content["comment"] = "body not recorded (above --max-body)"
    if ex.response_body is not None:
        content.update(_text(ex.response_body, mime))
    entry: dict[str, Any] = {
        "startedDateTime": ex.started or datetime.now(UTC).isoformat(),
        "time": round(ex.time_ms, 3),
        "request": request,
        "response": {
            "status": ex.status,
            "statusText": "",
            "httpVersion": "HTTP/1.1",
            "cookies": [],
            "headers": [{"name": k, "value": v} for k, v in ex.response_headers],
            "content": content,
            "redirectURL": ex.header("response", "location"),
            "headersSize": -1,
            "bodySize": len(ex.response_body) if ex.response_body is not None else ex.sizes[1],
        },
        "cache": {},
        "timings": {"send": 0, "wait": round(ex.time_ms, 3), "receive": 0},
    }
    if ex.error:
        entry["comment"] = f"proxy: {ex.error}"
        entry["_error"] = ex.error
    return entry


class HarWriter:
    """Appends entries to a HAR file that stays valid JSON after every write (the closing
    brackets are rewritten in place, so appending costs the size of one entry)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        entries: list[Any] = []
        if path.exists() and path.stat().st_size:
            entries = [e for e in _load(path)["log"]["entries"]]  # keep an earlier session's
        head = orjson.dumps({"version": "1.2", "creator": CREATOR})[:-1]
        with path.open("wb") as fh:
            fh.write(b'{"log":' + head + b',"entries":[\n')
            fh.write(b",\n".join(orjson.dumps(e) for e in entries))
            fh.write(_TAIL)
        self.count = len(entries)

    def append(self, entry: dict[str, Any]) -> None:
        data = orjson.dumps(entry)
        with self.lock, self.path.open("r+b") as fh:
            fh.seek(-len(_TAIL), os.SEEK_END)
            fh.write((b",\n" if self.count else b"") + data + _TAIL)
            self.count += 1


# -- reading ---------------------------------------------------------------------------------


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1_000_000 else f"{n} bytes"


def _load(path: Path, max_file: int = MAX_FILE) -> dict[str, Any]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise HarError(f"{path}: cannot read: {exc.strerror}") from None
    if size > max_file:
        raise HarError(
            f"{path}: {_size(size)} is larger than the {_size(max_file)} limit "
            "(--max-file); split the capture"
        )
    raw = path.read_bytes()
    try:
        doc = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise HarError(f"{path}: not a HAR file: invalid JSON ({exc})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("log"), dict):
        raise HarError(f"{path}: not a HAR file: no top-level 'log' object")
    if not isinstance(doc["log"].get("entries"), list):
        raise HarError(f"{path}#/log/entries: missing or not a list")
    return doc


def _need(node: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(node, dict) or key not in node:
        raise HarError(f"{where}: missing '{key}'")
    value = node[key]
    if not isinstance(value, kind):
        raise HarError(f"{where}/{key}: expected {getattr(kind, '__name__', kind)}")
    return value


def _headers(node: dict[str, Any], where: str) -> list[tuple[str, str]]:
    out = []
    for i, h in enumerate(node.get("headers") or []):
        if not isinstance(h, dict) or "name" not in h:
            raise HarError(f"{where}/headers/{i}: expected {{name, value}}")
        out.append((str(h["name"]), str(h.get("value", ""))))
    return out


def _body(
    content: dict[str, Any] | None, where: str, max_body: int, warnings: list[str]
) -> bytes | None:
    if not isinstance(content, dict):
        return None
    text = content.get("text")
    if text is None and isinstance(content.get("params"), list):  # form post without text
        text = urlencode([(p.get("name", ""), p.get("value", "")) for p in content["params"]])
    if text is None:
        return None
    if not isinstance(text, str):
        raise HarError(f"{where}/text: expected a string")
    if len(text) > max_body:
        warnings.append(
            f"{where}/text: body of {_size(len(text))} is above the "
            f"{_size(max_body)} limit (--max-body); not checked"
        )
        return None
    if content.get("encoding") == "base64":
        try:
            return base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise HarError(f"{where}/text: invalid base64") from None
    return text.encode("utf-8", "surrogatepass")


def read_har(path: Path, max_file: int = MAX_FILE, max_body: int = MAX_BODY) -> list[Exchange]:
    """Every entry of a HAR file as an Exchange (index = position in the file)."""
    doc = _load(path, max_file)
    out = []
    for i, entry in enumerate(doc["log"]["entries"]):
        where = f"{path}#/log/entries/{i}"
        if not isinstance(entry, dict):
            raise HarError(f"{where}: expected an object")
        req = _need(entry, "request", dict, where)
        resp = _need(entry, "response", dict, where)
        method = _need(req, "method", str, where + "/request")
        url = _need(req, "url", str, where + "/request")
        status = resp.get("status")
        if not isinstance(status, int) or isinstance(status, bool):
            raise HarError(f"{where}/response/status: expected an integer")
        warnings: list[str] = []
        ex = Exchange(
            method=method.upper(),
            url=url,
            request_headers=_headers(req, where + "/request"),
            request_body=_body(
                req.get("postData"), where + "/request/postData", max_body, warnings
            ),
            status=status,
            response_headers=_headers(resp, where + "/response"),
            response_body=_body(
                resp.get("content"), where + "/response/content", max_body, warnings
            ),
            index=i,
            started=str(entry.get("startedDateTime", "")),
            time_ms=float(entry.get("time") or 0)
            if isinstance(entry.get("time"), int | float)
            else 0.0,
            error=entry.get("_error") if isinstance(entry.get("_error"), str) else None,
            warnings=warnings,
        )
        if status == 0 or ex.error:  # browsers record aborted requests with status 0
            ex.warnings.append(f"{where}: no answer recorded; skipped")
        if ex.request_body is not None and not ex.header("request", "content-type"):
            mime = (req.get("postData") or {}).get("mimeType")
            if mime:
                ex.request_headers.append(("Content-Type", str(mime)))
        if ex.response_body is not None and not ex.header("response", "content-type"):
            mime = (resp.get("content") or {}).get("mimeType")
            if mime:
                ex.response_headers.append(("Content-Type", str(mime)))
        out.append(ex)
    return out
