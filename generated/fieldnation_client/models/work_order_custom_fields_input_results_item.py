from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_order_custom_field_value_input import (
        WorkOrderCustomFieldValueInput,
        WorkOrderCustomFieldValueInputDict,
    )


class WorkOrderCustomFieldsInputResultsItem(_m.BaseModel):
    """
    Attributes:
        results (list[WorkOrderCustomFieldValueInput]):
        id (int | None): Category id (optional; fields are found by their own id).
    """

    __slots__ = ()

    def __init__(self, *, results: list[WorkOrderCustomFieldValueInput], id: int | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("id", id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.work_order_custom_field_value_input import WorkOrderCustomFieldValueInput  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(WorkOrderCustomFieldValueInput)), True, False),
            "id": _m.Field(_m.INT, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[WorkOrderCustomFieldValueInput]:
        return cast("list[WorkOrderCustomFieldValueInput]", self._get("results"))

    @results.setter
    def results(self, value: list[WorkOrderCustomFieldValueInput]) -> None:
        self._set("results", value)

    @property
    def id(self) -> int | None:
        """Category id (optional; fields are found by their own id)."""
        return cast("int | None", self._get("id"))

    @id.setter
    def id(self, value: int | None) -> None:
        self._set("id", value)


class WorkOrderCustomFieldsInputResultsItemDict(TypedDict, total=False):
    """:class:`WorkOrderCustomFieldsInputResultsItem` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[WorkOrderCustomFieldValueInput | WorkOrderCustomFieldValueInputDict]]
    id: int
