from __future__ import annotations

from typing import Literal, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


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
            client_id (str): Client id issued by Field Nation.
            client_secret (str): Client secret issued together with the client id.
            scope (str | None): Not documented by Field Nation; accepted for OAuth tool compatibility.
    """

    __slots__ = ()
    _secrets = frozenset({"client_secret"})

    def __init__(
        self,
        *,
        grant_type: Literal["client_credentials"],
        client_id: str,
        client_secret: str,
        scope: str | Unset = UNSET,
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
            "client_id": _m.Field(_m.STR, True, False),
            "client_secret": _m.Field(_m.STR, True, False),
            "scope": _m.Field(_m.STR, False, False),
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
    def client_id(self) -> str:
        """Client id issued by Field Nation."""
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
    def scope(self) -> str | None:
        """Not documented by Field Nation; accepted for OAuth tool compatibility."""
        return cast("str | None", self._get("scope"))

    @scope.setter
    def scope(self, value: str | None) -> None:
        self._set("scope", value)


class TokenClientCredentialsGrantDict(TypedDict, total=False):
    """:class:`TokenClientCredentialsGrant` as plain data (JSON keys); accepted wherever the model is sent."""

    grant_type: Required[Literal["client_credentials"]]
    client_id: Required[str]
    client_secret: Required[str]
    scope: str
