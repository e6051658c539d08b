from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class ProviderAttributeBulkUpdateItem(_m.BaseModel):
    """A new value for an existing attribute, addressed by its UUID.

    Example:
        {'talent_pool_provider_attribute_id': '9a1e4c3b-2f7d-4e58-b6a0-1c2d3e4f5a6b', 'value': '75.00'}

    Attributes:
        value (str):
        talent_pool_provider_attribute_id (str | None): UUID of the attribute to change (not checked as a UUID; see
            `id`).
        id (str | None): Same as `talent_pool_provider_attribute_id`, as the guide names it (its example sends
            placeholders such as `uuid-1`, so the value is not checked as a UUID).
    """

    __slots__ = ()

    def __init__(
        self, *, value: str, talent_pool_provider_attribute_id: str | Unset = UNSET, id: str | Unset = UNSET
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("value", value)
        self._set("talent_pool_provider_attribute_id", talent_pool_provider_attribute_id)
        self._set("id", id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "value": _m.Field(_m.STR, True, False),
            "talent_pool_provider_attribute_id": _m.Field(_m.STR, False, False),
            "id": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def value(self) -> str:
        return cast("str", self._get("value"))

    @value.setter
    def value(self, value: str) -> None:
        self._set("value", value)

    @property
    def talent_pool_provider_attribute_id(self) -> str | None:
        """UUID of the attribute to change (not checked as a UUID; see `id`)."""
        return cast("str | None", self._get("talent_pool_provider_attribute_id"))

    @talent_pool_provider_attribute_id.setter
    def talent_pool_provider_attribute_id(self, value: str | None) -> None:
        self._set("talent_pool_provider_attribute_id", value)

    @property
    def id(self) -> str | None:
        """Same as `talent_pool_provider_attribute_id`, as the guide names it (its example sends placeholders
        such as `uuid-1`, so the value is not checked as a UUID)."""
        return cast("str | None", self._get("id"))

    @id.setter
    def id(self, value: str | None) -> None:
        self._set("id", value)


class ProviderAttributeBulkUpdateItemDict(TypedDict, total=False):
    """:class:`ProviderAttributeBulkUpdateItem` as plain data (JSON keys); accepted wherever the model is sent."""

    value: Required[str]
    talent_pool_provider_attribute_id: str
    id: str
