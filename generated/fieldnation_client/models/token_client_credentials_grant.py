from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenClientCredentialsGrant")


def _mask_secret(value: object) -> str:
    """Secrets never show in reprs (or in the logs and tracebacks that print them)."""
    return "<unset>" if isinstance(value, Unset) else "'***'"


@_attrs_define
class TokenClientCredentialsGrant:
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
            scope (str | Unset): Not documented by Field Nation; accepted for OAuth tool compatibility.
    """

    grant_type: Literal["client_credentials"]
    client_id: str
    client_secret: str = _attrs_field(repr=_mask_secret)
    scope: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type

        client_id = self.client_id

        client_secret = self.client_secret

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"grant_type": grant_type, "client_id": client_id, "client_secret": client_secret})
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = cast(Literal["client_credentials"], d.pop("grant_type"))
        if grant_type != "client_credentials":
            raise ValueError(f"grant_type must match const 'client_credentials', got '{grant_type}'")

        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        scope = d.pop("scope", UNSET)

        token_client_credentials_grant = cls(
            grant_type=grant_type, client_id=client_id, client_secret=client_secret, scope=scope
        )

        token_client_credentials_grant.additional_properties = d
        return token_client_credentials_grant

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
