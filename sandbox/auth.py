"""Tokens: the password, client_credentials and refresh_token grants, and the check every
other request passes.

Tokens are opaque random strings stored with their owner and expiry; a token is accepted as
the ``access_token`` query parameter or as ``Authorization: Bearer``. Expired tokens are
deleted whenever a new one is issued. A failed login answers the same message whatever was
wrong (so it tells nothing about which part was right), and a username or client with too
many recent failures is refused with 429 and Retry-After until the window passes.
"""

from __future__ import annotations

import base64
import math
import secrets
import time
from typing import Any
from urllib.parse import unquote

from .errors import ApiError
from .store import Store

DEFAULT_TTL = 3600
REFRESH_TTL = 30 * 24 * 3600
MAX_FAILURES = 5
"""Failed logins allowed per username (and per client id) within FAILURE_WINDOW seconds."""
FAILURE_WINDOW = 60.0
LOGIN_FAILED = "Invalid client credentials or user login"


def issue(
    store: Store, user_id: int, company_id: int, ttl: int, *, refresh: bool = True
) -> dict[str, Any]:
    now = time.time()
    store.purge_tokens(now)
    access = secrets.token_urlsafe(24)
    store.save_token(access, "access", user_id, company_id, now + ttl)
    answer: dict[str, Any] = {
        "access_token": access,
        "token_type": "bearer",
        "expires_in": ttl,
        "scope": "",
    }
    if refresh:
        answer["refresh_token"] = secrets.token_urlsafe(32)
        store.save_token(answer["refresh_token"], "refresh", user_id, company_id, now + REFRESH_TTL)
    return answer


def _throttle_keys(body: dict[str, Any]) -> list[str]:
    keys = [f"client:{body.get('client_id', '')}"]
    if body.get("username") is not None:
        keys.append(f"user:{str(body['username']).lower()}")
    return keys


def _check_throttle(store: Store, keys: list[str], now: float) -> None:
    wait = 0.0
    for key in keys:
        recent = store.recent_failures(key, now - FAILURE_WINDOW)
        if len(recent) >= MAX_FAILURES:
            wait = max(wait, recent[-MAX_FAILURES] + FAILURE_WINDOW - now)
    if wait > 0:
        seconds = max(1, math.ceil(wait))
        raise ApiError(
            429,
            f"Too many failed logins; try again in {seconds} seconds",
            headers={"Retry-After": str(seconds)},
        )


def _failed(store: Store, keys: list[str], now: float) -> ApiError:
    with store.transaction():
        for key in keys:
            store.note_failure(key, now)
    error = ApiError(401, LOGIN_FAILED)
    error.keep_writes = True
    return error


def grant(store: Store, body: dict[str, Any], ttl: int) -> dict[str, Any]:
    """Run the token operation's grant: 401 (one message) for bad credentials, 429 while
    throttled, 400 for an unknown grant."""
    kind = body.get("grant_type")
    if kind not in ("password", "client_credentials", "refresh_token"):
        raise ApiError(
            400,
            f"Unsupported grant_type {str(kind)[:40]!r}",
            [{"field": "body.grant_type", "message": "unsupported"}],
        )
    now = time.time()
    keys = _throttle_keys(body)
    _check_throttle(store, keys, now)
    client = store.get("api_client", body.get("client_id"))
    if client is None or not secrets.compare_digest(
        str(client["client_secret"]).encode(), str(body.get("client_secret", "")).encode()
    ):
        raise _failed(store, keys, now)
    if kind == "password":
        login = store.get("login", str(body.get("username", "")).lower())
        if (
            login is None
            or not secrets.compare_digest(
                str(login["password"]).encode(), str(body.get("password", "")).encode()
            )
            or login["company_id"] != client["company_id"]
        ):
            raise _failed(store, keys, now)
        return issue(store, login["user_id"], login["company_id"], ttl)
    if kind == "client_credentials":
        return issue(store, _client_user(store, client), client["company_id"], ttl, refresh=False)
    token = str(body.get("refresh_token", ""))
    found = store.find_token(token, "refresh")
    if found is None or found[2] < now or found[1] != client["company_id"]:
        raise ApiError(401, "The refresh token is invalid or expired")
    if not store.drop_token(token):  # another request used it first
        raise ApiError(401, "The refresh token is invalid or expired")
    return issue(store, found[0], found[1], ttl)


def _client_user(store: Store, client: dict[str, Any]) -> int:
    """The user a client_credentials token acts for: the client's own API user."""
    if client.get("user_id") is not None:
        return int(client["user_id"])
    staff = [u for u in store.list("user", client["company_id"]) if u.get("role") != "provider"]
    return int(min(u["id"] for u in staff)) if staff else 0


def with_basic_client(body: dict[str, Any], header: str | None) -> dict[str, Any]:
    """OAuth clients (Swagger UI among them) may send client_id/secret as HTTP Basic."""
    if not header or not header.lower().startswith("basic ") or "client_id" in body:
        return body
    try:
        decoded = base64.b64decode(header[6:].strip()).decode()
    except (ValueError, UnicodeDecodeError):
        return body
    client_id, _, client_secret = decoded.partition(":")
    return {**body, "client_id": unquote(client_id), "client_secret": unquote(client_secret)}


def authenticate(store: Store, query_token: str | None, header: str | None) -> tuple[int, int]:
    """(user_id, company_id) of the request's token, or a 401."""
    bearer = None
    if header:
        scheme, _, value = header.partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            bearer = value.strip()
    # RFC 6750 lets a client send the token one way only; an Authorization header that is not
    # the same token as the query's is refused (honouring the query alone would let an invalid
    # credential ride along unnoticed).
    if query_token and header is not None and bearer != query_token:
        raise ApiError(
            401,
            "Two different access tokens: send it once, as the access_token query parameter "
            "or as a Bearer header",
        )
    token = query_token or bearer
    if not token:
        raise ApiError(
            401, "An access token is required (access_token query parameter or Bearer header)"
        )
    found = store.find_token(token, "access")
    if found is None:
        raise ApiError(401, "The access token provided is invalid")
    if found[2] < time.time():
        raise ApiError(401, "The access token provided has expired")
    return found[0], found[1]
