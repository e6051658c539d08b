"""Remove secrets from recorded traffic: tokens, passwords and client secrets never reach a HAR
file, a report or a log line.

Secrets are found by name (query parameters, headers, JSON and form fields, at any depth) and
their values are then also blanked wherever else they appear in the same exchange (an error
message that echoes a token, a redirect URL...).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import orjson

MARK = "[scrubbed]"
SECRET_NAMES = frozenset(
    {
        "access_token",
        "refresh_token",
        "id_token",
        "client_secret",
        "password",
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "api_key",
        "apikey",
        "secret",
        "token",
    }
)


# every name is_secret() accepts contains one of these
_SECRETISH = re.compile(rb"(?i)token|secret|password|authorization|cookie|api[_-]?key")


def is_secret(name: str) -> bool:
    low = name.lower()
    return (
        low in SECRET_NAMES
        or "password" in low
        or "secret" in low
        or low.endswith(("_token", "-token"))
    )


class Scrubber:
    """Scrubs one exchange; remembers the secret values it removed to blank them elsewhere."""

    def __init__(self, known: set[str] | None = None) -> None:
        self.values: set[str] = set(known or ())

    def _keep(self, value: str) -> None:
        value = value.strip()
        if len(value) >= 4 and value != MARK:
            self.values.add(value)

    def header(self, name: str, value: str) -> str:
        if not is_secret(name):
            return value
        scheme, sep, rest = value.partition(" ")
        if sep and name.lower() in ("authorization", "proxy-authorization") and rest:
            self._keep(rest)
            return f"{scheme} {MARK}"
        self._keep(value)
        for part in re.split(r"[;,]", value):  # cookies: each value on its own
            self._keep(part.partition("=")[2])
        return MARK

    def url(self, url: str) -> str:
        parts = urlsplit(url)
        if not parts.query:
            return url
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        if not any(is_secret(k) for k, _ in pairs):
            return url
        out = []
        for k, v in pairs:
            if is_secret(k):
                self._keep(v)
                v = MARK
            out.append((k, v))
        return urlunsplit(parts._replace(query=urlencode(out, safe="[]")))

    def json(self, value: Any) -> Any:
        if isinstance(value, dict):
            out = {}
            for k, v in value.items():
                if is_secret(str(k)) and v is not None and not isinstance(v, dict | list):
                    self._keep(str(v))
                    out[k] = MARK
                else:
                    out[k] = self.json(v)
            return out
        if isinstance(value, list):
            return [self.json(v) for v in value]
        return value

    def body(self, data: bytes, mime: str) -> bytes:
        """A scrubbed body: JSON and form fields by name; other text only by known value."""
        if not _SECRETISH.search(data):
            return data  # no field could have a secret name: skip parsing (most answers)
        kind = mime.split(";")[0].strip().lower()
        if kind == "application/x-www-form-urlencoded":
            try:
                pairs = parse_qsl(data.decode("utf-8"), keep_blank_values=True)
            except UnicodeDecodeError:
                return data
            out = []
            for k, v in pairs:
                if is_secret(k):
                    self._keep(v)
                    v = MARK
                out.append((k, v))
            return urlencode(out, safe="[]").encode()
        if kind.endswith("json") and data.strip():
            try:
                parsed = orjson.loads(data)
            except orjson.JSONDecodeError:
                return data
            return orjson.dumps(self.json(parsed))
        return data

    def text(self, text: str) -> str:
        """Blank every secret value seen so far wherever it appears."""
        for value in sorted(self.values, key=len, reverse=True):
            if value in text:
                text = text.replace(value, MARK)
        return text


def scrub_text(text: str) -> str:
    """Secrets by pattern in free text (log lines, error messages): tokens in URLs, bearer
    credentials, JSON or form fields with secret names."""
    text = re.sub(
        r"(?i)((?:access_token|refresh_token|client_secret|password|id_token)=)[^&\s\"']+",
        rf"\1{MARK}",
        text,
    )
    text = re.sub(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+", rf"\1 {MARK}", text)
    return re.sub(
        r"(?i)(\"(?:access_token|refresh_token|client_secret|password|id_token)\"\s*:\s*\")[^\"]*",
        rf"\1{MARK}",
        text,
    )
