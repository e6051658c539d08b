from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.token_user import TokenUser, TokenUserDict


class Token(_m.BaseModel):
    """A bearer access token. Send `access_token` as the `access_token` query parameter on every Client API request. Tokens
    live for `expires_in` seconds (one hour); obtain a new one when it runs out or a call answers 401 (or 400 "You must
    provide a valid OAuth token" in the older reference). The client credentials answer carries only `access_token`,
    `token_type` and `expires_in`.

        Example:
            {'access_token': '9f2c7a41e6b84d0f8a3e5c7b1d9f2a64', 'expires_in': 3600, 'token_type': 'Bearer', 'scope':
                'basic', 'refresh_token': 'r1f8b2c4d6e8f0a2b4c6d8e0f2a4b6c8d'}

        Attributes:
            access_token (str): The token to send with every Client API request.
            expires_in (int): Lifetime of the token in seconds (3600 in the guides; the playground's placeholder shows 0).
            token_type (str | None): Token type, `Bearer`.
            scope (str | None): Scope granted to the token (`basic` in the guide, `viewprofile` in the older reference).
            refresh_token (str | None): Returned by the password grant, but Field Nation documents no request that accepts
                it ("Refresh tokens are not supported", older reference). The local sandbox honours it in its own refresh grant.
            user (TokenUser | None): Profile of the authenticated user, returned by the older version of the endpoint (shown
                as `{}`). Do not rely on it for reference data such as types of work; use the dedicated endpoints.
    """

    __slots__ = ()
    _secrets = frozenset({"access_token", "refresh_token"})

    def __init__(
        self,
        *,
        access_token: str,
        expires_in: int,
        token_type: str | Unset = UNSET,
        scope: str | Unset = UNSET,
        refresh_token: str | Unset = UNSET,
        user: TokenUser | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("access_token", access_token)
        self._set("expires_in", expires_in)
        self._set("token_type", token_type)
        self._set("scope", scope)
        self._set("refresh_token", refresh_token)
        self._set("user", user)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.token_user import TokenUser  # noqa: PLC0415

        return {
            "access_token": _m.Field(_m.STR, True, False),
            "expires_in": _m.Field(_m.INT, True, False),
            "token_type": _m.Field(_m.STR, False, False),
            "scope": _m.Field(_m.STR, False, False),
            "refresh_token": _m.Field(_m.STR, False, False),
            "user": _m.Field(_m.Model(TokenUser), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def access_token(self) -> str:
        """The token to send with every Client API request."""
        return cast("str", self._get("access_token"))

    @access_token.setter
    def access_token(self, value: str) -> None:
        self._set("access_token", value)

    @property
    def expires_in(self) -> int:
        """Lifetime of the token in seconds (3600 in the guides; the playground's placeholder shows 0)."""
        return cast("int", self._get("expires_in"))

    @expires_in.setter
    def expires_in(self, value: int) -> None:
        self._set("expires_in", value)

    @property
    def token_type(self) -> str | None:
        """Token type, `Bearer`."""
        return cast("str | None", self._get("token_type"))

    @token_type.setter
    def token_type(self, value: str | None) -> None:
        self._set("token_type", value)

    @property
    def scope(self) -> str | None:
        """Scope granted to the token (`basic` in the guide, `viewprofile` in the older reference)."""
        return cast("str | None", self._get("scope"))

    @scope.setter
    def scope(self, value: str | None) -> None:
        self._set("scope", value)

    @property
    def refresh_token(self) -> str | None:
        """Returned by the password grant, but Field Nation documents no request that accepts it ("Refresh
        tokens are not supported", older reference). The local sandbox honours it in its own refresh grant."""
        return cast("str | None", self._get("refresh_token"))

    @refresh_token.setter
    def refresh_token(self, value: str | None) -> None:
        self._set("refresh_token", value)

    @property
    def user(self) -> TokenUser | None:
        """Profile of the authenticated user, returned by the older version of the endpoint (shown as `{}`). Do
        not rely on it for reference data such as types of work; use the dedicated endpoints."""
        return cast("TokenUser | None", self._get("user"))

    @user.setter
    def user(self, value: TokenUser | None) -> None:
        self._set("user", value)


class TokenDict(TypedDict, total=False):
    """:class:`Token` as plain data (JSON keys); accepted wherever the model is sent."""

    access_token: Required[str]
    expires_in: Required[int]
    token_type: str
    scope: str
    refresh_token: str
    user: TokenUser | TokenUserDict
