from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.service_territory_provider import ServiceTerritoryProvider, ServiceTerritoryProviderDict
    from ..models.talent_pool_group_attribute import TalentPoolGroupAttribute, TalentPoolGroupAttributeDict
    from ..models.talent_pool_tier import TalentPoolTier, TalentPoolTierDict


class ServiceTerritory(_m.BaseModel):
    """A geographic area of a project, with tiers of providers who cover it.

    Example:
        {'id': '3f6c2a8e-5d41-4c7b-9e12-7a0b4d9c8e21', 'service_territory_id': '14', 'name': 'Southwest Territory',
            'display_name': 'SW Region', 'project_id': 2201, 'tiers': [{'id': 3, 'name': 'Primary coverage'}], 'attributes':
            [{'name': 'coverage_radius', 'value': '50'}], 'provider_count': 12}

    Attributes:
        id (str): The territory's UUID (the `service_territory_uuid` of the paths).
        name (str):
        service_territory_id (str | None): Internal numeric id, returned as a string.
        display_name (str | None): Name shown to providers.
        description (str | None): Free text (overview guide).
        project_id (int | None): Project the territory belongs to; null when it was created without one.
        tiers (list[TalentPoolTier] | None):
        attributes (list[TalentPoolGroupAttribute] | None):
        provider_count (int | None):
        created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
        providers (list[ServiceTerritoryProvider] | None): Providers of the territory, on the overview guide's detail
            example.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: str,
        name: str,
        service_territory_id: str | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        project_id: int | None | Unset = UNSET,
        tiers: list[TalentPoolTier] | Unset = UNSET,
        attributes: list[TalentPoolGroupAttribute] | Unset = UNSET,
        provider_count: int | Unset = UNSET,
        created: DateObject | Unset = UNSET,
        providers: list[ServiceTerritoryProvider] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("service_territory_id", service_territory_id)
        self._set("display_name", display_name)
        self._set("description", description)
        self._set("project_id", project_id)
        self._set("tiers", tiers)
        self._set("attributes", attributes)
        self._set("provider_count", provider_count)
        self._set("created", created)
        self._set("providers", providers)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.service_territory_provider import ServiceTerritoryProvider  # noqa: PLC0415
        from ..models.talent_pool_group_attribute import TalentPoolGroupAttribute  # noqa: PLC0415
        from ..models.talent_pool_tier import TalentPoolTier  # noqa: PLC0415

        return {
            "id": _m.Field(_m.STR, True, False),
            "name": _m.Field(_m.STR, True, False),
            "service_territory_id": _m.Field(_m.STR, False, False),
            "display_name": _m.Field(_m.STR, False, True),
            "description": _m.Field(_m.STR, False, True),
            "project_id": _m.Field(_m.INT, False, True),
            "tiers": _m.Field(_m.List(_m.Model(TalentPoolTier)), False, False),
            "attributes": _m.Field(_m.List(_m.Model(TalentPoolGroupAttribute)), False, False),
            "provider_count": _m.Field(_m.INT, False, False),
            "created": _m.Field(_m.Model(DateObject), False, False),
            "providers": _m.Field(_m.List(_m.Model(ServiceTerritoryProvider)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> str:
        """The territory's UUID (the `service_territory_uuid` of the paths)."""
        return cast("str", self._get("id"))

    @id.setter
    def id(self, value: str) -> None:
        self._set("id", value)

    @property
    def name(self) -> str:
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def service_territory_id(self) -> str | None:
        """Internal numeric id, returned as a string."""
        return cast("str | None", self._get("service_territory_id"))

    @service_territory_id.setter
    def service_territory_id(self, value: str | None) -> None:
        self._set("service_territory_id", value)

    @property
    def display_name(self) -> str | None:
        """Name shown to providers."""
        return cast("str | None", self._get("display_name"))

    @display_name.setter
    def display_name(self, value: str | None) -> None:
        self._set("display_name", value)

    @property
    def description(self) -> str | None:
        """Free text (overview guide)."""
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def project_id(self) -> int | None:
        """Project the territory belongs to; null when it was created without one."""
        return cast("int | None", self._get("project_id"))

    @project_id.setter
    def project_id(self, value: int | None) -> None:
        self._set("project_id", value)

    @property
    def tiers(self) -> list[TalentPoolTier] | None:
        return cast("list[TalentPoolTier] | None", self._get("tiers"))

    @tiers.setter
    def tiers(self, value: list[TalentPoolTier] | None) -> None:
        self._set("tiers", value)

    @property
    def attributes(self) -> list[TalentPoolGroupAttribute] | None:
        return cast("list[TalentPoolGroupAttribute] | None", self._get("attributes"))

    @attributes.setter
    def attributes(self, value: list[TalentPoolGroupAttribute] | None) -> None:
        self._set("attributes", value)

    @property
    def provider_count(self) -> int | None:
        return cast("int | None", self._get("provider_count"))

    @provider_count.setter
    def provider_count(self, value: int | None) -> None:
        self._set("provider_count", value)

    @property
    def created(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("created"))

    @created.setter
    def created(self, value: DateObject | None) -> None:
        self._set("created", value)

    @property
    def providers(self) -> list[ServiceTerritoryProvider] | None:
        """Providers of the territory, on the overview guide's detail example."""
        return cast("list[ServiceTerritoryProvider] | None", self._get("providers"))

    @providers.setter
    def providers(self, value: list[ServiceTerritoryProvider] | None) -> None:
        self._set("providers", value)


class ServiceTerritoryDict(TypedDict, total=False):
    """:class:`ServiceTerritory` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[str]
    name: Required[str]
    service_territory_id: str
    display_name: str | None
    description: str | None
    project_id: int | None
    tiers: list[TalentPoolTier | TalentPoolTierDict]
    attributes: list[TalentPoolGroupAttribute | TalentPoolGroupAttributeDict]
    provider_count: int
    created: DateObject | DateObjectDict
    providers: list[ServiceTerritoryProvider | ServiceTerritoryProviderDict]
