from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_dispatch_request_should_route_type_1 import AutoDispatchRequestShouldRouteType1
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoDispatchRequest")


@_attrs_define
class AutoDispatchRequest:
    """Body of `POST /workorders/auto_dispatch`.

    Example:
        {'work_order_ids': [1001, 1002], 'network_ids': [50], 'selection_rule_id': 0, 'delay': 900, 'should_route':
            True, 'auto_assign': False, 'also_publish': True}

    Attributes:
        work_order_ids (list[int]):
        network_ids (list[int] | Unset): Networks whose providers may be chosen.
        tiered_auto_dispatch_id (int | Unset): Tiered auto-dispatch configuration to follow.
        selection_rule_id (int | Unset): Selection rule used to rank providers; 0 uses the default ranking.
        delay (int | str | Unset): Seconds to wait before dispatching.
        w2_skippub (bool | Unset): Skip publishing when a W-2 employee takes the work.
        w2_failswitch (bool | Unset): Fall back to the marketplace when no W-2 employee takes the work.
        should_route (AutoDispatchRequestShouldRouteType1 | bool | Unset): true routes to the chosen providers and
            assigns the first to accept; false publishes and assigns the most qualified requester.
        auto_assign (bool | Unset):
        also_publish (bool | Unset):
    """

    work_order_ids: list[int]
    network_ids: list[int] | Unset = UNSET
    tiered_auto_dispatch_id: int | Unset = UNSET
    selection_rule_id: int | Unset = UNSET
    delay: int | str | Unset = UNSET
    w2_skippub: bool | Unset = UNSET
    w2_failswitch: bool | Unset = UNSET
    should_route: AutoDispatchRequestShouldRouteType1 | bool | Unset = UNSET
    auto_assign: bool | Unset = UNSET
    also_publish: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        work_order_ids = self.work_order_ids

        network_ids: list[int] | Unset = UNSET
        if not isinstance(self.network_ids, Unset):
            network_ids = self.network_ids

        tiered_auto_dispatch_id = self.tiered_auto_dispatch_id

        selection_rule_id = self.selection_rule_id

        delay: int | str | Unset
        if isinstance(self.delay, Unset):
            delay = UNSET
        else:
            delay = self.delay

        w2_skippub = self.w2_skippub

        w2_failswitch = self.w2_failswitch

        should_route: bool | str | Unset
        if isinstance(self.should_route, Unset):
            should_route = UNSET
        elif isinstance(self.should_route, AutoDispatchRequestShouldRouteType1):
            should_route = self.should_route.value
        else:
            should_route = self.should_route

        auto_assign = self.auto_assign

        also_publish = self.also_publish

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"work_order_ids": work_order_ids})
        if network_ids is not UNSET:
            field_dict["network_ids"] = network_ids
        if tiered_auto_dispatch_id is not UNSET:
            field_dict["tiered_auto_dispatch_id"] = tiered_auto_dispatch_id
        if selection_rule_id is not UNSET:
            field_dict["selection_rule_id"] = selection_rule_id
        if delay is not UNSET:
            field_dict["delay"] = delay
        if w2_skippub is not UNSET:
            field_dict["w2_skippub"] = w2_skippub
        if w2_failswitch is not UNSET:
            field_dict["w2_failswitch"] = w2_failswitch
        if should_route is not UNSET:
            field_dict["should_route"] = should_route
        if auto_assign is not UNSET:
            field_dict["auto_assign"] = auto_assign
        if also_publish is not UNSET:
            field_dict["also_publish"] = also_publish

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        work_order_ids = cast(list[int], d.pop("work_order_ids"))

        network_ids = cast(list[int], d.pop("network_ids", UNSET))

        tiered_auto_dispatch_id = d.pop("tiered_auto_dispatch_id", UNSET)

        selection_rule_id = d.pop("selection_rule_id", UNSET)

        def _parse_delay(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        delay = _parse_delay(d.pop("delay", UNSET))

        w2_skippub = d.pop("w2_skippub", UNSET)

        w2_failswitch = d.pop("w2_failswitch", UNSET)

        def _parse_should_route(data: object) -> AutoDispatchRequestShouldRouteType1 | bool | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                should_route_type_1 = AutoDispatchRequestShouldRouteType1(data)

                return should_route_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutoDispatchRequestShouldRouteType1 | bool | Unset, data)

        should_route = _parse_should_route(d.pop("should_route", UNSET))

        auto_assign = d.pop("auto_assign", UNSET)

        also_publish = d.pop("also_publish", UNSET)

        auto_dispatch_request = cls(
            work_order_ids=work_order_ids,
            network_ids=network_ids,
            tiered_auto_dispatch_id=tiered_auto_dispatch_id,
            selection_rule_id=selection_rule_id,
            delay=delay,
            w2_skippub=w2_skippub,
            w2_failswitch=w2_failswitch,
            should_route=should_route,
            auto_assign=auto_assign,
            also_publish=also_publish,
        )

        auto_dispatch_request.additional_properties = d
        return auto_dispatch_request

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
