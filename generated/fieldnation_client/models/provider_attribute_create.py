from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m

if TYPE_CHECKING:
    from ..models.provider_attribute_input import ProviderAttributeInput, ProviderAttributeInputDict


class ProviderAttributeCreate(_m.BaseModel):
    """Body of the create request.

    Example:
        {'attributes': [{'name': 'pay_rate', 'value': '65.00'}, {'name': 'priority', 'value': 'high'}]}

    Attributes:
        attributes (list[ProviderAttributeInput]):
    """

    __slots__ = ()

    def __init__(self, *, attributes: list[ProviderAttributeInput]) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("attributes", attributes)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.provider_attribute_input import ProviderAttributeInput  # noqa: PLC0415

        return {"attributes": _m.Field(_m.List(_m.Model(ProviderAttributeInput)), True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def attributes(self) -> list[ProviderAttributeInput]:
        return cast("list[ProviderAttributeInput]", self._get("attributes"))

    @attributes.setter
    def attributes(self, value: list[ProviderAttributeInput]) -> None:
        self._set("attributes", value)


class ProviderAttributeCreateDict(TypedDict, total=False):
    """:class:`ProviderAttributeCreate` as plain data (JSON keys); accepted wherever the model is sent."""

    attributes: Required[list[ProviderAttributeInput | ProviderAttributeInputDict]]
