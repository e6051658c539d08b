from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.message import Message, MessageDict


class MessageList(_m.BaseModel):
    """A page of a work order's messages, newest first, as the older reference's message object documents (sorted by
    creation date, descending) (also embedded as `messages` in the WorkOrder, where only the count is filled). The
    create and reply operations answer the refreshed list as well.

        Example:
            {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'msg_id': 612, 'message': 'Please
                use the side entrance.', 'from': {'id': 7001, 'name': 'Dana Whitfield', 'role': 'buyer'}, 'role':
                'ASSIGNEDTECH', 'read': False, 'created': {'utc': '2026-07-01 13:00:00'}}], 'actions': ['add']}

        Attributes:
            results (list[Message]):
            metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
                The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
                example omits `pages`, so only `total` is required (the local sandbox always sends all four).
            correlation_id (str | None):
            actions (list[str] | None):
            params (list[str | int | bool] | None): Echo of the filters applied.
            f_work_order (list[int | str] | None):
            fs_work_order (bool | None):
            f_only_workorder (bool | None):
            fs_only_workorder (bool | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        results: list[Message],
        metadata: ListMetadata | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
        params: list[str | int | bool] | Unset = UNSET,
        f_work_order: list[int | str] | Unset = UNSET,
        fs_work_order: bool | Unset = UNSET,
        f_only_workorder: bool | Unset = UNSET,
        fs_only_workorder: bool | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("metadata", metadata)
        self._set("correlation_id", correlation_id)
        self._set("actions", actions)
        self._set("params", params)
        self._set("f_work_order", f_work_order)
        self._set("fs_work_order", fs_work_order)
        self._set("f_only_workorder", f_only_workorder)
        self._set("fs_only_workorder", fs_only_workorder)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.message import Message  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(Message)), True, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
            "params": _m.Field(_m.List(_m.Union((_m.STR, _m.INT, _m.BOOL))), False, False),
            "f_work_order": _m.Field(_m.List(_m.Union((_m.INT, _m.STR))), False, False),
            "fs_work_order": _m.Field(_m.BOOL, False, False),
            "f_only_workorder": _m.Field(_m.BOOL, False, False),
            "fs_only_workorder": _m.Field(_m.BOOL, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[Message]:
        return cast("list[Message]", self._get("results"))

    @results.setter
    def results(self, value: list[Message]) -> None:
        self._set("results", value)

    @property
    def metadata(self) -> ListMetadata | None:
        """Pagination metadata of every page-based list envelope (`metadata` + `results`). The playground and
        the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example omits
        `pages`, so only `total` is required (the local sandbox always sends all four)."""
        return cast("ListMetadata | None", self._get("metadata"))

    @metadata.setter
    def metadata(self, value: ListMetadata | None) -> None:
        self._set("metadata", value)

    @property
    def correlation_id(self) -> str | None:
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)

    @property
    def actions(self) -> list[str] | None:
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)

    @property
    def params(self) -> list[str | int | bool] | None:
        """Echo of the filters applied."""
        return cast("list[str | int | bool] | None", self._get("params"))

    @params.setter
    def params(self, value: list[str | int | bool] | None) -> None:
        self._set("params", value)

    @property
    def f_work_order(self) -> list[int | str] | None:
        return cast("list[int | str] | None", self._get("f_work_order"))

    @f_work_order.setter
    def f_work_order(self, value: list[int | str] | None) -> None:
        self._set("f_work_order", value)

    @property
    def fs_work_order(self) -> bool | None:
        return cast("bool | None", self._get("fs_work_order"))

    @fs_work_order.setter
    def fs_work_order(self, value: bool | None) -> None:
        self._set("fs_work_order", value)

    @property
    def f_only_workorder(self) -> bool | None:
        return cast("bool | None", self._get("f_only_workorder"))

    @f_only_workorder.setter
    def f_only_workorder(self, value: bool | None) -> None:
        self._set("f_only_workorder", value)

    @property
    def fs_only_workorder(self) -> bool | None:
        return cast("bool | None", self._get("fs_only_workorder"))

    @fs_only_workorder.setter
    def fs_only_workorder(self, value: bool | None) -> None:
        self._set("fs_only_workorder", value)


class MessageListDict(TypedDict, total=False):
    """:class:`MessageList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[Message | MessageDict]]
    metadata: ListMetadata | ListMetadataDict
    correlation_id: str
    actions: list[str]
    params: list[str | int | bool]
    f_work_order: list[int | str]
    fs_work_order: bool
    f_only_workorder: bool
    fs_only_workorder: bool
