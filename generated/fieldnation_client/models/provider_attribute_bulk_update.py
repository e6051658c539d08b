from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m

if TYPE_CHECKING:
    from ..models.provider_attribute_bulk_update_item import (
        ProviderAttributeBulkUpdateItem,
        ProviderAttributeBulkUpdateItemDict,
    )


class ProviderAttributeBulkUpdate(_m.BaseModel):
    """Body of the bulk update request.

    Example:
        {'attributes': [{'talent_pool_provider_attribute_id': '9a1e4c3b-2f7d-4e58-b6a0-1c2d3e4f5a6b', 'value': '75.00'},
            {'id': '4b7d2e1f-8c3a-4f6e-9d05-2a1b3c4d5e6f', 'value': 'critical'}]}

    Attributes:
        attributes (list[ProviderAttributeBulkUpdateItem]):
    """

    __slots__ = ()

    def __init__(self, *, attributes: list[ProviderAttributeBulkUpdateItem]) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("attributes", attributes)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.provider_attribute_bulk_update_item import ProviderAttributeBulkUpdateItem  # noqa: PLC0415

        return {"attributes": _m.Field(_m.List(_m.Model(ProviderAttributeBulkUpdateItem)), True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def attributes(self) -> list[ProviderAttributeBulkUpdateItem]:
        return cast("list[ProviderAttributeBulkUpdateItem]", self._get("attributes"))

    @attributes.setter
    def attributes(self, value: list[ProviderAttributeBulkUpdateItem]) -> None:
        self._set("attributes", value)


class ProviderAttributeBulkUpdateDict(TypedDict, total=False):
    """:class:`ProviderAttributeBulkUpdate` as plain data (JSON keys); accepted wherever the model is sent."""

    attributes: Required[list[ProviderAttributeBulkUpdateItem | ProviderAttributeBulkUpdateItemDict]]
