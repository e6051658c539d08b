"""Service types: 1 operation, sync (``ServiceTypesResource``) and async (``AsyncServiceTypesResource``)."""

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
    from ..models.service_type import ServiceType
    from ..models.service_type_list import ServiceTypeList

    pass

__all__ = ["AsyncServiceTypesResource", "ServiceTypesResource"]

Timeout = float | httpx.Timeout | None


class ServiceTypesResource(SyncResource):
    """Service types operations; reach them as ``client.service_types``."""

    @cached_property
    def with_raw_response(self) -> ServiceTypesResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return ServiceTypesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServiceTypesResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return ServiceTypesResourceWithStreamingResponse(self)

    def list_service_types(
        self,
        type_of_work_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> ServiceTypeList:
        """List Service Types.

        Lists the service types (installation, troubleshooting...) available under one type of work.
        Automatic dispatch needs a service type as well as a type of work.

        ``GET /types-of-work/{type_of_work_id}/service-types``

        Args:
            type_of_work_id (int):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.service_types import list_service_types as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(type_of_work_id=type_of_work_id, page=page, per_page=per_page),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_service_types(
        self,
        type_of_work_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[ServiceType]:
        """List Service Types: every item, across all pages.

        Lists the service types (installation, troubleshooting...) available under one type of work.
        Automatic dispatch needs a service type as well as a type of work.

        ``GET /types-of-work/{type_of_work_id}/service-types``

        Args:
            type_of_work_id (int):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> ServiceTypeList:
            return self.list_service_types(
                type_of_work_id=type_of_work_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def page_service_types(
        self,
        type_of_work_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[ServiceType, ServiceTypeList]:
        """The first page of ``list_service_types`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: int) -> ServiceTypeList:
            return self.list_service_types(
                type_of_work_id=type_of_work_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "results", "page")


class AsyncServiceTypesResource(AsyncResource):
    """Service types operations; reach them as ``async_client.service_types``."""

    @cached_property
    def with_raw_response(self) -> AsyncServiceTypesResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncServiceTypesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServiceTypesResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncServiceTypesResourceWithStreamingResponse(self)

    async def list_service_types(
        self,
        type_of_work_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> ServiceTypeList:
        """List Service Types.

        Lists the service types (installation, troubleshooting...) available under one type of work.
        Automatic dispatch needs a service type as well as a type of work.

        ``GET /types-of-work/{type_of_work_id}/service-types``

        Args:
            type_of_work_id (int):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.service_types import list_service_types as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(type_of_work_id=type_of_work_id, page=page, per_page=per_page),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_service_types(
        self,
        type_of_work_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[ServiceType]:
        """List Service Types: every item, across all pages.

        Lists the service types (installation, troubleshooting...) available under one type of work.
        Automatic dispatch needs a service type as well as a type of work.

        ``GET /types-of-work/{type_of_work_id}/service-types``

        Args:
            type_of_work_id (int):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> ServiceTypeList:
            return await self.list_service_types(
                type_of_work_id=type_of_work_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def page_service_types(
        self,
        type_of_work_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[ServiceType, ServiceTypeList]:
        """The first page of ``list_service_types`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: int) -> ServiceTypeList:
            return await self.list_service_types(
                type_of_work_id=type_of_work_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "results", "page")


class ServiceTypesResourceWithRawResponse:
    """``ServiceTypesResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: ServiceTypesResource) -> None:
        self.list_service_types = to_raw_response_wrapper(resource.list_service_types)


class ServiceTypesResourceWithStreamingResponse:
    """``ServiceTypesResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: ServiceTypesResource) -> None:
        self.list_service_types = to_streamed_response_wrapper(resource.list_service_types)


class AsyncServiceTypesResourceWithRawResponse:
    """``AsyncServiceTypesResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncServiceTypesResource) -> None:
        self.list_service_types = async_to_raw_response_wrapper(resource.list_service_types)


class AsyncServiceTypesResourceWithStreamingResponse:
    """``AsyncServiceTypesResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncServiceTypesResource) -> None:
        self.list_service_types = async_to_streamed_response_wrapper(resource.list_service_types)
