from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.work_order_selection_rule import WorkOrderSelectionRule


T = TypeVar("T", bound="WorkOrderRouteRequest")


@_attrs_define
class WorkOrderRouteRequest:
    """The provider to route the work order to (or to remove from its routes). The reference and playground name the
    provider `technician`; `user` is accepted as well, as the assignment endpoints use that key.

        Example:
            {'technician': {'id': 9001}}

        Attributes:
            technician (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
            user (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
            selection_rule (WorkOrderSelectionRule | Unset): Rules the providers must meet to receive the route ("When
                routing, you can apply Selection Rules to filter providers", lifecycle guide). Example: {'rules': [{'name':
                'rating', 'operator': '>=', 'value': 4.5}]}.
    """

    technician: IdRef | Unset = UNSET
    user: IdRef | Unset = UNSET
    selection_rule: WorkOrderSelectionRule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        technician: dict[str, Any] | Unset = UNSET
        if not isinstance(self.technician, Unset):
            technician = self.technician.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        selection_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selection_rule, Unset):
            selection_rule = self.selection_rule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if technician is not UNSET:
            field_dict["technician"] = technician
        if user is not UNSET:
            field_dict["user"] = user
        if selection_rule is not UNSET:
            field_dict["selection_rule"] = selection_rule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.work_order_selection_rule import WorkOrderSelectionRule  # noqa: PLC0415

        d = dict(src_dict)
        _technician = d.pop("technician", UNSET)
        technician: IdRef | Unset
        if isinstance(_technician, Unset):
            technician = UNSET
        else:
            technician = IdRef.from_dict(_technician)

        _user = d.pop("user", UNSET)
        user: IdRef | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = IdRef.from_dict(_user)

        _selection_rule = d.pop("selection_rule", UNSET)
        selection_rule: WorkOrderSelectionRule | Unset
        if isinstance(_selection_rule, Unset):
            selection_rule = UNSET
        else:
            selection_rule = WorkOrderSelectionRule.from_dict(_selection_rule)

        work_order_route_request = cls(technician=technician, user=user, selection_rule=selection_rule)

        work_order_route_request.additional_properties = d
        return work_order_route_request

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
