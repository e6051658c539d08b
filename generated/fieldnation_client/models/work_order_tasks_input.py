from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m

if TYPE_CHECKING:
    from ..models.task_input import TaskInput, TaskInputDict


class WorkOrderTasksInput(_m.BaseModel):
    """Tasks to add to the work order, in the `{results: [...]}` envelope the work order shows them in; each item is the
    body of `POST /workorders/{work_order_id}/tasks`.

        Example:
            {'results': [{'group': {'id': 'prep'}, 'type': {'id': 1}}, {'group': {'id': 'post'}, 'type': {'id': 8}, 'phone':
                '+1-612-555-0143'}]}

        Attributes:
            results (list[TaskInput]):
    """

    __slots__ = ()

    def __init__(self, *, results: list[TaskInput]) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.task_input import TaskInput  # noqa: PLC0415

        return {"results": _m.Field(_m.List(_m.Model(TaskInput)), True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[TaskInput]:
        return cast("list[TaskInput]", self._get("results"))

    @results.setter
    def results(self, value: list[TaskInput]) -> None:
        self._set("results", value)


class WorkOrderTasksInputDict(TypedDict, total=False):
    """:class:`WorkOrderTasksInput` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[TaskInput | TaskInputDict]]
