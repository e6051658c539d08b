from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class TalentPoolProviderRemoval(_m.BaseModel):
    """Answer of removing a provider from a talent pool group or service territory.

    Example:
        {'success': True, 'message': 'Provider 9001 removed from 1 talent pool(s)', 'removed_count': 1}

    Attributes:
        success (bool):
        message (str | None):
        removed_count (int | None): Number of talent pools (tiers) the provider was removed from.
    """

    __slots__ = ()

    def __init__(
        self, *, success: bool, message: str | Unset = UNSET, removed_count: int | Unset = UNSET
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("success", success)
        self._set("message", message)
        self._set("removed_count", removed_count)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "success": _m.Field(_m.BOOL, True, False),
            "message": _m.Field(_m.STR, False, False),
            "removed_count": _m.Field(_m.INT, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def success(self) -> bool:
        return cast("bool", self._get("success"))

    @success.setter
    def success(self, value: bool) -> None:
        self._set("success", value)

    @property
    def message(self) -> str | None:
        return cast("str | None", self._get("message"))

    @message.setter
    def message(self, value: str | None) -> None:
        self._set("message", value)

    @property
    def removed_count(self) -> int | None:
        """Number of talent pools (tiers) the provider was removed from."""
        return cast("int | None", self._get("removed_count"))

    @removed_count.setter
    def removed_count(self, value: int | None) -> None:
        self._set("removed_count", value)


class TalentPoolProviderRemovalDict(TypedDict, total=False):
    """:class:`TalentPoolProviderRemoval` as plain data (JSON keys); accepted wherever the model is sent."""

    success: Required[bool]
    message: str
    removed_count: int
