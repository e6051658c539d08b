from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_network_settings import UserNetworkSettings, UserNetworkSettingsDict


class UserNetwork(_m.BaseModel):
    """A network the user is part of, with its access settings.

    Example:
        {'id': 8, 'name': 'Acme Preferred Techs', 'settings': {'access': 'active', 'view_available': True,
            'inactive_routing': False}}

    Attributes:
        id (int):
        name (str | None):
        actions (list[str] | None):
        settings (UserNetworkSettings | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        name: str | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
        settings: UserNetworkSettings | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("actions", actions)
        self._set("settings", settings)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.user_network_settings import UserNetworkSettings  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "name": _m.Field(_m.STR, False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
            "settings": _m.Field(_m.Model(UserNetworkSettings), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def name(self) -> str | None:
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def actions(self) -> list[str] | None:
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)

    @property
    def settings(self) -> UserNetworkSettings | None:
        return cast("UserNetworkSettings | None", self._get("settings"))

    @settings.setter
    def settings(self, value: UserNetworkSettings | None) -> None:
        self._set("settings", value)


class UserNetworkDict(TypedDict, total=False):
    """:class:`UserNetwork` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    name: str
    actions: list[str]
    settings: UserNetworkSettings | UserNetworkSettingsDict
