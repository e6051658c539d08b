from __future__ import annotations

from typing import Any, Literal, cast

from .. import _models as _m
from ..types import UNSET


class TokenClientCredentialsGrant(_m.BaseModel):
    """Client credentials grant: a token for the integration itself, without a user login. Field Nation documents it on the
    same endpoint for the Webhooks API, sent as an `application/x-www-form-urlencoded` form; the REST introduction
    speaks of "Client Credentials or User based" access. Which Client API operations a user-less token may call is not
    documented.

        Example:
            {'grant_type': 'client_credentials', 'client_id': 'fn501-acme-integration', 'client_secret': 'acme-sandbox-
                secret'}

        Attributes:
            grant_type (Literal['client_credentials']): Always `client_credentials` for this flow.
            client_id (Any): Client id issued by Field Nation.
            client_secret (Any): Client secret issued together with the client id.
            scope (Any): Not documented by Field Nation; accepted for OAuth tool compatibility.
    """

    __slots__ = ()
    _secrets = frozenset({"client_secret"})

    def __init__(
        self,
        *,
        grant_type: Literal["client_credentials"],
        client_id: Any,
        client_secret: Any,
        scope: Any = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("grant_type", grant_type)
        self._set("client_id", client_id)
        self._set("client_secret", client_secret)
        self._set("scope", scope)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "grant_type": _m.Field(_m.Const("client_credentials"), True, False),
            "client_id": _m.Field(_m.ANY, True, False),
            "client_secret": _m.Field(_m.ANY, True, False),
            "scope": _m.Field(_m.ANY, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def grant_type(self) -> Literal["client_credentials"]:
        """Always `client_credentials` for this flow."""
        return cast("Literal['client_credentials']", self._get("grant_type"))

    @grant_type.setter
    def grant_type(self, value: Literal["client_credentials"]) -> None:
        self._set("grant_type", value)

    @property
    def client_id(self) -> Any:
        """Client id issued by Field Nation."""
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
    def scope(self) -> Any:
        """Not documented by Field Nation; accepted for OAuth tool compatibility."""
        return self._get("scope")

    @scope.setter
    def scope(self, value: Any) -> None:
        self._set("scope", value)
