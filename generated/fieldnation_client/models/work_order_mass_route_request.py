from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_order_selection_rule import WorkOrderSelectionRule


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
            selection_rule (WorkOrderSelectionRule | Unset): Rules the providers must meet to receive the route ("When
                routing, you can apply Selection Rules to filter providers", lifecycle guide). Example: {'rules': [{'name':
                'rating', 'operator': '>=', 'value': 4.5}]}.
    """

    ids: list[int] | Unset = UNSET
    talent_pool_id: int | Unset = UNSET
    selection_rule: WorkOrderSelectionRule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[int] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        talent_pool_id = self.talent_pool_id

        selection_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selection_rule, Unset):
            selection_rule = self.selection_rule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if talent_pool_id is not UNSET:
            field_dict["talent_pool_id"] = talent_pool_id
        if selection_rule is not UNSET:
            field_dict["selection_rule"] = selection_rule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.work_order_selection_rule import WorkOrderSelectionRule  # noqa: PLC0415

        d = dict(src_dict)
        ids = cast(list[int], d.pop("ids", UNSET))

        talent_pool_id = d.pop("talent_pool_id", UNSET)

        _selection_rule = d.pop("selection_rule", UNSET)
        selection_rule: WorkOrderSelectionRule | Unset
        if isinstance(_selection_rule, Unset):
            selection_rule = UNSET
        else:
            selection_rule = WorkOrderSelectionRule.from_dict(_selection_rule)

        work_order_mass_route_request = cls(
            ids=ids, talent_pool_id=talent_pool_id, selection_rule=selection_rule
        )

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
