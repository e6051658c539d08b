"""Service territories: 7 operations, sync (``ServiceTerritoriesResource``) and async (``AsyncServiceTerritoriesResource``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING
from uuid import UUID

import httpx

from .._pagination import aiter_cursor, iter_cursor
from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_service_territories_sort_direction import ListServiceTerritoriesSortDirection
    from ..models.list_service_territory_providers_sort_direction import (
        ListServiceTerritoryProvidersSortDirection,
    )
    from ..models.service_territory import ServiceTerritory
    from ..models.service_territory_input import ServiceTerritoryInput
    from ..models.service_territory_list import ServiceTerritoryList
    from ..models.service_territory_provider import ServiceTerritoryProvider
    from ..models.service_territory_provider_list import ServiceTerritoryProviderList
    from ..models.service_territory_update import ServiceTerritoryUpdate
    from ..models.success import Success
    from ..models.talent_pool_provider_removal import TalentPoolProviderRemoval

__all__ = ["AsyncServiceTerritoriesResource", "ServiceTerritoriesResource"]

Timeout = float | httpx.Timeout | None


class ServiceTerritoriesResource(SyncResource):
    """Service territories operations; reach them as ``client.service_territories``."""

    def list_service_territories(
        self,
        *,
        f_project_id: int | Unset = UNSET,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: ListServiceTerritoriesSortDirection | Unset = UNSET,
        timeout: Timeout = None,
    ) -> ServiceTerritoryList:
        """List Service Territories.

        Pages through the company's service territories, optionally for one project.

        ``GET /service-territories``

        Args:
            f_project_id (int | Unset):
            limit (int | Unset):  Default: 20.
            cursor (str | Unset):
            sort_by (str | Unset):
            sort_direction (ListServiceTerritoriesSortDirection | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.service_territories import list_service_territories as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                f_project_id=f_project_id,
                limit=limit,
                cursor=cursor,
                sort_by=sort_by,
                sort_direction=sort_direction,
            ),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def iter_service_territories(
        self,
        *,
        f_project_id: int | Unset = UNSET,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListServiceTerritoriesSortDirection | Unset = UNSET,
        timeout: Timeout = None,
    ) -> Iterator[ServiceTerritory]:
        """List Service Territories: every item, across all pages.

        Pages through the company's service territories, optionally for one project.

        ``GET /service-territories``

        Args:
            f_project_id (int | Unset):
            limit (int | Unset):  Default: 20.
            sort_by (str | Unset):
            sort_direction (ListServiceTerritoriesSortDirection | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: str | None) -> ServiceTerritoryList:
            return self.list_service_territories(
                f_project_id=f_project_id,
                limit=limit,
                cursor=UNSET if position is None else position,
                sort_by=sort_by,
                sort_direction=sort_direction,
                timeout=timeout,
            )

        return iter_cursor(fetch, "data")

    def create_service_territory(
        self, *, body: ServiceTerritoryInput, timeout: Timeout = None
    ) -> ServiceTerritory:
        """Create Service Territory.

        Creates a service territory in a project. Attributes sent with it (coverage radius, region
        codes...) are stored by name.

        ``POST /service-territories``

        Args:
            body (ServiceTerritoryInput): Body of the create request. Example: {'name': 'Southwest
                Territory', 'project_id': 2201, 'display_name': 'SW Region', 'attributes': [{'name':
                'coverage_radius', 'value': '50'}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.service_territories import create_service_territory as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def get_service_territory(
        self, service_territory_uuid: UUID, *, timeout: Timeout = None
    ) -> ServiceTerritory:
        """Get Service Territory.

        Reads one service territory with its tiers, attributes and provider count.

        ``GET /service-territories/{service_territory_uuid}``

        Args:
            service_territory_uuid (UUID):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.service_territories import get_service_territory as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(service_territory_uuid=service_territory_uuid),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def update_service_territory(
        self, service_territory_uuid: UUID, *, body: ServiceTerritoryUpdate, timeout: Timeout = None
    ) -> ServiceTerritory:
        """Update service territory.

        Changes a service territory's names or project and upserts its attributes by name.

        ``PUT /service-territories/{service_territory_uuid}``

        Args:
            service_territory_uuid (UUID):
            body (ServiceTerritoryUpdate): Body of the update request; fields left out keep their
                value. Example: {'display_name': 'SW Region (AZ, NM)', 'attributes': [{'name':
                'coverage_radius', 'value': '75'}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.service_territories import update_service_territory as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(service_territory_uuid=service_territory_uuid, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def delete_service_territory(self, service_territory_uuid: UUID, *, timeout: Timeout = None) -> Success:
        """Delete service territory.

        Deletes a service territory. Territories share the backing model of talent pool groups, whose
        delete also drops their tiers and provider memberships and cannot be undone.

        ``DELETE /service-territories/{service_territory_uuid}``

        Args:
            service_territory_uuid (UUID):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.service_territories import delete_service_territory as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(service_territory_uuid=service_territory_uuid),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def list_service_territory_providers(
        self,
        service_territory_uuid: UUID,
        *,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: ListServiceTerritoryProvidersSortDirection | Unset = UNSET,
        timeout: Timeout = None,
    ) -> ServiceTerritoryProviderList:
        """Get providers in a service territory.

        Pages through the providers covering a service territory, each with the tier they hold.

        ``GET /service-territories/{service_territory_uuid}/providers``

        Args:
            service_territory_uuid (UUID):
            limit (int | Unset):  Default: 20.
            cursor (str | Unset):
            sort_by (str | Unset):
            sort_direction (ListServiceTerritoryProvidersSortDirection | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.service_territories import list_service_territory_providers as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                service_territory_uuid=service_territory_uuid,
                limit=limit,
                cursor=cursor,
                sort_by=sort_by,
                sort_direction=sort_direction,
            ),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def iter_service_territory_providers(
        self,
        service_territory_uuid: UUID,
        *,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListServiceTerritoryProvidersSortDirection | Unset = UNSET,
        timeout: Timeout = None,
    ) -> Iterator[ServiceTerritoryProvider]:
        """Get providers in a service territory: every item, across all pages.

        Pages through the providers covering a service territory, each with the tier they hold.

        ``GET /service-territories/{service_territory_uuid}/providers``

        Args:
            service_territory_uuid (UUID):
            limit (int | Unset):  Default: 20.
            sort_by (str | Unset):
            sort_direction (ListServiceTerritoryProvidersSortDirection | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: str | None) -> ServiceTerritoryProviderList:
            return self.list_service_territory_providers(
                service_territory_uuid=service_territory_uuid,
                limit=limit,
                cursor=UNSET if position is None else position,
                sort_by=sort_by,
                sort_direction=sort_direction,
                timeout=timeout,
            )

        return iter_cursor(fetch, "data")

    def remove_service_territory_provider(
        self,
        service_territory_uuid: UUID,
        provider_id: int,
        *,
        tier_id: int | Unset = UNSET,
        remove_from_project: bool | Unset = UNSET,
        timeout: Timeout = None,
    ) -> TalentPoolProviderRemoval:
        """Remove provider from service territory.

        Takes a provider out of a service territory. Send `tierId` to remove the provider from that one
        tier of the territory, or `removeFromProject=true` to remove the provider from every service
        territory of the project. One of the two is required; a request with neither is answered 400.

        ``DELETE /service-territories/{service_territory_uuid}/providers/{provider_id}``

        Args:
            service_territory_uuid (UUID):
            provider_id (int):
            tier_id (int | Unset):
            remove_from_project (bool | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.service_territories import remove_service_territory_provider as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                service_territory_uuid=service_territory_uuid,
                provider_id=provider_id,
                tier_id=tier_id,
                remove_from_project=remove_from_project,
            ),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )


class AsyncServiceTerritoriesResource(AsyncResource):
    """Service territories operations; reach them as ``async_client.service_territories``."""

    async def list_service_territories(
        self,
        *,
        f_project_id: int | Unset = UNSET,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: ListServiceTerritoriesSortDirection | Unset = UNSET,
        timeout: Timeout = None,
    ) -> ServiceTerritoryList:
        """List Service Territories.

        Pages through the company's service territories, optionally for one project.

        ``GET /service-territories``

        Args:
            f_project_id (int | Unset):
            limit (int | Unset):  Default: 20.
            cursor (str | Unset):
            sort_by (str | Unset):
            sort_direction (ListServiceTerritoriesSortDirection | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.service_territories import list_service_territories as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                f_project_id=f_project_id,
                limit=limit,
                cursor=cursor,
                sort_by=sort_by,
                sort_direction=sort_direction,
            ),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def iter_service_territories(
        self,
        *,
        f_project_id: int | Unset = UNSET,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListServiceTerritoriesSortDirection | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AsyncIterator[ServiceTerritory]:
        """List Service Territories: every item, across all pages.

        Pages through the company's service territories, optionally for one project.

        ``GET /service-territories``

        Args:
            f_project_id (int | Unset):
            limit (int | Unset):  Default: 20.
            sort_by (str | Unset):
            sort_direction (ListServiceTerritoriesSortDirection | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: str | None) -> ServiceTerritoryList:
            return await self.list_service_territories(
                f_project_id=f_project_id,
                limit=limit,
                cursor=UNSET if position is None else position,
                sort_by=sort_by,
                sort_direction=sort_direction,
                timeout=timeout,
            )

        return aiter_cursor(fetch, "data")

    async def create_service_territory(
        self, *, body: ServiceTerritoryInput, timeout: Timeout = None
    ) -> ServiceTerritory:
        """Create Service Territory.

        Creates a service territory in a project. Attributes sent with it (coverage radius, region
        codes...) are stored by name.

        ``POST /service-territories``

        Args:
            body (ServiceTerritoryInput): Body of the create request. Example: {'name': 'Southwest
                Territory', 'project_id': 2201, 'display_name': 'SW Region', 'attributes': [{'name':
                'coverage_radius', 'value': '50'}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.service_territories import create_service_territory as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    async def get_service_territory(
        self, service_territory_uuid: UUID, *, timeout: Timeout = None
    ) -> ServiceTerritory:
        """Get Service Territory.

        Reads one service territory with its tiers, attributes and provider count.

        ``GET /service-territories/{service_territory_uuid}``

        Args:
            service_territory_uuid (UUID):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.service_territories import get_service_territory as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(service_territory_uuid=service_territory_uuid),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    async def update_service_territory(
        self, service_territory_uuid: UUID, *, body: ServiceTerritoryUpdate, timeout: Timeout = None
    ) -> ServiceTerritory:
        """Update service territory.

        Changes a service territory's names or project and upserts its attributes by name.

        ``PUT /service-territories/{service_territory_uuid}``

        Args:
            service_territory_uuid (UUID):
            body (ServiceTerritoryUpdate): Body of the update request; fields left out keep their
                value. Example: {'display_name': 'SW Region (AZ, NM)', 'attributes': [{'name':
                'coverage_radius', 'value': '75'}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.service_territories import update_service_territory as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(service_territory_uuid=service_territory_uuid, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    async def delete_service_territory(
        self, service_territory_uuid: UUID, *, timeout: Timeout = None
    ) -> Success:
        """Delete service territory.

        Deletes a service territory. Territories share the backing model of talent pool groups, whose
        delete also drops their tiers and provider memberships and cannot be undone.

        ``DELETE /service-territories/{service_territory_uuid}``

        Args:
            service_territory_uuid (UUID):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.service_territories import delete_service_territory as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(service_territory_uuid=service_territory_uuid),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    async def list_service_territory_providers(
        self,
        service_territory_uuid: UUID,
        *,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: ListServiceTerritoryProvidersSortDirection | Unset = UNSET,
        timeout: Timeout = None,
    ) -> ServiceTerritoryProviderList:
        """Get providers in a service territory.

        Pages through the providers covering a service territory, each with the tier they hold.

        ``GET /service-territories/{service_territory_uuid}/providers``

        Args:
            service_territory_uuid (UUID):
            limit (int | Unset):  Default: 20.
            cursor (str | Unset):
            sort_by (str | Unset):
            sort_direction (ListServiceTerritoryProvidersSortDirection | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.service_territories import list_service_territory_providers as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                service_territory_uuid=service_territory_uuid,
                limit=limit,
                cursor=cursor,
                sort_by=sort_by,
                sort_direction=sort_direction,
            ),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def iter_service_territory_providers(
        self,
        service_territory_uuid: UUID,
        *,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListServiceTerritoryProvidersSortDirection | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AsyncIterator[ServiceTerritoryProvider]:
        """Get providers in a service territory: every item, across all pages.

        Pages through the providers covering a service territory, each with the tier they hold.

        ``GET /service-territories/{service_territory_uuid}/providers``

        Args:
            service_territory_uuid (UUID):
            limit (int | Unset):  Default: 20.
            sort_by (str | Unset):
            sort_direction (ListServiceTerritoryProvidersSortDirection | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: str | None) -> ServiceTerritoryProviderList:
            return await self.list_service_territory_providers(
                service_territory_uuid=service_territory_uuid,
                limit=limit,
                cursor=UNSET if position is None else position,
                sort_by=sort_by,
                sort_direction=sort_direction,
                timeout=timeout,
            )

        return aiter_cursor(fetch, "data")

    async def remove_service_territory_provider(
        self,
        service_territory_uuid: UUID,
        provider_id: int,
        *,
        tier_id: int | Unset = UNSET,
        remove_from_project: bool | Unset = UNSET,
        timeout: Timeout = None,
    ) -> TalentPoolProviderRemoval:
        """Remove provider from service territory.

        Takes a provider out of a service territory. Send `tierId` to remove the provider from that one
        tier of the territory, or `removeFromProject=true` to remove the provider from every service
        territory of the project. One of the two is required; a request with neither is answered 400.

        ``DELETE /service-territories/{service_territory_uuid}/providers/{provider_id}``

        Args:
            service_territory_uuid (UUID):
            provider_id (int):
            tier_id (int | Unset):
            remove_from_project (bool | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.service_territories import remove_service_territory_provider as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                service_territory_uuid=service_territory_uuid,
                provider_id=provider_id,
                tier_id=tier_id,
                remove_from_project=remove_from_project,
            ),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )
