from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef, IdRefDict


class PreferredProviderGroupUsersInput(_m.BaseModel):
    """Providers to add to, or remove from, a preferred provider group: either `users`, a list of user references, or
    `user`, a single one.

        Example:
            {'users': [{'id': 9001}, {'id': 9002}]}

        Attributes:
            users (list[IdRef] | None):
            user (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
    """

    __slots__ = ()

    def __init__(self, *, users: list[IdRef] | Unset = UNSET, user: IdRef | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("users", users)
        self._set("user", user)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        return {
            "users": _m.Field(_m.List(_m.Model(IdRef)), False, False),
            "user": _m.Field(_m.Model(IdRef), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def users(self) -> list[IdRef] | None:
        return cast("list[IdRef] | None", self._get("users"))

    @users.setter
    def users(self, value: list[IdRef] | None) -> None:
        self._set("users", value)

    @property
    def user(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("user"))

    @user.setter
    def user(self, value: IdRef | None) -> None:
        self._set("user", value)


class PreferredProviderGroupUsersInputDict(TypedDict, total=False):
    """:class:`PreferredProviderGroupUsersInput` as plain data (JSON keys); accepted wherever the model is sent."""

    users: list[IdRef | IdRefDict]
    user: IdRef | IdRefDict
