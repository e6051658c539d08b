from __future__ import annotations

from typing import Any, cast

from .. import _models as _m
from ..models.token_request_grant_type import TokenRequestGrantType
from ..types import UNSET


class TokenRequest(_m.BaseModel):
    """
    Attributes:
        grant_type (TokenRequestGrantType):
        client_id (Any):
        client_secret (Any):
        username (Any):
        password (Any):
        refresh_token (Any):
    """

    __slots__ = ()
    _secrets = frozenset({"client_secret", "password", "refresh_token"})

    def __init__(
        self,
        *,
        grant_type: TokenRequestGrantType,
        client_id: Any,
        client_secret: Any,
        username: Any = UNSET,
        password: Any = UNSET,
        refresh_token: Any = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("grant_type", grant_type)
        self._set("client_id", client_id)
        self._set("client_secret", client_secret)
        self._set("username", username)
        self._set("password", password)
        self._set("refresh_token", refresh_token)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "grant_type": _m.Field(_m.Enum(TokenRequestGrantType), True, False),
            "client_id": _m.Field(_m.ANY, True, False),
            "client_secret": _m.Field(_m.ANY, True, False),
            "username": _m.Field(_m.ANY, False, False),
            "password": _m.Field(_m.ANY, False, False),
            "refresh_token": _m.Field(_m.ANY, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def grant_type(self) -> TokenRequestGrantType:
        return cast("TokenRequestGrantType", self._get("grant_type"))

    @grant_type.setter
    def grant_type(self, value: TokenRequestGrantType) -> None:
        self._set("grant_type", value)

    @property
    def client_id(self) -> Any:
        return self._get("client_id")

    @client_id.setter
    def client_id(self, value: Any) -> None:
        self._set("client_id", value)

    @property
    def client_secret(self) -> Any:
        return self._get("client_secret")

    @client_secret.setter
    def client_secret(self, value: Any) -> None:
        self._set("client_secret", value)

    @property
    def username(self) -> Any:
        return self._get("username")

    @username.setter
    def username(self, value: Any) -> None:
        self._set("username", value)

    @property
    def password(self) -> Any:
        return self._get("password")

    @password.setter
    def password(self, value: Any) -> None:
        self._set("password", value)

    @property
    def refresh_token(self) -> Any:
        return self._get("refresh_token")

    @refresh_token.setter
    def refresh_token(self, value: Any) -> None:
        self._set("refresh_token", value)
