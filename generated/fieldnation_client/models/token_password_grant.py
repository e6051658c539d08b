from __future__ import annotations

from typing import Literal, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class TokenPasswordGrant(_m.BaseModel):
    """Resource-owner password grant, the flow Field Nation documents for the Client API.

    Example:
        {'grant_type': 'password', 'client_id': 'fn501-acme-integration', 'client_secret': 'acme-sandbox-secret',
            'username': 'api.user@acme-field.example', 'password': 'acme-demo-password'}

    Attributes:
        grant_type (Literal['password']): Always `password` for this flow.
        client_id (str): Client id issued by Field Nation for the sandbox or production environment.
        client_secret (str): Client secret issued together with the client id.
        username (str): Field Nation login of the API user the token will act as.
        password (str): Password of that user.
        scope (str | None): Not documented by Field Nation; accepted because OAuth tools (such as Swagger UI) may send
            it.
    """

    __slots__ = ()
    _secrets = frozenset({"client_secret", "password"})

    def __init__(
        self,
        *,
        grant_type: Literal["password"],
        client_id: str,
        client_secret: str,
        username: str,
        password: str,
        scope: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("grant_type", grant_type)
        self._set("client_id", client_id)
        self._set("client_secret", client_secret)
        self._set("username", username)
        self._set("password", password)
        self._set("scope", scope)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "grant_type": _m.Field(_m.Const("password"), True, False),
            "client_id": _m.Field(_m.STR, True, False),
            "client_secret": _m.Field(_m.STR, True, False),
            "username": _m.Field(_m.STR, True, False),
            "password": _m.Field(_m.STR, True, False),
            "scope": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def grant_type(self) -> Literal["password"]:
        """Always `password` for this flow."""
        return cast("Literal['password']", self._get("grant_type"))

    @grant_type.setter
    def grant_type(self, value: Literal["password"]) -> None:
        self._set("grant_type", value)

    @property
    def client_id(self) -> str:
        """Client id issued by Field Nation for the sandbox or production environment."""
        return cast("str", self._get("client_id"))

    @client_id.setter
    def client_id(self, value: str) -> None:
        self._set("client_id", value)

    @property
    def client_secret(self) -> str:
        """Client secret issued together with the client id."""
        return cast("str", self._get("client_secret"))

    @client_secret.setter
    def client_secret(self, value: str) -> None:
        self._set("client_secret", value)

    @property
    def username(self) -> str:
        """Field Nation login of the API user the token will act as."""
        return cast("str", self._get("username"))

    @username.setter
    def username(self, value: str) -> None:
        self._set("username", value)

    @property
    def password(self) -> str:
        """Password of that user."""
        return cast("str", self._get("password"))

    @password.setter
    def password(self, value: str) -> None:
        self._set("password", value)

    @property
    def scope(self) -> str | None:
        """Not documented by Field Nation; accepted because OAuth tools (such as Swagger UI) may send it."""
        return cast("str | None", self._get("scope"))

    @scope.setter
    def scope(self, value: str | None) -> None:
        self._set("scope", value)


class TokenPasswordGrantDict(TypedDict, total=False):
    """:class:`TokenPasswordGrant` as plain data (JSON keys); accepted wherever the model is sent."""

    grant_type: Required[Literal["password"]]
    client_id: Required[str]
    client_secret: Required[str]
    username: Required[str]
    password: Required[str]
    scope: str
