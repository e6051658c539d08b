from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..models.work_order_status_id import WorkOrderStatusId
from ..models.work_order_status_name import WorkOrderStatusName


class WorkOrderStatus(_m.BaseModel):
    """
    Attributes:
        id (WorkOrderStatusId):
        name (WorkOrderStatusName):
    """

    __slots__ = ()

    def __init__(self, *, id: WorkOrderStatusId, name: WorkOrderStatusName) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.Enum(WorkOrderStatusId), True, False),
            "name": _m.Field(_m.Enum(WorkOrderStatusName), True, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> WorkOrderStatusId:
        return cast("WorkOrderStatusId", self._get("id"))

    @id.setter
    def id(self, value: WorkOrderStatusId) -> None:
        self._set("id", value)

    @property
    def name(self) -> WorkOrderStatusName:
        return cast("WorkOrderStatusName", self._get("name"))

    @name.setter
    def name(self, value: WorkOrderStatusName) -> None:
        self._set("name", value)


class WorkOrderStatusDict(TypedDict, total=False):
    """:class:`WorkOrderStatus` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[WorkOrderStatusId | int]
    name: Required[WorkOrderStatusName | str]
