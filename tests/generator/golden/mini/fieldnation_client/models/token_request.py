from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..models.token_request_grant_type import TokenRequestGrantType
from ..types import UNSET, Unset


class TokenRequest(_m.BaseModel):
    """
    Attributes:
        grant_type (TokenRequestGrantType):
        client_id (str):
        client_secret (str):
        username (str | None):
        password (str | None):
        refresh_token (str | None):
    """

    __slots__ = ()
    _secrets = frozenset({"client_secret", "password", "refresh_token"})

    def __init__(
        self,
        *,
        grant_type: TokenRequestGrantType,
        client_id: str,
        client_secret: str,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        refresh_token: str | Unset = UNSET,
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
            "client_id": _m.Field(_m.STR, True, False),
            "client_secret": _m.Field(_m.STR, True, False),
            "username": _m.Field(_m.STR, False, False),
            "password": _m.Field(_m.STR, False, False),
            "refresh_token": _m.Field(_m.STR, False, False),
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
    def client_id(self) -> str:
        return cast("str", self._get("client_id"))

    @client_id.setter
    def client_id(self, value: str) -> None:
        self._set("client_id", value)

    @property
    def client_secret(self) -> str:
        return cast("str", self._get("client_secret"))

    @client_secret.setter
    def client_secret(self, value: str) -> None:
        self._set("client_secret", value)

    @property
    def username(self) -> str | None:
        return cast("str | None", self._get("username"))

    @username.setter
    def username(self, value: str | None) -> None:
        self._set("username", value)

    @property
    def password(self) -> str | None:
        return cast("str | None", self._get("password"))

    @password.setter
    def password(self, value: str | None) -> None:
        self._set("password", value)

    @property
    def refresh_token(self) -> str | None:
        return cast("str | None", self._get("refresh_token"))

    @refresh_token.setter
    def refresh_token(self, value: str | None) -> None:
        self._set("refresh_token", value)


class TokenRequestDict(TypedDict, total=False):
    """:class:`TokenRequest` as plain data (JSON keys); accepted wherever the model is sent."""

    grant_type: Required[TokenRequestGrantType | str]
    client_id: Required[str]
    client_secret: Required[str]
    username: str
    password: str
    refresh_token: str
