from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_order_location_saved_ref_contact import WorkOrderLocationSavedRefContact
    from ..models.work_order_location_saved_ref_group import WorkOrderLocationSavedRefGroup


T = TypeVar("T", bound="WorkOrderLocationSavedRef")


@_attrs_define
class WorkOrderLocationSavedRef:
    """The saved location a work order uses (mode `location`). The work order answers id 0 and empty strings when it uses
    no saved location.

        Example:
            {'id': 16326, 'name': 'Northstar Store 00123', 'display_name': 'Northstar Store 00123', 'contact': {'name':
                'Front desk', 'phone': '+1 612 555 0199'}, 'group': {'id': 31, 'name': 'Midwest stores'}}

        Attributes:
            id (int | Unset):
            name (str | Unset):
            display_name (str | Unset):
            contact (WorkOrderLocationSavedRefContact | Unset):
            group (WorkOrderLocationSavedRefGroup | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    contact: WorkOrderLocationSavedRefContact | Unset = UNSET
    group: WorkOrderLocationSavedRefGroup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        display_name = self.display_name

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if contact is not UNSET:
            field_dict["contact"] = contact
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.work_order_location_saved_ref_contact import WorkOrderLocationSavedRefContact  # noqa: PLC0415
        from ..models.work_order_location_saved_ref_group import WorkOrderLocationSavedRefGroup  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        display_name = d.pop("display_name", UNSET)

        _contact = d.pop("contact", UNSET)
        contact: WorkOrderLocationSavedRefContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = WorkOrderLocationSavedRefContact.from_dict(_contact)

        _group = d.pop("group", UNSET)
        group: WorkOrderLocationSavedRefGroup | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = WorkOrderLocationSavedRefGroup.from_dict(_group)

        work_order_location_saved_ref = cls(
            id=id, name=name, display_name=display_name, contact=contact, group=group
        )

        work_order_location_saved_ref.additional_properties = d
        return work_order_location_saved_ref

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
