from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRefreshGrant")


def _mask_secret(value: object) -> str:
    """Secrets never show in reprs (or in the logs and tracebacks that print them)."""
    return "<unset>" if isinstance(value, Unset) else "'***'"


@_attrs_define
class TokenRefreshGrant:
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
            scope (str | Unset): Ignored; accepted for OAuth tool compatibility.
    """

    grant_type: Literal["refresh_token"]
    refresh_token: str = _attrs_field(repr=_mask_secret)
    client_id: str
    client_secret: str = _attrs_field(repr=_mask_secret)
    scope: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type

        refresh_token = self.refresh_token

        client_id = self.client_id

        client_secret = self.client_secret

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
                "refresh_token": refresh_token,
                "client_id": client_id,
                "client_secret": client_secret,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = cast(Literal["refresh_token"], d.pop("grant_type"))
        if grant_type != "refresh_token":
            raise ValueError(f"grant_type must match const 'refresh_token', got '{grant_type}'")

        refresh_token = d.pop("refresh_token")

        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        scope = d.pop("scope", UNSET)

        token_refresh_grant = cls(
            grant_type=grant_type,
            refresh_token=refresh_token,
            client_id=client_id,
            client_secret=client_secret,
            scope=scope,
        )

        token_refresh_grant.additional_properties = d
        return token_refresh_grant

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
