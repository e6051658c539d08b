from __future__ import annotations

from typing import Required, TypedDict, cast
from uuid import UUID

from .. import _models as _m
from ..types import UNSET, Unset


class ProviderAttributeBulkUpdateItem(_m.BaseModel):
    """A new value for an existing attribute, addressed by its UUID.

    Example:
        {'talent_pool_provider_attribute_id': '9a1e4c3b-2f7d-4e58-b6a0-1c2d3e4f5a6b', 'value': '75.00'}

    Attributes:
        value (str):
        talent_pool_provider_attribute_id (UUID | None):
        id (UUID | None): Overview guide's spelling of `talent_pool_provider_attribute_id`.
    """

    __slots__ = ()

    def __init__(
        self, *, value: str, talent_pool_provider_attribute_id: UUID | Unset = UNSET, id: UUID | Unset = UNSET
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
            "talent_pool_provider_attribute_id": _m.Field(_m.UUID, False, False),
            "id": _m.Field(_m.UUID, False, False),
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
    def talent_pool_provider_attribute_id(self) -> UUID | None:
        return cast("UUID | None", self._get("talent_pool_provider_attribute_id"))

    @talent_pool_provider_attribute_id.setter
    def talent_pool_provider_attribute_id(self, value: UUID | None) -> None:
        self._set("talent_pool_provider_attribute_id", value)

    @property
    def id(self) -> UUID | None:
        """Overview guide's spelling of `talent_pool_provider_attribute_id`."""
        return cast("UUID | None", self._get("id"))

    @id.setter
    def id(self, value: UUID | None) -> None:
        self._set("id", value)


class ProviderAttributeBulkUpdateItemDict(TypedDict, total=False):
    """:class:`ProviderAttributeBulkUpdateItem` as plain data (JSON keys); accepted wherever the model is sent."""

    value: Required[str]
    talent_pool_provider_attribute_id: UUID | str
    id: UUID | str
