from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_order_status import WorkOrderStatus, WorkOrderStatusDict


class WorkOrder(_m.BaseModel):
    """A job to be done.

    Attributes:
        id (int):
        title (str):
        status (WorkOrderStatus):
        description (str | None):
        created (datetime.datetime | None):
        tags (list[str] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        title: str,
        status: WorkOrderStatus,
        description: str | None | Unset = UNSET,
        created: datetime.datetime | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("title", title)
        self._set("status", status)
        self._set("description", description)
        self._set("created", created)
        self._set("tags", tags)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.work_order_status import WorkOrderStatus  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "title": _m.Field(_m.STR, True, False),
            "status": _m.Field(_m.Model(WorkOrderStatus), True, False),
            "description": _m.Field(_m.STR, False, True),
            "created": _m.Field(_m.DATETIME, False, False),
            "tags": _m.Field(_m.List(_m.STR), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def title(self) -> str:
        return cast("str", self._get("title"))

    @title.setter
    def title(self, value: str) -> None:
        self._set("title", value)

    @property
    def status(self) -> WorkOrderStatus:
        return cast("WorkOrderStatus", self._get("status"))

    @status.setter
    def status(self, value: WorkOrderStatus) -> None:
        self._set("status", value)

    @property
    def description(self) -> str | None:
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def created(self) -> datetime.datetime | None:
        return cast("datetime.datetime | None", self._get("created"))

    @created.setter
    def created(self, value: datetime.datetime | None) -> None:
        self._set("created", value)

    @property
    def tags(self) -> list[str] | None:
        return cast("list[str] | None", self._get("tags"))

    @tags.setter
    def tags(self, value: list[str] | None) -> None:
        self._set("tags", value)


class WorkOrderDict(TypedDict, total=False):
    """:class:`WorkOrder` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    title: Required[str]
    status: Required[WorkOrderStatus | WorkOrderStatusDict]
    description: str | None
    created: datetime.datetime | str
    tags: list[str]
