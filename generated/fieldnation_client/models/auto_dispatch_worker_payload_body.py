from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_dispatch_worker_payload_body_tiers_item import AutoDispatchWorkerPayloadBodyTiersItem


T = TypeVar("T", bound="AutoDispatchWorkerPayloadBody")


@_attrs_define
class AutoDispatchWorkerPayloadBody:
    """
    Attributes:
        work_order_ids (list[int] | Unset):
        network_ids (list[int] | Unset):
        selection_rule_id (int | Unset):
        should_route (bool | str | Unset):
        delay (int | str | Unset):
        tiers (list[AutoDispatchWorkerPayloadBodyTiersItem] | Unset):
    """

    work_order_ids: list[int] | Unset = UNSET
    network_ids: list[int] | Unset = UNSET
    selection_rule_id: int | Unset = UNSET
    should_route: bool | str | Unset = UNSET
    delay: int | str | Unset = UNSET
    tiers: list[AutoDispatchWorkerPayloadBodyTiersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        work_order_ids: list[int] | Unset = UNSET
        if not isinstance(self.work_order_ids, Unset):
            work_order_ids = self.work_order_ids

        network_ids: list[int] | Unset = UNSET
        if not isinstance(self.network_ids, Unset):
            network_ids = self.network_ids

        selection_rule_id = self.selection_rule_id

        should_route: bool | str | Unset
        if isinstance(self.should_route, Unset):
            should_route = UNSET
        else:
            should_route = self.should_route

        delay: int | str | Unset
        if isinstance(self.delay, Unset):
            delay = UNSET
        else:
            delay = self.delay

        tiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tiers, Unset):
            tiers = []
            for tiers_item_data in self.tiers:
                tiers_item = tiers_item_data.to_dict()
                tiers.append(tiers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if work_order_ids is not UNSET:
            field_dict["work_order_ids"] = work_order_ids
        if network_ids is not UNSET:
            field_dict["network_ids"] = network_ids
        if selection_rule_id is not UNSET:
            field_dict["selection_rule_id"] = selection_rule_id
        if should_route is not UNSET:
            field_dict["should_route"] = should_route
        if delay is not UNSET:
            field_dict["delay"] = delay
        if tiers is not UNSET:
            field_dict["tiers"] = tiers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_dispatch_worker_payload_body_tiers_item import (
            AutoDispatchWorkerPayloadBodyTiersItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        work_order_ids = cast(list[int], d.pop("work_order_ids", UNSET))

        network_ids = cast(list[int], d.pop("network_ids", UNSET))

        selection_rule_id = d.pop("selection_rule_id", UNSET)

        def _parse_should_route(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        should_route = _parse_should_route(d.pop("should_route", UNSET))

        def _parse_delay(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        delay = _parse_delay(d.pop("delay", UNSET))

        _tiers = d.pop("tiers", UNSET)
        tiers: list[AutoDispatchWorkerPayloadBodyTiersItem] | Unset = UNSET
        if _tiers is not UNSET:
            tiers = []
            for tiers_item_data in _tiers:
                tiers_item = AutoDispatchWorkerPayloadBodyTiersItem.from_dict(tiers_item_data)

                tiers.append(tiers_item)

        auto_dispatch_worker_payload_body = cls(
            work_order_ids=work_order_ids,
            network_ids=network_ids,
            selection_rule_id=selection_rule_id,
            should_route=should_route,
            delay=delay,
            tiers=tiers,
        )

        auto_dispatch_worker_payload_body.additional_properties = d
        return auto_dispatch_worker_payload_body

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
