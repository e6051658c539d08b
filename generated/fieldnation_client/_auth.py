"""Access tokens: a fixed token, or credentials exchanged through the token operation.

The documented grants are ``password`` (client id and secret plus a user's name and password)
and ``client_credentials`` (client id and secret alone). Tokens are cached and renewed after
``TOKEN_REFRESH_FRACTION`` of their lifetime (at most ``TOKEN_REFRESH_MARGIN`` seconds before
expiry), so that a short lifetime does not cost a token request per call, and invalidated once
when the API refuses them (401, or the 400 it answers for an expired token). Renewal tries the
refresh grant when the last answer carried a refresh token, but the client does not depend on
it: the refresh grant is undocumented, and any failure falls back to the documented grant.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

from ._constants import TOKEN_REFRESH_FRACTION, TOKEN_REFRESH_MARGIN


@dataclass(frozen=True)
class Credentials:
    """What the token operation needs: the password grant when ``username`` and ``password``
    are given, else the client_credentials grant. Secrets never appear in the repr."""

    client_id: str
    client_secret: str = field(repr=False)
    username: str | None = None
    password: str | None = field(default=None, repr=False)

    @property
    def grant_type(self) -> str:
        return "password" if self.username is not None and self.password is not None else "client_credentials"


def renew_after(expires_in: float, margin: float = TOKEN_REFRESH_MARGIN) -> float:
    """Seconds after issue at which a token is renewed: at ``TOKEN_REFRESH_FRACTION`` of its
    lifetime, or ``margin`` seconds before it expires when that comes later (long lifetimes)."""
    return max(expires_in * TOKEN_REFRESH_FRACTION, expires_in - margin)


class _Token:
    """A token held and when to renew it. A plain class: a dataclass costs ~0.5 ms of every
    client's import, and nothing compares or copies these."""

    __slots__ = ("access_token", "refresh_token", "renew_at")

    def __init__(
        self, access_token: str, refresh_token: str | None = None, renew_at: float | None = None
    ) -> None:
        self.access_token = access_token
        self.refresh_token = refresh_token
        self.renew_at = renew_at

    def __repr__(self) -> str:  # the secrets stay out
        return f"_Token(renew_at={self.renew_at!r})"

    def fresh(self, margin: float) -> bool:
        return self.renew_at is None or time.monotonic() < self.renew_at


class _TokenState:
    """State shared by the sync and async managers; subclasses only do the I/O."""

    def __init__(self, token: str | None, credentials: Credentials | None, margin: float) -> None:
        self.credentials = credentials
        self.margin = margin
        self.token: _Token | None = _Token(token) if token else None

    @property
    def can_refresh(self) -> bool:
        return self.credentials is not None

    def current(self) -> str | None:
        if self.token is not None and self.token.fresh(self.margin):
            return self.token.access_token
        return None

    def grant(self) -> dict[str, Any]:
        """The body of the next token request: refresh grant when the last answer gave a
        refresh token, else the documented grant (password or client_credentials)."""
        assert self.credentials is not None
        creds = self.credentials
        base = {"client_id": creds.client_id, "client_secret": creds.client_secret}
        if self.token is not None and self.token.refresh_token:
            return {"grant_type": "refresh_token", "refresh_token": self.token.refresh_token, **base}
        if creds.grant_type == "password":
            return {"grant_type": "password", **base, "username": creds.username, "password": creds.password}
        return {"grant_type": "client_credentials", **base}

    def store(self, data: dict[str, Any]) -> str:
        try:
            expires_in = float(data.get("expires_in") or 0)
        except (TypeError, ValueError):
            expires_in = 0.0
        self.token = _Token(
            access_token=str(data["access_token"]),
            refresh_token=data.get("refresh_token") or None,
            renew_at=time.monotonic() + renew_after(expires_in, self.margin) if expires_in > 0 else None,
        )
        return self.token.access_token

    def invalidate(self, used: str) -> bool:
        """Forget ``used`` after a 401; False when nothing can be done about it."""
        if not self.can_refresh:
            return False
        if self.token is not None and self.token.access_token == used:
            self.token = _Token("", self.token.refresh_token, renew_at=0.0)
        return True

    def forget_refresh_token(self) -> None:
        if self.token is not None:
            self.token.refresh_token = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(credentials={self.credentials!r}, has_token={self.token is not None})"


class TokenManager(_TokenState):
    """Thread-safe token cache for the sync client."""

    def __init__(
        self, token: str | None, credentials: Credentials | None, margin: float = TOKEN_REFRESH_MARGIN
    ) -> None:
        super().__init__(token, credentials, margin)
        self._lock = threading.Lock()

    def get(self, fetch: Any) -> str | None:
        """The token to use now; ``fetch(body) -> dict`` runs the token operation."""
        token = self.current()
        if token is not None or not self.can_refresh:
            return token if token is not None else (self.token.access_token if self.token else None)
        with self._lock:
            token = self.current()
            if token is not None:
                return token
            return self.store(self._fetch(fetch))

    def _fetch(self, fetch: Any) -> dict[str, Any]:
        body = self.grant()
        if body["grant_type"] == "refresh_token":
            try:
                return dict(fetch(body))
            except Exception:  # an expired refresh token: fall back to the password grant
                self.forget_refresh_token()
                body = self.grant()
        return dict(fetch(body))


class AsyncTokenManager(_TokenState):
    """Token cache for the async client (one refresh at a time per event loop)."""

    def __init__(
        self, token: str | None, credentials: Credentials | None, margin: float = TOKEN_REFRESH_MARGIN
    ) -> None:
        super().__init__(token, credentials, margin)
        self._lock: Any = None  # an asyncio.Lock, created in the loop that first needs it

    async def get(self, fetch: Any) -> str | None:
        token = self.current()
        if token is not None or not self.can_refresh:
            return token if token is not None else (self.token.access_token if self.token else None)
        if self._lock is None:
            import asyncio

            self._lock = asyncio.Lock()
        async with self._lock:
            token = self.current()
            if token is not None:
                return token
            return self.store(await self._fetch(fetch))

    async def _fetch(self, fetch: Any) -> dict[str, Any]:
        body = self.grant()
        if body["grant_type"] == "refresh_token":
            try:
                return dict(await fetch(body))
            except Exception:
                self.forget_refresh_token()
                body = self.grant()
        return dict(await fetch(body))
