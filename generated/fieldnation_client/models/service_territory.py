from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject
    from ..models.service_territory_provider import ServiceTerritoryProvider
    from ..models.talent_pool_group_attribute import TalentPoolGroupAttribute
    from ..models.talent_pool_tier import TalentPoolTier


T = TypeVar("T", bound="ServiceTerritory")


@_attrs_define
class ServiceTerritory:
    """A geographic area of a project, with tiers of providers who cover it.

    Example:
        {'id': '3f6c2a8e-5d41-4c7b-9e12-7a0b4d9c8e21', 'service_territory_id': '14', 'name': 'Southwest Territory',
            'display_name': 'SW Region', 'project_id': 2201, 'tiers': [{'id': 3, 'name': 'Primary coverage'}], 'attributes':
            [{'name': 'coverage_radius', 'value': '50'}], 'provider_count': 12}

    Attributes:
        id (str): The territory's UUID (the `service_territory_uuid` of the paths).
        name (str):
        service_territory_id (str | Unset): Internal numeric id, returned as a string.
        display_name (None | str | Unset): Name shown to providers.
        description (None | str | Unset): Free text (overview guide).
        project_id (int | None | Unset): Project the territory belongs to; null when it was created without one.
        tiers (list[TalentPoolTier] | Unset):
        attributes (list[TalentPoolGroupAttribute] | Unset):
        provider_count (int | Unset):
        created (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
        providers (list[ServiceTerritoryProvider] | Unset): Providers of the territory, on the overview guide's detail
            example.
    """

    id: str
    name: str
    service_territory_id: str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    project_id: int | None | Unset = UNSET
    tiers: list[TalentPoolTier] | Unset = UNSET
    attributes: list[TalentPoolGroupAttribute] | Unset = UNSET
    provider_count: int | Unset = UNSET
    created: DateObject | Unset = UNSET
    providers: list[ServiceTerritoryProvider] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        service_territory_id = self.service_territory_id

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        tiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tiers, Unset):
            tiers = []
            for tiers_item_data in self.tiers:
                tiers_item = tiers_item_data.to_dict()
                tiers.append(tiers_item)

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        provider_count = self.provider_count

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        providers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.providers, Unset):
            providers = []
            for providers_item_data in self.providers:
                providers_item = providers_item_data.to_dict()
                providers.append(providers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id, "name": name})
        if service_territory_id is not UNSET:
            field_dict["service_territory_id"] = service_territory_id
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if tiers is not UNSET:
            field_dict["tiers"] = tiers
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if provider_count is not UNSET:
            field_dict["provider_count"] = provider_count
        if created is not UNSET:
            field_dict["created"] = created
        if providers is not UNSET:
            field_dict["providers"] = providers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.service_territory_provider import ServiceTerritoryProvider  # noqa: PLC0415
        from ..models.talent_pool_group_attribute import TalentPoolGroupAttribute  # noqa: PLC0415
        from ..models.talent_pool_tier import TalentPoolTier  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        service_territory_id = d.pop("service_territory_id", UNSET)

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        _tiers = d.pop("tiers", UNSET)
        tiers: list[TalentPoolTier] | Unset = UNSET
        if _tiers is not UNSET:
            tiers = []
            for tiers_item_data in _tiers:
                tiers_item = TalentPoolTier.from_dict(tiers_item_data)

                tiers.append(tiers_item)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[TalentPoolGroupAttribute] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = TalentPoolGroupAttribute.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        provider_count = d.pop("provider_count", UNSET)

        _created = d.pop("created", UNSET)
        created: DateObject | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = DateObject.from_dict(_created)

        _providers = d.pop("providers", UNSET)
        providers: list[ServiceTerritoryProvider] | Unset = UNSET
        if _providers is not UNSET:
            providers = []
            for providers_item_data in _providers:
                providers_item = ServiceTerritoryProvider.from_dict(providers_item_data)

                providers.append(providers_item)

        service_territory = cls(
            id=id,
            name=name,
            service_territory_id=service_territory_id,
            display_name=display_name,
            description=description,
            project_id=project_id,
            tiers=tiers,
            attributes=attributes,
            provider_count=provider_count,
            created=created,
            providers=providers,
        )

        service_territory.additional_properties = d
        return service_territory

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
