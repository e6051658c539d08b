"""Provider attributes: 5 operations, sync (``ProviderAttributesResource``) and async (``AsyncProviderAttributesResource``)."""

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
    from ..models.list_provider_attributes_sort_direction import ListProviderAttributesSortDirection
    from ..models.provider_attribute import ProviderAttribute
    from ..models.provider_attribute_bulk_update import (
        ProviderAttributeBulkUpdate,
        ProviderAttributeBulkUpdateDict,
    )
    from ..models.provider_attribute_create import ProviderAttributeCreate, ProviderAttributeCreateDict
    from ..models.provider_attribute_list import ProviderAttributeList
    from ..models.provider_attribute_result import ProviderAttributeResult
    from ..models.provider_attribute_update import ProviderAttributeUpdate, ProviderAttributeUpdateDict
    from ..models.success import Success

    pass

__all__ = ["AsyncProviderAttributesResource", "ProviderAttributesResource"]

Timeout = float | httpx.Timeout | None


class ProviderAttributesResource(SyncResource):
    """Provider attributes operations; reach them as ``client.provider_attributes``."""

    @cached_property
    def with_raw_response(self) -> ProviderAttributesResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return ProviderAttributesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ProviderAttributesResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return ProviderAttributesResourceWithStreamingResponse(self)

    def list_provider_attributes(
        self,
        talent_pool_id: int,
        provider_id: int,
        *,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: ListProviderAttributesSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> ProviderAttributeList:
        """List Provider Attributes.

        Pages through the attributes recorded for one provider in one talent pool (tier), with an
        optional sort.

        ``GET /talent-pools/{talent_pool_id}/providers/{provider_id}/attributes``

        Args:
            talent_pool_id (int):
            provider_id (int):
            limit (int | Unset):  Default: 20.
            cursor (str | Unset):
            sort_by (str | Unset):
            sort_direction (ListProviderAttributesSortDirection | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.provider_attributes import list_provider_attributes as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                talent_pool_id=talent_pool_id,
                provider_id=provider_id,
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

    def iter_provider_attributes(
        self,
        talent_pool_id: int,
        provider_id: int,
        *,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListProviderAttributesSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[ProviderAttribute]:
        """List Provider Attributes: every item, across all pages.

        Pages through the attributes recorded for one provider in one talent pool (tier), with an
        optional sort.

        ``GET /talent-pools/{talent_pool_id}/providers/{provider_id}/attributes``

        Args:
            talent_pool_id (int):
            provider_id (int):
            limit (int | Unset):  Default: 20.
            sort_by (str | Unset):
            sort_direction (ListProviderAttributesSortDirection | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: str | None) -> ProviderAttributeList:
            return self.list_provider_attributes(
                talent_pool_id=talent_pool_id,
                provider_id=provider_id,
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

    def page_provider_attributes(
        self,
        talent_pool_id: int,
        provider_id: int,
        *,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListProviderAttributesSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[ProviderAttribute, ProviderAttributeList]:
        """The first page of ``list_provider_attributes`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: str | None) -> ProviderAttributeList:
            return self.list_provider_attributes(
                talent_pool_id=talent_pool_id,
                provider_id=provider_id,
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

    def update_provider_attributes(
        self,
        talent_pool_id: int,
        provider_id: int,
        *,
        body: ProviderAttributeBulkUpdate | ProviderAttributeBulkUpdateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> ProviderAttributeResult:
        """Update Provider Attributes.

        Sets new values on several existing attributes of a provider in a talent pool at once, each
        addressed by its UUID.

        ``PUT /talent-pools/{talent_pool_id}/providers/{provider_id}/attributes``

        Args:
            talent_pool_id (int):
            provider_id (int):
            body (ProviderAttributeBulkUpdate): Body of the bulk update request. Example:
                {'attributes': [{'talent_pool_provider_attribute_id':
                '9a1e4c3b-2f7d-4e58-b6a0-1c2d3e4f5a6b', 'value': '75.00'}, {'id':
                '4b7d2e1f-8c3a-4f6e-9d05-2a1b3c4d5e6f', 'value': 'critical'}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.provider_attributes import update_provider_attributes as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(talent_pool_id=talent_pool_id, provider_id=provider_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def create_provider_attributes(
        self,
        talent_pool_id: int,
        provider_id: int,
        *,
        body: ProviderAttributeCreate | ProviderAttributeCreateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> ProviderAttributeResult:
        """Create Provider Attributes.

        Records one or more new name/value attributes for a provider in a talent pool and answers the
        attributes as stored, with their UUIDs.

        ``POST /talent-pools/{talent_pool_id}/providers/{provider_id}/attributes``

        Args:
            talent_pool_id (int):
            provider_id (int):
            body (ProviderAttributeCreate): Body of the create request. Example: {'attributes':
                [{'name': 'pay_rate', 'value': '65.00'}, {'name': 'priority', 'value': 'high'}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.provider_attributes import create_provider_attributes as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(talent_pool_id=talent_pool_id, provider_id=provider_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_provider_attribute(
        self,
        talent_pool_id: int,
        provider_id: int,
        attribute_uuid: UUID,
        *,
        body: ProviderAttributeUpdate | ProviderAttributeUpdateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> ProviderAttribute:
        """Update Provider Attribute.

        Sets a new value on one attribute of a provider in a talent pool.

        ``PUT /talent-pools/{talent_pool_id}/providers/{provider_id}/attributes/{attribute_uuid}``

        Args:
            talent_pool_id (int):
            provider_id (int):
            attribute_uuid (UUID):
            body (ProviderAttributeUpdate): Body of the single-attribute update request. Example:
                {'value': '75.00'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.provider_attributes import update_provider_attribute as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                talent_pool_id=talent_pool_id,
                provider_id=provider_id,
                attribute_uuid=attribute_uuid,
                body=body,
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

    def delete_provider_attribute(
        self,
        talent_pool_id: int,
        provider_id: int,
        attribute_uuid: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Success:
        """Delete Provider Attribute.

        Removes one attribute from a provider in a talent pool.

        ``DELETE /talent-pools/{talent_pool_id}/providers/{provider_id}/attributes/{attribute_uuid}``

        Args:
            talent_pool_id (int):
            provider_id (int):
            attribute_uuid (UUID):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.provider_attributes import delete_provider_attribute as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                talent_pool_id=talent_pool_id, provider_id=provider_id, attribute_uuid=attribute_uuid
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


class AsyncProviderAttributesResource(AsyncResource):
    """Provider attributes operations; reach them as ``async_client.provider_attributes``."""

    @cached_property
    def with_raw_response(self) -> AsyncProviderAttributesResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncProviderAttributesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncProviderAttributesResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncProviderAttributesResourceWithStreamingResponse(self)

    async def list_provider_attributes(
        self,
        talent_pool_id: int,
        provider_id: int,
        *,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: ListProviderAttributesSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> ProviderAttributeList:
        """List Provider Attributes.

        Pages through the attributes recorded for one provider in one talent pool (tier), with an
        optional sort.

        ``GET /talent-pools/{talent_pool_id}/providers/{provider_id}/attributes``

        Args:
            talent_pool_id (int):
            provider_id (int):
            limit (int | Unset):  Default: 20.
            cursor (str | Unset):
            sort_by (str | Unset):
            sort_direction (ListProviderAttributesSortDirection | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.provider_attributes import list_provider_attributes as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                talent_pool_id=talent_pool_id,
                provider_id=provider_id,
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

    def iter_provider_attributes(
        self,
        talent_pool_id: int,
        provider_id: int,
        *,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListProviderAttributesSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[ProviderAttribute]:
        """List Provider Attributes: every item, across all pages.

        Pages through the attributes recorded for one provider in one talent pool (tier), with an
        optional sort.

        ``GET /talent-pools/{talent_pool_id}/providers/{provider_id}/attributes``

        Args:
            talent_pool_id (int):
            provider_id (int):
            limit (int | Unset):  Default: 20.
            sort_by (str | Unset):
            sort_direction (ListProviderAttributesSortDirection | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: str | None) -> ProviderAttributeList:
            return await self.list_provider_attributes(
                talent_pool_id=talent_pool_id,
                provider_id=provider_id,
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

    async def page_provider_attributes(
        self,
        talent_pool_id: int,
        provider_id: int,
        *,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListProviderAttributesSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[ProviderAttribute, ProviderAttributeList]:
        """The first page of ``list_provider_attributes`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: str | None) -> ProviderAttributeList:
            return await self.list_provider_attributes(
                talent_pool_id=talent_pool_id,
                provider_id=provider_id,
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

    async def update_provider_attributes(
        self,
        talent_pool_id: int,
        provider_id: int,
        *,
        body: ProviderAttributeBulkUpdate | ProviderAttributeBulkUpdateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> ProviderAttributeResult:
        """Update Provider Attributes.

        Sets new values on several existing attributes of a provider in a talent pool at once, each
        addressed by its UUID.

        ``PUT /talent-pools/{talent_pool_id}/providers/{provider_id}/attributes``

        Args:
            talent_pool_id (int):
            provider_id (int):
            body (ProviderAttributeBulkUpdate): Body of the bulk update request. Example:
                {'attributes': [{'talent_pool_provider_attribute_id':
                '9a1e4c3b-2f7d-4e58-b6a0-1c2d3e4f5a6b', 'value': '75.00'}, {'id':
                '4b7d2e1f-8c3a-4f6e-9d05-2a1b3c4d5e6f', 'value': 'critical'}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.provider_attributes import update_provider_attributes as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(talent_pool_id=talent_pool_id, provider_id=provider_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def create_provider_attributes(
        self,
        talent_pool_id: int,
        provider_id: int,
        *,
        body: ProviderAttributeCreate | ProviderAttributeCreateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> ProviderAttributeResult:
        """Create Provider Attributes.

        Records one or more new name/value attributes for a provider in a talent pool and answers the
        attributes as stored, with their UUIDs.

        ``POST /talent-pools/{talent_pool_id}/providers/{provider_id}/attributes``

        Args:
            talent_pool_id (int):
            provider_id (int):
            body (ProviderAttributeCreate): Body of the create request. Example: {'attributes':
                [{'name': 'pay_rate', 'value': '65.00'}, {'name': 'priority', 'value': 'high'}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.provider_attributes import create_provider_attributes as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(talent_pool_id=talent_pool_id, provider_id=provider_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_provider_attribute(
        self,
        talent_pool_id: int,
        provider_id: int,
        attribute_uuid: UUID,
        *,
        body: ProviderAttributeUpdate | ProviderAttributeUpdateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> ProviderAttribute:
        """Update Provider Attribute.

        Sets a new value on one attribute of a provider in a talent pool.

        ``PUT /talent-pools/{talent_pool_id}/providers/{provider_id}/attributes/{attribute_uuid}``

        Args:
            talent_pool_id (int):
            provider_id (int):
            attribute_uuid (UUID):
            body (ProviderAttributeUpdate): Body of the single-attribute update request. Example:
                {'value': '75.00'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.provider_attributes import update_provider_attribute as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                talent_pool_id=talent_pool_id,
                provider_id=provider_id,
                attribute_uuid=attribute_uuid,
                body=body,
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

    async def delete_provider_attribute(
        self,
        talent_pool_id: int,
        provider_id: int,
        attribute_uuid: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Success:
        """Delete Provider Attribute.

        Removes one attribute from a provider in a talent pool.

        ``DELETE /talent-pools/{talent_pool_id}/providers/{provider_id}/attributes/{attribute_uuid}``

        Args:
            talent_pool_id (int):
            provider_id (int):
            attribute_uuid (UUID):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.provider_attributes import delete_provider_attribute as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                talent_pool_id=talent_pool_id, provider_id=provider_id, attribute_uuid=attribute_uuid
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


class ProviderAttributesResourceWithRawResponse:
    """``ProviderAttributesResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: ProviderAttributesResource) -> None:
        self.list_provider_attributes = to_raw_response_wrapper(resource.list_provider_attributes)
        self.update_provider_attributes = to_raw_response_wrapper(resource.update_provider_attributes)
        self.create_provider_attributes = to_raw_response_wrapper(resource.create_provider_attributes)
        self.update_provider_attribute = to_raw_response_wrapper(resource.update_provider_attribute)
        self.delete_provider_attribute = to_raw_response_wrapper(resource.delete_provider_attribute)


class ProviderAttributesResourceWithStreamingResponse:
    """``ProviderAttributesResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: ProviderAttributesResource) -> None:
        self.list_provider_attributes = to_streamed_response_wrapper(resource.list_provider_attributes)
        self.update_provider_attributes = to_streamed_response_wrapper(resource.update_provider_attributes)
        self.create_provider_attributes = to_streamed_response_wrapper(resource.create_provider_attributes)
        self.update_provider_attribute = to_streamed_response_wrapper(resource.update_provider_attribute)
        self.delete_provider_attribute = to_streamed_response_wrapper(resource.delete_provider_attribute)


class AsyncProviderAttributesResourceWithRawResponse:
    """``AsyncProviderAttributesResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncProviderAttributesResource) -> None:
        self.list_provider_attributes = async_to_raw_response_wrapper(resource.list_provider_attributes)
        self.update_provider_attributes = async_to_raw_response_wrapper(resource.update_provider_attributes)
        self.create_provider_attributes = async_to_raw_response_wrapper(resource.create_provider_attributes)
        self.update_provider_attribute = async_to_raw_response_wrapper(resource.update_provider_attribute)
        self.delete_provider_attribute = async_to_raw_response_wrapper(resource.delete_provider_attribute)


class AsyncProviderAttributesResourceWithStreamingResponse:
    """``AsyncProviderAttributesResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncProviderAttributesResource) -> None:
        self.list_provider_attributes = async_to_streamed_response_wrapper(resource.list_provider_attributes)
        self.update_provider_attributes = async_to_streamed_response_wrapper(
            resource.update_provider_attributes
        )
        self.create_provider_attributes = async_to_streamed_response_wrapper(
            resource.create_provider_attributes
        )
        self.update_provider_attribute = async_to_streamed_response_wrapper(
            resource.update_provider_attribute
        )
        self.delete_provider_attribute = async_to_streamed_response_wrapper(
            resource.delete_provider_attribute
        )
