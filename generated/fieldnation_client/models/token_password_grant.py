from __future__ import annotations

from typing import Any, Literal, cast

from .. import _models as _m
from ..types import UNSET


class TokenPasswordGrant(_m.BaseModel):
    """Resource-owner password grant, the flow Field Nation documents for the Client API.

    Example:
        {'grant_type': 'password', 'client_id': 'fn501-acme-integration', 'client_secret': 'acme-sandbox-secret',
            'username': 'api.user@acme-field.example', 'password': 'acme-demo-password'}

    Attributes:
        grant_type (Literal['password']): Always `password` for this flow.
        client_id (Any): Client id issued by Field Nation for the sandbox or production environment.
        client_secret (Any): Client secret issued together with the client id.
        username (Any): Field Nation login of the API user the token will act as.
        password (Any): Password of that user.
        scope (Any): Not documented by Field Nation; accepted because OAuth tools (such as Swagger UI) may send it.
    """

    __slots__ = ()
    _secrets = frozenset({"client_secret", "password"})

    def __init__(
        self,
        *,
        grant_type: Literal["password"],
        client_id: Any,
        client_secret: Any,
        username: Any,
        password: Any,
        scope: Any = UNSET,
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
            "client_id": _m.Field(_m.ANY, True, False),
            "client_secret": _m.Field(_m.ANY, True, False),
            "username": _m.Field(_m.ANY, True, False),
            "password": _m.Field(_m.ANY, True, False),
            "scope": _m.Field(_m.ANY, False, False),
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
    def client_id(self) -> Any:
        """Client id issued by Field Nation for the sandbox or production environment."""
        return self._get("client_id")

    @client_id.setter
    def client_id(self, value: Any) -> None:
        self._set("client_id", value)

    @property
    def client_secret(self) -> Any:
        """Client secret issued together with the client id."""
        return self._get("client_secret")

    @client_secret.setter
    def client_secret(self, value: Any) -> None:
        self._set("client_secret", value)

    @property
    def username(self) -> Any:
        """Field Nation login of the API user the token will act as."""
        return self._get("username")

    @username.setter
    def username(self, value: Any) -> None:
        self._set("username", value)

    @property
    def password(self) -> Any:
        """Password of that user."""
        return self._get("password")

    @password.setter
    def password(self, value: Any) -> None:
        self._set("password", value)

    @property
    def scope(self) -> Any:
        """Not documented by Field Nation; accepted because OAuth tools (such as Swagger UI) may send it."""
        return self._get("scope")

    @scope.setter
    def scope(self, value: Any) -> None:
        self._set("scope", value)
