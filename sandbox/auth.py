"""Tokens: the password and refresh_token grants, and the check every other request passes.

Tokens are opaque random strings stored with their owner and expiry; a token is accepted as
the ``access_token`` query parameter or as ``Authorization: Bearer``.
"""

from __future__ import annotations

import base64
import secrets
import time
from typing import Any
from urllib.parse import unquote

from .errors import ApiError
from .store import Store

DEFAULT_TTL = 3600
REFRESH_TTL = 30 * 24 * 3600


def issue(store: Store, user_id: int, company_id: int, ttl: int) -> dict[str, Any]:
    access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(32)
    now = time.time()
    store.save_token(access, "access", user_id, company_id, now + ttl)
    store.save_token(refresh, "refresh", user_id, company_id, now + REFRESH_TTL)
    return {
        "access_token": access,
        "token_type": "bearer",
        "expires_in": ttl,
        "refresh_token": refresh,
        "scope": "",
    }


def grant(store: Store, body: dict[str, Any], ttl: int) -> dict[str, Any]:
    """Run the token operation's grant; 401 for bad credentials, 400 for an unknown grant."""
    client = store.get("api_client", body.get("client_id"))
    if client is None or not secrets.compare_digest(
        str(client["client_secret"]), str(body.get("client_secret", ""))
    ):
        raise ApiError(
            401, "Client authentication failed: unknown client_id or wrong client_secret"
        )
    kind = body.get("grant_type")
    if kind == "password":
        login = store.get("login", str(body.get("username", "")).lower())
        if login is None or not secrets.compare_digest(
            str(login["password"]), str(body.get("password", ""))
        ):
            raise ApiError(401, "Invalid username or password")
        if login["company_id"] != client["company_id"]:
            raise ApiError(401, "This user does not belong to the client's company")
        return issue(store, login["user_id"], login["company_id"], ttl)
    if kind == "refresh_token":
        token = str(body.get("refresh_token", ""))
        found = store.find_token(token, "refresh")
        if found is None or found[2] < time.time() or found[1] != client["company_id"]:
            raise ApiError(401, "The refresh token is invalid or expired")
        store.drop_token(token)
        return issue(store, found[0], found[1], ttl)
    raise ApiError(
        400,
        f"Unsupported grant_type {kind!r}",
        [{"field": "body.grant_type", "message": "unsupported"}],
    )


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
    token = query_token
    if not token and header:
        scheme, _, value = header.partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            token = value.strip()
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
