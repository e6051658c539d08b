from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.work_order_status_id import WorkOrderStatusId
from ..models.work_order_status_name import WorkOrderStatusName
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkOrderStatus")


@_attrs_define
class WorkOrderStatus:
    """The work order's lifecycle status. `id`/`name` give the primary status: 1 Draft, 2 Published, 9 Routed, 3 Assigned,
    4 Work Done, 5 Approved, 6 Paid, 7 Cancelled, 8 Deleted. While assigned, `sub_status` and `display` add detail
    (`Assigned: On My Way`, `Assigned: Delayed`, `Assigned: At Risk`, checked in/out, on hold, ...). "In Progress" in
    the guides is an Assigned work order whose provider is on the way or checked in.

        Example:
            {'id': 3, 'name': 'Assigned', 'display': 'Assigned: On My Way', 'code': 'on_my_way', 'sub_status': 'on_my_way',
                'is_routed': False, 'delay': 0, 'ncns': False, 'confirmed': True, 'correlation_id':
                '6f1b2c3d-0a9e-4b7c-8d5e-1f2a3b4c5d6e'}

        Attributes:
            id (WorkOrderStatusId): Primary status id.
            name (WorkOrderStatusName): Primary status name.
            display (str | Unset): Status and sub-status as shown in the UI (`Assigned: Delayed`).
            code (str | Unset): Machine code of the most specific state (`on_my_way`, `delayed`, `at_risk`, ...).
            sub_status (str | Unset): Sub-status while Assigned; empty otherwise.
            is_routed (bool | Unset): Whether the work order has been routed to one or more providers.
            delay (int | Unset): How late the provider reported to be, in seconds.
            ncns (bool | Unset): The provider was a no-call/no-show.
            confirmed (bool | Unset): The provider confirmed the assignment.
            correlation_id (str | Unset): Request id to quote to support.
    """

    id: WorkOrderStatusId
    name: WorkOrderStatusName
    display: str | Unset = UNSET
    code: str | Unset = UNSET
    sub_status: str | Unset = UNSET
    is_routed: bool | Unset = UNSET
    delay: int | Unset = UNSET
    ncns: bool | Unset = UNSET
    confirmed: bool | Unset = UNSET
    correlation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id.value

        name = self.name.value

        display = self.display

        code = self.code

        sub_status = self.sub_status

        is_routed = self.is_routed

        delay = self.delay

        ncns = self.ncns

        confirmed = self.confirmed

        correlation_id = self.correlation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id, "name": name})
        if display is not UNSET:
            field_dict["display"] = display
        if code is not UNSET:
            field_dict["code"] = code
        if sub_status is not UNSET:
            field_dict["sub_status"] = sub_status
        if is_routed is not UNSET:
            field_dict["is_routed"] = is_routed
        if delay is not UNSET:
            field_dict["delay"] = delay
        if ncns is not UNSET:
            field_dict["ncns"] = ncns
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = WorkOrderStatusId(d.pop("id"))

        name = WorkOrderStatusName(d.pop("name"))

        display = d.pop("display", UNSET)

        code = d.pop("code", UNSET)

        sub_status = d.pop("sub_status", UNSET)

        is_routed = d.pop("is_routed", UNSET)

        delay = d.pop("delay", UNSET)

        ncns = d.pop("ncns", UNSET)

        confirmed = d.pop("confirmed", UNSET)

        correlation_id = d.pop("correlation_id", UNSET)

        work_order_status = cls(
            id=id,
            name=name,
            display=display,
            code=code,
            sub_status=sub_status,
            is_routed=is_routed,
            delay=delay,
            ncns=ncns,
            confirmed=confirmed,
            correlation_id=correlation_id,
        )

        work_order_status.additional_properties = d
        return work_order_status

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
