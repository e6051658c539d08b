from __future__ import annotations

from typing import Any

from .. import _models as _m
from ..types import UNSET


class ProjectNotificationText(_m.BaseModel):
    """One notification setting, worded separately for the manager and for the provider.

    Example:
        {'manager': 'Work order {id} was assigned.', 'provider': 'You have been assigned work order {id}.'}

    Attributes:
        manager (Any):
        provider (Any):
    """

    __slots__ = ()

    def __init__(self, *, manager: Any = UNSET, provider: Any = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("manager", manager)
        self._set("provider", provider)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"manager": _m.Field(_m.ANY, False, False), "provider": _m.Field(_m.ANY, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def manager(self) -> Any:
        return self._get("manager")

    @manager.setter
    def manager(self, value: Any) -> None:
        self._set("manager", value)

    @property
    def provider(self) -> Any:
        return self._get("provider")

    @provider.setter
    def provider(self, value: Any) -> None:
        self._set("provider", value)
