from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..models.company_custom_field_dependency_operator import CompanyCustomFieldDependencyOperator
from ..types import UNSET, Unset


class CompanyCustomFieldDependency(_m.BaseModel):
    """Shows the field only when another custom field compares true against `value`.

    Example:
        {'id': 301, 'operator': 'equals', 'value': 'Yes'}

    Attributes:
        id (int): Id of the custom field this one depends on.
        operator (CompanyCustomFieldDependencyOperator | None):
        value (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        operator: CompanyCustomFieldDependencyOperator | Unset = UNSET,
        value: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("operator", operator)
        self._set("value", value)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, True, False),
            "operator": _m.Field(_m.Enum(CompanyCustomFieldDependencyOperator), False, False),
            "value": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        """Id of the custom field this one depends on."""
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def operator(self) -> CompanyCustomFieldDependencyOperator | None:
        return cast("CompanyCustomFieldDependencyOperator | None", self._get("operator"))

    @operator.setter
    def operator(self, value: CompanyCustomFieldDependencyOperator | None) -> None:
        self._set("operator", value)

    @property
    def value(self) -> str | None:
        return cast("str | None", self._get("value"))

    @value.setter
    def value(self, value: str | None) -> None:
        self._set("value", value)


class CompanyCustomFieldDependencyDict(TypedDict, total=False):
    """:class:`CompanyCustomFieldDependency` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    operator: CompanyCustomFieldDependencyOperator | str
    value: str
