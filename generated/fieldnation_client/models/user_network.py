from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_network_settings import UserNetworkSettings


class UserNetwork(_m.BaseModel):
    """A network the user is part of, with its access settings.

    Example:
        {'id': 8, 'name': 'Acme Preferred Techs', 'settings': {'access': 'active', 'view_available': True,
            'inactive_routing': False}}

    Attributes:
        id (int):
        name (Any):
        actions (list[Any] | None):
        settings (UserNetworkSettings | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        name: Any = UNSET,
        actions: list[Any] | Unset = UNSET,
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
            "name": _m.Field(_m.ANY, False, False),
            "actions": _m.Field(_m.List(_m.ANY), False, False),
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
    def name(self) -> Any:
        return self._get("name")

    @name.setter
    def name(self, value: Any) -> None:
        self._set("name", value)

    @property
    def actions(self) -> list[Any] | None:
        return cast("list[Any] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[Any] | None) -> None:
        self._set("actions", value)

    @property
    def settings(self) -> UserNetworkSettings | None:
        return cast("UserNetworkSettings | None", self._get("settings"))

    @settings.setter
    def settings(self, value: UserNetworkSettings | None) -> None:
        self._set("settings", value)
