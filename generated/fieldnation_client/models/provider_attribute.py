from __future__ import annotations

from typing import Required, TypedDict, cast
from uuid import UUID

from .. import _models as _m
from ..types import UNSET, Unset


class ProviderAttribute(_m.BaseModel):
    """A name/value pair recorded for a provider in a talent pool (pay rate, priority...).

    Example:
        {'talent_pool_provider_attribute_id': '9a1e4c3b-2f7d-4e58-b6a0-1c2d3e4f5a6b', 'name': 'pay_rate', 'value':
            '65.00'}

    Attributes:
        talent_pool_provider_attribute_id (UUID): The attribute's UUID (the `attribute_uuid` of the single-attribute
            paths).
        value (str): Attribute value, always a string.
        id (UUID | None): Overview guide's spelling of `talent_pool_provider_attribute_id`.
        name (str | None): Attribute key.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        talent_pool_provider_attribute_id: UUID,
        value: str,
        id: UUID | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("talent_pool_provider_attribute_id", talent_pool_provider_attribute_id)
        self._set("value", value)
        self._set("id", id)
        self._set("name", name)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "talent_pool_provider_attribute_id": _m.Field(_m.UUID, True, False),
            "value": _m.Field(_m.STR, True, False),
            "id": _m.Field(_m.UUID, False, False),
            "name": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def talent_pool_provider_attribute_id(self) -> UUID:
        """The attribute's UUID (the `attribute_uuid` of the single-attribute paths)."""
        return cast("UUID", self._get("talent_pool_provider_attribute_id"))

    @talent_pool_provider_attribute_id.setter
    def talent_pool_provider_attribute_id(self, value: UUID) -> None:
        self._set("talent_pool_provider_attribute_id", value)

    @property
    def value(self) -> str:
        """Attribute value, always a string."""
        return cast("str", self._get("value"))

    @value.setter
    def value(self, value: str) -> None:
        self._set("value", value)

    @property
    def id(self) -> UUID | None:
        """Overview guide's spelling of `talent_pool_provider_attribute_id`."""
        return cast("UUID | None", self._get("id"))

    @id.setter
    def id(self, value: UUID | None) -> None:
        self._set("id", value)

    @property
    def name(self) -> str | None:
        """Attribute key."""
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)


class ProviderAttributeDict(TypedDict, total=False):
    """:class:`ProviderAttribute` as plain data (JSON keys); accepted wherever the model is sent."""

    talent_pool_provider_attribute_id: Required[UUID | str]
    value: Required[str]
    id: UUID | str
    name: str
