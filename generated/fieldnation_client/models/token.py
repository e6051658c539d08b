from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.token_user import TokenUser


T = TypeVar("T", bound="Token")


def _mask_secret(value: object) -> str:
    """Secrets never show in reprs (or in the logs and tracebacks that print them)."""
    return "<unset>" if isinstance(value, Unset) else "'***'"


@_attrs_define
class Token:
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
            token_type (str | Unset): Token type, `Bearer`.
            scope (str | Unset): Scope granted to the token (`basic` in the guide, `viewprofile` in the older reference).
            refresh_token (str | Unset): Returned by the password grant, but Field Nation documents no request that accepts
                it ("Refresh tokens are not supported", older reference). The local sandbox honours it in its own refresh grant.
            user (TokenUser | Unset): Profile of the authenticated user, returned by the older version of the endpoint
                (shown as `{}`). Do not rely on it for reference data such as types of work; use the dedicated endpoints.
    """

    access_token: str = _attrs_field(repr=_mask_secret)
    expires_in: int
    token_type: str | Unset = UNSET
    scope: str | Unset = UNSET
    refresh_token: str | Unset = _attrs_field(default=UNSET, repr=_mask_secret)
    user: TokenUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_in = self.expires_in

        token_type = self.token_type

        scope = self.scope

        refresh_token = self.refresh_token

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"access_token": access_token, "expires_in": expires_in})
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if scope is not UNSET:
            field_dict["scope"] = scope
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.token_user import TokenUser  # noqa: PLC0415

        d = dict(src_dict)
        access_token = d.pop("access_token")

        expires_in = d.pop("expires_in")

        token_type = d.pop("token_type", UNSET)

        scope = d.pop("scope", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        _user = d.pop("user", UNSET)
        user: TokenUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = TokenUser.from_dict(_user)

        token = cls(
            access_token=access_token,
            expires_in=expires_in,
            token_type=token_type,
            scope=scope,
            refresh_token=refresh_token,
            user=user,
        )

        token.additional_properties = d
        return token

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
