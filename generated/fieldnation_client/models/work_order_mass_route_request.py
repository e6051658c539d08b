from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkOrderMassRouteRequest")


@_attrs_define
class WorkOrderMassRouteRequest:
    """Providers to route the work order to in one request: a list of provider ids, or a talent pool whose members all
    receive the route. The routing runs as a background job.

        Example:
            {'ids': [9001, 9002, 9003]}

        Attributes:
            ids (list[int] | Unset): Provider (user) ids to route to.
            talent_pool_id (int | Unset): Talent pool (preferred provider group) whose providers all receive the route.
    """

    ids: list[int] | Unset = UNSET
    talent_pool_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[int] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        talent_pool_id = self.talent_pool_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if talent_pool_id is not UNSET:
            field_dict["talent_pool_id"] = talent_pool_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[int], d.pop("ids", UNSET))

        talent_pool_id = d.pop("talent_pool_id", UNSET)

        work_order_mass_route_request = cls(ids=ids, talent_pool_id=talent_pool_id)

        work_order_mass_route_request.additional_properties = d
        return work_order_mass_route_request

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
