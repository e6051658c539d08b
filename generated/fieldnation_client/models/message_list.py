from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata
    from ..models.message import Message


T = TypeVar("T", bound="MessageList")


@_attrs_define
class MessageList:
    """A page of a work order's messages, newest first, as the older reference's message object documents (sorted by
    creation date, descending) (also embedded as `messages` in the WorkOrder, where only the count is filled). The
    create and reply operations answer the refreshed list as well.

        Example:
            {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'msg_id': 612, 'message': 'Please
                use the side entrance.', 'from': {'id': 7001, 'name': 'Dana Whitfield', 'role': 'buyer'}, 'role':
                'ASSIGNEDTECH', 'read': False, 'created': {'utc': '2026-07-01 13:00:00'}}], 'actions': ['add']}

        Attributes:
            results (list[Message]):
            metadata (ListMetadata | Unset): Pagination metadata of every page-based list envelope (`metadata` + `results`).
                The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
                example omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total':
                42, 'page': 1, 'pages': 2, 'per_page': 25}.
            correlation_id (str | Unset):
            actions (list[str] | Unset):
            params (list[bool | int | str] | Unset): Echo of the filters applied.
            f_work_order (list[int | str] | Unset):
            fs_work_order (bool | Unset):
            f_only_workorder (bool | Unset):
            fs_only_workorder (bool | Unset):
    """

    results: list[Message]
    metadata: ListMetadata | Unset = UNSET
    correlation_id: str | Unset = UNSET
    actions: list[str] | Unset = UNSET
    params: list[bool | int | str] | Unset = UNSET
    f_work_order: list[int | str] | Unset = UNSET
    fs_work_order: bool | Unset = UNSET
    f_only_workorder: bool | Unset = UNSET
    fs_only_workorder: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        correlation_id = self.correlation_id

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        params: list[bool | int | str] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = []
            for params_item_data in self.params:
                params_item: bool | int | str
                params_item = params_item_data
                params.append(params_item)

        f_work_order: list[int | str] | Unset = UNSET
        if not isinstance(self.f_work_order, Unset):
            f_work_order = []
            for f_work_order_item_data in self.f_work_order:
                f_work_order_item: int | str
                f_work_order_item = f_work_order_item_data
                f_work_order.append(f_work_order_item)

        fs_work_order = self.fs_work_order

        f_only_workorder = self.f_only_workorder

        fs_only_workorder = self.fs_only_workorder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"results": results})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id
        if actions is not UNSET:
            field_dict["actions"] = actions
        if params is not UNSET:
            field_dict["params"] = params
        if f_work_order is not UNSET:
            field_dict["f_work_order"] = f_work_order
        if fs_work_order is not UNSET:
            field_dict["fs_work_order"] = fs_work_order
        if f_only_workorder is not UNSET:
            field_dict["f_only_workorder"] = f_only_workorder
        if fs_only_workorder is not UNSET:
            field_dict["fs_only_workorder"] = fs_only_workorder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.message import Message  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = Message.from_dict(results_item_data)

            results.append(results_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: ListMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ListMetadata.from_dict(_metadata)

        correlation_id = d.pop("correlation_id", UNSET)

        actions = cast(list[str], d.pop("actions", UNSET))

        _params = d.pop("params", UNSET)
        params: list[bool | int | str] | Unset = UNSET
        if _params is not UNSET:
            params = []
            for params_item_data in _params:

                def _parse_params_item(data: object) -> bool | int | str:
                    return cast(bool | int | str, data)

                params_item = _parse_params_item(params_item_data)

                params.append(params_item)

        _f_work_order = d.pop("f_work_order", UNSET)
        f_work_order: list[int | str] | Unset = UNSET
        if _f_work_order is not UNSET:
            f_work_order = []
            for f_work_order_item_data in _f_work_order:

                def _parse_f_work_order_item(data: object) -> int | str:
                    return cast(int | str, data)

                f_work_order_item = _parse_f_work_order_item(f_work_order_item_data)

                f_work_order.append(f_work_order_item)

        fs_work_order = d.pop("fs_work_order", UNSET)

        f_only_workorder = d.pop("f_only_workorder", UNSET)

        fs_only_workorder = d.pop("fs_only_workorder", UNSET)

        message_list = cls(
            results=results,
            metadata=metadata,
            correlation_id=correlation_id,
            actions=actions,
            params=params,
            f_work_order=f_work_order,
            fs_work_order=fs_work_order,
            f_only_workorder=f_only_workorder,
            fs_only_workorder=fs_only_workorder,
        )

        message_list.additional_properties = d
        return message_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
