from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_network_access_item import CompanyNetworkAccessItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_network_option import CompanyNetworkOption


T = TypeVar("T", bound="CompanyNetwork")


@_attrs_define
class CompanyNetwork:
    """A provider network the company can route work to.

    Example:
        {'id': 8, 'name': 'Acme Preferred Techs', 'description': 'Vetted technicians for retail work.', 'access':
            ['active'], 'view_available': True, 'inactive_routing': False, 'onboarding_complete': True}

    Attributes:
        id (int):
        name (str):
        description (str | Unset):
        access (list[CompanyNetworkAccessItem] | Unset):
        view_available (bool | Unset):
        inactive_routing (bool | Unset):
        onboarding_complete (bool | Unset):
        options (list[CompanyNetworkOption] | Unset):
        actions (list[str] | Unset):
    """

    id: int
    name: str
    description: str | Unset = UNSET
    access: list[CompanyNetworkAccessItem] | Unset = UNSET
    view_available: bool | Unset = UNSET
    inactive_routing: bool | Unset = UNSET
    onboarding_complete: bool | Unset = UNSET
    options: list[CompanyNetworkOption] | Unset = UNSET
    actions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        access: list[str] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = []
            for access_item_data in self.access:
                access_item = access_item_data.value
                access.append(access_item)

        view_available = self.view_available

        inactive_routing = self.inactive_routing

        onboarding_complete = self.onboarding_complete

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id, "name": name})
        if description is not UNSET:
            field_dict["description"] = description
        if access is not UNSET:
            field_dict["access"] = access
        if view_available is not UNSET:
            field_dict["view_available"] = view_available
        if inactive_routing is not UNSET:
            field_dict["inactive_routing"] = inactive_routing
        if onboarding_complete is not UNSET:
            field_dict["onboarding_complete"] = onboarding_complete
        if options is not UNSET:
            field_dict["options"] = options
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_network_option import CompanyNetworkOption  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        _access = d.pop("access", UNSET)
        access: list[CompanyNetworkAccessItem] | Unset = UNSET
        if _access is not UNSET:
            access = []
            for access_item_data in _access:
                access_item = CompanyNetworkAccessItem(access_item_data)

                access.append(access_item)

        view_available = d.pop("view_available", UNSET)

        inactive_routing = d.pop("inactive_routing", UNSET)

        onboarding_complete = d.pop("onboarding_complete", UNSET)

        _options = d.pop("options", UNSET)
        options: list[CompanyNetworkOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = CompanyNetworkOption.from_dict(options_item_data)

                options.append(options_item)

        actions = cast(list[str], d.pop("actions", UNSET))

        company_network = cls(
            id=id,
            name=name,
            description=description,
            access=access,
            view_available=view_available,
            inactive_routing=inactive_routing,
            onboarding_complete=onboarding_complete,
            options=options,
            actions=actions,
        )

        company_network.additional_properties = d
        return company_network

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
