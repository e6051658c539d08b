from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m

if TYPE_CHECKING:
    from ..models.task_bulk_update_item import TaskBulkUpdateItem, TaskBulkUpdateItemDict


class TasksBulkUpdate(_m.BaseModel):
    """Body of `PUT /workorders/{work_order_id}/tasks`.

    Example:
        {'tasks': [{'id': 8609, 'label': 'Call the store manager on arrival', 'status': 'complete', 'description':
            'Called, manager opened the back room.'}, {'id': 8611, 'status': 'incomplete'}]}

    Attributes:
        tasks (list[TaskBulkUpdateItem]):
    """

    __slots__ = ()

    def __init__(self, *, tasks: list[TaskBulkUpdateItem]) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("tasks", tasks)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.task_bulk_update_item import TaskBulkUpdateItem  # noqa: PLC0415

        return {"tasks": _m.Field(_m.List(_m.Model(TaskBulkUpdateItem)), True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def tasks(self) -> list[TaskBulkUpdateItem]:
        return cast("list[TaskBulkUpdateItem]", self._get("tasks"))

    @tasks.setter
    def tasks(self, value: list[TaskBulkUpdateItem]) -> None:
        self._set("tasks", value)


class TasksBulkUpdateDict(TypedDict, total=False):
    """:class:`TasksBulkUpdate` as plain data (JSON keys); accepted wherever the model is sent."""

    tasks: Required[list[TaskBulkUpdateItem | TaskBulkUpdateItemDict]]
