from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m

if TYPE_CHECKING:
    from ..models.provider_attribute import ProviderAttribute, ProviderAttributeDict


class ProviderAttributeResult(_m.BaseModel):
    """Answer of the create and bulk update requests, the attributes written.

    Example:
        {'attributes': [{'talent_pool_provider_attribute_id': '9a1e4c3b-2f7d-4e58-b6a0-1c2d3e4f5a6b', 'name':
            'pay_rate', 'value': '65.00'}]}

    Attributes:
        attributes (list[ProviderAttribute]):
    """

    __slots__ = ()

    def __init__(self, *, attributes: list[ProviderAttribute]) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("attributes", attributes)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.provider_attribute import ProviderAttribute  # noqa: PLC0415

        return {"attributes": _m.Field(_m.List(_m.Model(ProviderAttribute)), True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def attributes(self) -> list[ProviderAttribute]:
        return cast("list[ProviderAttribute]", self._get("attributes"))

    @attributes.setter
    def attributes(self, value: list[ProviderAttribute]) -> None:
        self._set("attributes", value)


class ProviderAttributeResultDict(TypedDict, total=False):
    """:class:`ProviderAttributeResult` as plain data (JSON keys); accepted wherever the model is sent."""

    attributes: Required[list[ProviderAttribute | ProviderAttributeDict]]
