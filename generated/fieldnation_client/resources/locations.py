"""Locations: 3 operations, sync (``LocationsResource``) and async (``AsyncLocationsResource``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from .._pagination import AsyncPage, SyncPage, aiter_pages, iter_pages
from .._resource import AsyncResource, SyncResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..types import Unset

if TYPE_CHECKING:
    from ..models.stored_location import StoredLocation
    from ..models.stored_location_created import StoredLocationCreated
    from ..models.stored_location_input import StoredLocationInput, StoredLocationInputDict
    from ..models.stored_location_list import StoredLocationList

    pass

__all__ = ["AsyncLocationsResource", "LocationsResource"]

Timeout = float | httpx.Timeout | None


class LocationsResource(SyncResource):
    """Locations operations; reach them as ``client.locations``."""

    @cached_property
    def with_raw_response(self) -> LocationsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return LocationsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> LocationsResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return LocationsResourceWithStreamingResponse(self)

    def list_stored_locations(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> StoredLocationList:
        """List Locations.

        Pages through the company's active saved locations. List items leave out the location's
        attributes and contact; read one location for those.

        ``GET /locations``

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.locations import list_stored_locations as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(page=page, per_page=per_page),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_stored_locations(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[StoredLocation]:
        """List Locations: every item, across all pages.

        Pages through the company's active saved locations. List items leave out the location's
        attributes and contact; read one location for those.

        ``GET /locations``

        Args:
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> StoredLocationList:
            return self.list_stored_locations(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def page_stored_locations(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[StoredLocation, StoredLocationList]:
        """The first page of ``list_stored_locations`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: int) -> StoredLocationList:
            return self.list_stored_locations(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "results", "page")

    def create_stored_location(
        self,
        *,
        body: StoredLocationInput | StoredLocationInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> StoredLocationCreated:
        """Create Location.

        Saves a location for the company, optionally with a contact, a group and the client it belongs
        to, and answers the new location's id.

        ``POST /locations``

        Args:
            body (StoredLocationInput): Body of the create request. Example: {'name': 'New Saved
                Location', 'display_name': 'ABC Corp', 'address1': '123 Main Street', 'address2':
                'Building 4C', 'city': 'Phoenix', 'state': 'AZ', 'zip': '85001', 'country': 'US', 'type':
                1, 'contact': {'name': 'Office Manager', 'email': 'mgr@example.com', 'phone':
                '4805551234', 'phone_ext': ''}, 'group': 'AZ Locations', 'client': 301}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.locations import create_stored_location as _op  # loaded on first call

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

    def get_stored_location(
        self,
        location_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> StoredLocation:
        """Get Location.

        Reads one saved location in full, including its contact, notes, custom attributes, time zone and
        coordinates.

        ``GET /locations/{location_id}``

        Args:
            location_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.locations import get_stored_location as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(location_id=location_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncLocationsResource(AsyncResource):
    """Locations operations; reach them as ``async_client.locations``."""

    @cached_property
    def with_raw_response(self) -> AsyncLocationsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncLocationsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncLocationsResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncLocationsResourceWithStreamingResponse(self)

    async def list_stored_locations(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> StoredLocationList:
        """List Locations.

        Pages through the company's active saved locations. List items leave out the location's
        attributes and contact; read one location for those.

        ``GET /locations``

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.locations import list_stored_locations as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(page=page, per_page=per_page),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_stored_locations(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[StoredLocation]:
        """List Locations: every item, across all pages.

        Pages through the company's active saved locations. List items leave out the location's
        attributes and contact; read one location for those.

        ``GET /locations``

        Args:
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> StoredLocationList:
            return await self.list_stored_locations(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def page_stored_locations(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[StoredLocation, StoredLocationList]:
        """The first page of ``list_stored_locations`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: int) -> StoredLocationList:
            return await self.list_stored_locations(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "results", "page")

    async def create_stored_location(
        self,
        *,
        body: StoredLocationInput | StoredLocationInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> StoredLocationCreated:
        """Create Location.

        Saves a location for the company, optionally with a contact, a group and the client it belongs
        to, and answers the new location's id.

        ``POST /locations``

        Args:
            body (StoredLocationInput): Body of the create request. Example: {'name': 'New Saved
                Location', 'display_name': 'ABC Corp', 'address1': '123 Main Street', 'address2':
                'Building 4C', 'city': 'Phoenix', 'state': 'AZ', 'zip': '85001', 'country': 'US', 'type':
                1, 'contact': {'name': 'Office Manager', 'email': 'mgr@example.com', 'phone':
                '4805551234', 'phone_ext': ''}, 'group': 'AZ Locations', 'client': 301}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.locations import create_stored_location as _op  # loaded on first call

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

    async def get_stored_location(
        self,
        location_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> StoredLocation:
        """Get Location.

        Reads one saved location in full, including its contact, notes, custom attributes, time zone and
        coordinates.

        ``GET /locations/{location_id}``

        Args:
            location_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.locations import get_stored_location as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(location_id=location_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class LocationsResourceWithRawResponse:
    """``LocationsResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: LocationsResource) -> None:
        self.list_stored_locations = to_raw_response_wrapper(resource.list_stored_locations)
        self.create_stored_location = to_raw_response_wrapper(resource.create_stored_location)
        self.get_stored_location = to_raw_response_wrapper(resource.get_stored_location)


class LocationsResourceWithStreamingResponse:
    """``LocationsResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: LocationsResource) -> None:
        self.list_stored_locations = to_streamed_response_wrapper(resource.list_stored_locations)
        self.create_stored_location = to_streamed_response_wrapper(resource.create_stored_location)
        self.get_stored_location = to_streamed_response_wrapper(resource.get_stored_location)


class AsyncLocationsResourceWithRawResponse:
    """``AsyncLocationsResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncLocationsResource) -> None:
        self.list_stored_locations = async_to_raw_response_wrapper(resource.list_stored_locations)
        self.create_stored_location = async_to_raw_response_wrapper(resource.create_stored_location)
        self.get_stored_location = async_to_raw_response_wrapper(resource.get_stored_location)


class AsyncLocationsResourceWithStreamingResponse:
    """``AsyncLocationsResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncLocationsResource) -> None:
        self.list_stored_locations = async_to_streamed_response_wrapper(resource.list_stored_locations)
        self.create_stored_location = async_to_streamed_response_wrapper(resource.create_stored_location)
        self.get_stored_location = async_to_streamed_response_wrapper(resource.get_stored_location)
