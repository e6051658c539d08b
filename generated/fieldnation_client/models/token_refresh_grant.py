from __future__ import annotations

from typing import Literal, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class TokenRefreshGrant(_m.BaseModel):
    """The standard OAuth 2.0 refresh grant, implemented by the local sandbox only. Field Nation does not document it: the
    older reference says "Refresh tokens are not supported", and although the current guides mention using the
    `refresh_token` of a token answer, no page shows a request format. A client must not depend on it: when a token
    expires, obtain a new one with the password grant.

        Example:
            {'grant_type': 'refresh_token', 'refresh_token': 'r1f8b2c4d6e8f0a2b4c6d8e0f2a4b6c8d', 'client_id': 'fn501-acme-
                integration', 'client_secret': 'acme-sandbox-secret'}

        Attributes:
            grant_type (Literal['refresh_token']): Always `refresh_token` for this flow.
            refresh_token (str): The `refresh_token` of a previous token answer.
            client_id (str): The client id the original token was issued to.
            client_secret (str): The matching client secret.
            scope (str | None): Ignored; accepted for OAuth tool compatibility.
    """

    __slots__ = ()
    _secrets = frozenset({"refresh_token", "client_secret"})

    def __init__(
        self,
        *,
        grant_type: Literal["refresh_token"],
        refresh_token: str,
        client_id: str,
        client_secret: str,
        scope: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("grant_type", grant_type)
        self._set("refresh_token", refresh_token)
        self._set("client_id", client_id)
        self._set("client_secret", client_secret)
        self._set("scope", scope)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "grant_type": _m.Field(_m.Const("refresh_token"), True, False),
            "refresh_token": _m.Field(_m.STR, True, False),
            "client_id": _m.Field(_m.STR, True, False),
            "client_secret": _m.Field(_m.STR, True, False),
            "scope": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def grant_type(self) -> Literal["refresh_token"]:
        """Always `refresh_token` for this flow."""
        return cast("Literal['refresh_token']", self._get("grant_type"))

    @grant_type.setter
    def grant_type(self, value: Literal["refresh_token"]) -> None:
        self._set("grant_type", value)

    @property
    def refresh_token(self) -> str:
        """The `refresh_token` of a previous token answer."""
        return cast("str", self._get("refresh_token"))

    @refresh_token.setter
    def refresh_token(self, value: str) -> None:
        self._set("refresh_token", value)

    @property
    def client_id(self) -> str:
        """The client id the original token was issued to."""
        return cast("str", self._get("client_id"))

    @client_id.setter
    def client_id(self, value: str) -> None:
        self._set("client_id", value)

    @property
    def client_secret(self) -> str:
        """The matching client secret."""
        return cast("str", self._get("client_secret"))

    @client_secret.setter
    def client_secret(self, value: str) -> None:
        self._set("client_secret", value)

    @property
    def scope(self) -> str | None:
        """Ignored; accepted for OAuth tool compatibility."""
        return cast("str | None", self._get("scope"))

    @scope.setter
    def scope(self, value: str | None) -> None:
        self._set("scope", value)


class TokenRefreshGrantDict(TypedDict, total=False):
    """:class:`TokenRefreshGrant` as plain data (JSON keys); accepted wherever the model is sent."""

    grant_type: Required[Literal["refresh_token"]]
    refresh_token: Required[str]
    client_id: Required[str]
    client_secret: Required[str]
    scope: str
