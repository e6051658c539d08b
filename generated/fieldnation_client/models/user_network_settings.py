from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class UserNetworkSettings(_m.BaseModel):
    """
    Attributes:
        access (str | None):
        view_available (bool | None):
        inactive_routing (bool | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        access: str | Unset = UNSET,
        view_available: bool | Unset = UNSET,
        inactive_routing: bool | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("access", access)
        self._set("view_available", view_available)
        self._set("inactive_routing", inactive_routing)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "access": _m.Field(_m.STR, False, False),
            "view_available": _m.Field(_m.BOOL, False, False),
            "inactive_routing": _m.Field(_m.BOOL, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def access(self) -> str | None:
        return cast("str | None", self._get("access"))

    @access.setter
    def access(self, value: str | None) -> None:
        self._set("access", value)

    @property
    def view_available(self) -> bool | None:
        return cast("bool | None", self._get("view_available"))

    @view_available.setter
    def view_available(self, value: bool | None) -> None:
        self._set("view_available", value)

    @property
    def inactive_routing(self) -> bool | None:
        return cast("bool | None", self._get("inactive_routing"))

    @inactive_routing.setter
    def inactive_routing(self, value: bool | None) -> None:
        self._set("inactive_routing", value)


class UserNetworkSettingsDict(TypedDict, total=False):
    """:class:`UserNetworkSettings` as plain data (JSON keys); accepted wherever the model is sent."""

    access: str
    view_available: bool
    inactive_routing: bool
