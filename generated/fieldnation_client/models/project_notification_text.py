from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class ProjectNotificationText(_m.BaseModel):
    """One notification setting, worded separately for the manager and for the provider.

    Example:
        {'manager': 'Work order {id} was assigned.', 'provider': 'You have been assigned work order {id}.'}

    Attributes:
        manager (str | None):
        provider (str | None):
    """

    __slots__ = ()

    def __init__(self, *, manager: str | Unset = UNSET, provider: str | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("manager", manager)
        self._set("provider", provider)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"manager": _m.Field(_m.STR, False, False), "provider": _m.Field(_m.STR, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def manager(self) -> str | None:
        return cast("str | None", self._get("manager"))

    @manager.setter
    def manager(self, value: str | None) -> None:
        self._set("manager", value)

    @property
    def provider(self) -> str | None:
        return cast("str | None", self._get("provider"))

    @provider.setter
    def provider(self, value: str | None) -> None:
        self._set("provider", value)


class ProjectNotificationTextDict(TypedDict, total=False):
    """:class:`ProjectNotificationText` as plain data (JSON keys); accepted wherever the model is sent."""

    manager: str
    provider: str
