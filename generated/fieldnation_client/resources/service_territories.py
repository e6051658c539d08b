"""Service territories: 7 operations, sync (``ServiceTerritoriesResource``) and async (``AsyncServiceTerritoriesResource``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any
from uuid import UUID

import httpx

from .._pagination import AsyncPage, SyncPage, aiter_cursor, iter_cursor
from .._resource import AsyncResource, SyncResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_service_territories_sort_direction import ListServiceTerritoriesSortDirection
    from ..models.list_service_territory_providers_sort_direction import (
        ListServiceTerritoryProvidersSortDirection,
    )
    from ..models.service_territory import ServiceTerritory
    from ..models.service_territory_input import ServiceTerritoryInput, ServiceTerritoryInputDict
    from ..models.service_territory_list import ServiceTerritoryList
    from ..models.service_territory_provider import ServiceTerritoryProvider
    from ..models.service_territory_provider_list import ServiceTerritoryProviderList
    from ..models.service_territory_update import ServiceTerritoryUpdate, ServiceTerritoryUpdateDict
    from ..models.success import Success
    from ..models.talent_pool_provider_removal import TalentPoolProviderRemoval

    pass

__all__ = ["AsyncServiceTerritoriesResource", "ServiceTerritoriesResource"]

Timeout = float | httpx.Timeout | None


class ServiceTerritoriesResource(SyncResource):
    """Service territories operations; reach them as ``client.service_territories``."""

    @cached_property
    def with_raw_response(self) -> ServiceTerritoriesResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return ServiceTerritoriesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServiceTerritoriesResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return ServiceTerritoriesResourceWithStreamingResponse(self)

    def list_service_territories(
        self,
        *,
        f_project_id: int | Unset = UNSET,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: ListServiceTerritoriesSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_service_territories(
        self,
        *,
        f_project_id: int | Unset = UNSET,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListServiceTerritoriesSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_cursor(fetch, "data")

    def page_service_territories(
        self,
        *,
        f_project_id: int | Unset = UNSET,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListServiceTerritoriesSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[ServiceTerritory, ServiceTerritoryList]:
        """The first page of ``list_service_territories`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: str | None) -> ServiceTerritoryList:
            return self.list_service_territories(
                f_project_id=f_project_id,
                limit=limit,
                cursor=UNSET if position is None else position,
                sort_by=sort_by,
                sort_direction=sort_direction,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "data", "cursor")

    def create_service_territory(
        self,
        *,
        body: ServiceTerritoryInput | ServiceTerritoryInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def get_service_territory(
        self,
        service_territory_uuid: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_service_territory(
        self,
        service_territory_uuid: UUID,
        *,
        body: ServiceTerritoryUpdate | ServiceTerritoryUpdateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete_service_territory(
        self,
        service_territory_uuid: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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

        return self._client.request(
            _op._get_kwargs(service_territory_uuid=service_territory_uuid),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def list_service_territory_providers(
        self,
        service_territory_uuid: UUID,
        *,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: ListServiceTerritoryProvidersSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_service_territory_providers(
        self,
        service_territory_uuid: UUID,
        *,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListServiceTerritoryProvidersSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_cursor(fetch, "data")

    def page_service_territory_providers(
        self,
        service_territory_uuid: UUID,
        *,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListServiceTerritoryProvidersSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[ServiceTerritoryProvider, ServiceTerritoryProviderList]:
        """The first page of ``list_service_territory_providers`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: str | None) -> ServiceTerritoryProviderList:
            return self.list_service_territory_providers(
                service_territory_uuid=service_territory_uuid,
                limit=limit,
                cursor=UNSET if position is None else position,
                sort_by=sort_by,
                sort_direction=sort_direction,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "data", "cursor")

    def remove_service_territory_provider(
        self,
        service_territory_uuid: UUID,
        provider_id: int,
        *,
        tier_id: int | Unset = UNSET,
        remove_from_project: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncServiceTerritoriesResource(AsyncResource):
    """Service territories operations; reach them as ``async_client.service_territories``."""

    @cached_property
    def with_raw_response(self) -> AsyncServiceTerritoriesResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncServiceTerritoriesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServiceTerritoriesResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncServiceTerritoriesResourceWithStreamingResponse(self)

    async def list_service_territories(
        self,
        *,
        f_project_id: int | Unset = UNSET,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: ListServiceTerritoriesSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_service_territories(
        self,
        *,
        f_project_id: int | Unset = UNSET,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListServiceTerritoriesSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_cursor(fetch, "data")

    async def page_service_territories(
        self,
        *,
        f_project_id: int | Unset = UNSET,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListServiceTerritoriesSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[ServiceTerritory, ServiceTerritoryList]:
        """The first page of ``list_service_territories`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: str | None) -> ServiceTerritoryList:
            return await self.list_service_territories(
                f_project_id=f_project_id,
                limit=limit,
                cursor=UNSET if position is None else position,
                sort_by=sort_by,
                sort_direction=sort_direction,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "data", "cursor")

    async def create_service_territory(
        self,
        *,
        body: ServiceTerritoryInput | ServiceTerritoryInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def get_service_territory(
        self,
        service_territory_uuid: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_service_territory(
        self,
        service_territory_uuid: UUID,
        *,
        body: ServiceTerritoryUpdate | ServiceTerritoryUpdateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete_service_territory(
        self,
        service_territory_uuid: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def list_service_territory_providers(
        self,
        service_territory_uuid: UUID,
        *,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: ListServiceTerritoryProvidersSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_service_territory_providers(
        self,
        service_territory_uuid: UUID,
        *,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListServiceTerritoryProvidersSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_cursor(fetch, "data")

    async def page_service_territory_providers(
        self,
        service_territory_uuid: UUID,
        *,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListServiceTerritoryProvidersSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[ServiceTerritoryProvider, ServiceTerritoryProviderList]:
        """The first page of ``list_service_territory_providers`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: str | None) -> ServiceTerritoryProviderList:
            return await self.list_service_territory_providers(
                service_territory_uuid=service_territory_uuid,
                limit=limit,
                cursor=UNSET if position is None else position,
                sort_by=sort_by,
                sort_direction=sort_direction,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "data", "cursor")

    async def remove_service_territory_provider(
        self,
        service_territory_uuid: UUID,
        provider_id: int,
        *,
        tier_id: int | Unset = UNSET,
        remove_from_project: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class ServiceTerritoriesResourceWithRawResponse:
    """``ServiceTerritoriesResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: ServiceTerritoriesResource) -> None:
        self.list_service_territories = to_raw_response_wrapper(resource.list_service_territories)
        self.create_service_territory = to_raw_response_wrapper(resource.create_service_territory)
        self.get_service_territory = to_raw_response_wrapper(resource.get_service_territory)
        self.update_service_territory = to_raw_response_wrapper(resource.update_service_territory)
        self.delete_service_territory = to_raw_response_wrapper(resource.delete_service_territory)
        self.list_service_territory_providers = to_raw_response_wrapper(
            resource.list_service_territory_providers
        )
        self.remove_service_territory_provider = to_raw_response_wrapper(
            resource.remove_service_territory_provider
        )


class ServiceTerritoriesResourceWithStreamingResponse:
    """``ServiceTerritoriesResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: ServiceTerritoriesResource) -> None:
        self.list_service_territories = to_streamed_response_wrapper(resource.list_service_territories)
        self.create_service_territory = to_streamed_response_wrapper(resource.create_service_territory)
        self.get_service_territory = to_streamed_response_wrapper(resource.get_service_territory)
        self.update_service_territory = to_streamed_response_wrapper(resource.update_service_territory)
        self.delete_service_territory = to_streamed_response_wrapper(resource.delete_service_territory)
        self.list_service_territory_providers = to_streamed_response_wrapper(
            resource.list_service_territory_providers
        )
        self.remove_service_territory_provider = to_streamed_response_wrapper(
            resource.remove_service_territory_provider
        )


class AsyncServiceTerritoriesResourceWithRawResponse:
    """``AsyncServiceTerritoriesResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncServiceTerritoriesResource) -> None:
        self.list_service_territories = async_to_raw_response_wrapper(resource.list_service_territories)
        self.create_service_territory = async_to_raw_response_wrapper(resource.create_service_territory)
        self.get_service_territory = async_to_raw_response_wrapper(resource.get_service_territory)
        self.update_service_territory = async_to_raw_response_wrapper(resource.update_service_territory)
        self.delete_service_territory = async_to_raw_response_wrapper(resource.delete_service_territory)
        self.list_service_territory_providers = async_to_raw_response_wrapper(
            resource.list_service_territory_providers
        )
        self.remove_service_territory_provider = async_to_raw_response_wrapper(
            resource.remove_service_territory_provider
        )


class AsyncServiceTerritoriesResourceWithStreamingResponse:
    """``AsyncServiceTerritoriesResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncServiceTerritoriesResource) -> None:
        self.list_service_territories = async_to_streamed_response_wrapper(resource.list_service_territories)
        self.create_service_territory = async_to_streamed_response_wrapper(resource.create_service_territory)
        self.get_service_territory = async_to_streamed_response_wrapper(resource.get_service_territory)
        self.update_service_territory = async_to_streamed_response_wrapper(resource.update_service_territory)
        self.delete_service_territory = async_to_streamed_response_wrapper(resource.delete_service_territory)
        self.list_service_territory_providers = async_to_streamed_response_wrapper(
            resource.list_service_territory_providers
        )
        self.remove_service_territory_provider = async_to_streamed_response_wrapper(
            resource.remove_service_territory_provider
        )
