from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m

if TYPE_CHECKING:
    from ..models.work_order_custom_fields_input_results_item import (
        WorkOrderCustomFieldsInputResultsItem,
        WorkOrderCustomFieldsInputResultsItemDict,
    )


class WorkOrderCustomFieldsInput(_m.BaseModel):
    """Custom field values to set, grouped like the work order's `custom_fields` answer: a list of categories, each with
    its `results` of `{id, value}` (custom-fields guide, "When creating a work order, include custom field values").

        Example:
            {'results': [{'results': [{'id': 129, 'value': 'Store'}]}]}

        Attributes:
            results (list[WorkOrderCustomFieldsInputResultsItem]):
    """

    __slots__ = ()

    def __init__(self, *, results: list[WorkOrderCustomFieldsInputResultsItem]) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.work_order_custom_fields_input_results_item import WorkOrderCustomFieldsInputResultsItem  # noqa: PLC0415

        return {"results": _m.Field(_m.List(_m.Model(WorkOrderCustomFieldsInputResultsItem)), True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[WorkOrderCustomFieldsInputResultsItem]:
        return cast("list[WorkOrderCustomFieldsInputResultsItem]", self._get("results"))

    @results.setter
    def results(self, value: list[WorkOrderCustomFieldsInputResultsItem]) -> None:
        self._set("results", value)


class WorkOrderCustomFieldsInputDict(TypedDict, total=False):
    """:class:`WorkOrderCustomFieldsInput` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[WorkOrderCustomFieldsInputResultsItem | WorkOrderCustomFieldsInputResultsItemDict]]
