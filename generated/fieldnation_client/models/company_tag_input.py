from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..models.company_tag_status import CompanyTagStatus
from ..models.company_tag_type import CompanyTagType
from ..types import UNSET, Unset


class CompanyTagInput(_m.BaseModel):
    """Body of `POST /company/tags`.

    Example:
        {'label': 'VIP Client', 'hex_color': '#FF5733', 'valid_statuses': ['published', 'assigned'], 'types':
            ['show_in_dashboard']}

    Attributes:
        label (str):
        hex_color (str | None):
        valid_statuses (list[CompanyTagStatus] | None):
        types (list[CompanyTagType] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        label: str,
        hex_color: str | Unset = UNSET,
        valid_statuses: list[CompanyTagStatus] | Unset = UNSET,
        types: list[CompanyTagType] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("label", label)
        self._set("hex_color", hex_color)
        self._set("valid_statuses", valid_statuses)
        self._set("types", types)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "label": _m.Field(_m.STR, True, False),
            "hex_color": _m.Field(_m.STR, False, False),
            "valid_statuses": _m.Field(_m.List(_m.Enum(CompanyTagStatus)), False, False),
            "types": _m.Field(_m.List(_m.Enum(CompanyTagType)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def label(self) -> str:
        return cast("str", self._get("label"))

    @label.setter
    def label(self, value: str) -> None:
        self._set("label", value)

    @property
    def hex_color(self) -> str | None:
        return cast("str | None", self._get("hex_color"))

    @hex_color.setter
    def hex_color(self, value: str | None) -> None:
        self._set("hex_color", value)

    @property
    def valid_statuses(self) -> list[CompanyTagStatus] | None:
        return cast("list[CompanyTagStatus] | None", self._get("valid_statuses"))

    @valid_statuses.setter
    def valid_statuses(self, value: list[CompanyTagStatus] | None) -> None:
        self._set("valid_statuses", value)

    @property
    def types(self) -> list[CompanyTagType] | None:
        return cast("list[CompanyTagType] | None", self._get("types"))

    @types.setter
    def types(self, value: list[CompanyTagType] | None) -> None:
        self._set("types", value)


class CompanyTagInputDict(TypedDict, total=False):
    """:class:`CompanyTagInput` as plain data (JSON keys); accepted wherever the model is sent."""

    label: Required[str]
    hex_color: str
    valid_statuses: list[CompanyTagStatus | str]
    types: list[CompanyTagType | str]
