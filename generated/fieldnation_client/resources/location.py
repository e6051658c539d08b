"""Location: 2 operations, sync (``LocationResource``) and async (``AsyncLocationResource``)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

from .._resource import AsyncResource, SyncResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.async_job import AsyncJob
    from ..models.location import Location
    from ..models.location_input import LocationInput, LocationInputDict

    pass

__all__ = ["AsyncLocationResource", "LocationResource"]

Timeout = float | httpx.Timeout | None


class LocationResource(SyncResource):
    """Location operations; reach them as ``client.location``."""

    @cached_property
    def with_raw_response(self) -> LocationResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return LocationResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> LocationResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return LocationResourceWithStreamingResponse(self)

    def get_work_order_location(
        self,
        work_order_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Location:
        """Get Work Order Location.

        Returns where the work happens: the mode (custom address, saved location or remote), the
        address, its coordinates and type, and the saved location's details when one is used.

        ``GET /workorders/{work_order_id}/location``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.location import get_work_order_location as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, acting_user_id=acting_user_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    @overload
    def update_work_order_location(
        self,
        work_order_id: int,
        *,
        body: LocationInput | LocationInputDict,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Location: ...

    @overload
    def update_work_order_location(
        self,
        work_order_id: int,
        *,
        body: LocationInput | LocationInputDict,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def update_work_order_location(
        self,
        work_order_id: int,
        *,
        body: LocationInput | LocationInputDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Location | AsyncJob: ...

    def update_work_order_location(
        self,
        work_order_id: int,
        *,
        body: LocationInput | LocationInputDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Location | AsyncJob:
        """Update Work Order Location.

        Sets where the work happens: a custom address (send the whole address), one of the company's
        saved locations (by id), or remote work. A custom address can be saved as a new saved location
        at the same time. The answer is the updated location.

        ``PUT /workorders/{work_order_id}/location``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            body (LocationInput): The location to set on a work order. For `custom`, send the full
                address (the platform replaces the whole address, so send every field even when changing
                one). For `location`, send `saved_location.id`. For `remote`, `mode` alone is enough.
                Example: {'mode': 'custom', 'display_name': 'Northside Office Supply', 'address1': '1254
                Commerce Lane', 'address2': 'Suite 100', 'city': 'Minneapolis', 'state': 'MN', 'zip':
                '55402', 'country': 'US', 'type': {'id': 1}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.location import update_work_order_location as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body, async_=async_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncLocationResource(AsyncResource):
    """Location operations; reach them as ``async_client.location``."""

    @cached_property
    def with_raw_response(self) -> AsyncLocationResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncLocationResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncLocationResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncLocationResourceWithStreamingResponse(self)

    async def get_work_order_location(
        self,
        work_order_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Location:
        """Get Work Order Location.

        Returns where the work happens: the mode (custom address, saved location or remote), the
        address, its coordinates and type, and the saved location's details when one is used.

        ``GET /workorders/{work_order_id}/location``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.location import get_work_order_location as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, acting_user_id=acting_user_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    @overload
    async def update_work_order_location(
        self,
        work_order_id: int,
        *,
        body: LocationInput | LocationInputDict,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Location: ...

    @overload
    async def update_work_order_location(
        self,
        work_order_id: int,
        *,
        body: LocationInput | LocationInputDict,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def update_work_order_location(
        self,
        work_order_id: int,
        *,
        body: LocationInput | LocationInputDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Location | AsyncJob: ...

    async def update_work_order_location(
        self,
        work_order_id: int,
        *,
        body: LocationInput | LocationInputDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Location | AsyncJob:
        """Update Work Order Location.

        Sets where the work happens: a custom address (send the whole address), one of the company's
        saved locations (by id), or remote work. A custom address can be saved as a new saved location
        at the same time. The answer is the updated location.

        ``PUT /workorders/{work_order_id}/location``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            body (LocationInput): The location to set on a work order. For `custom`, send the full
                address (the platform replaces the whole address, so send every field even when changing
                one). For `location`, send `saved_location.id`. For `remote`, `mode` alone is enough.
                Example: {'mode': 'custom', 'display_name': 'Northside Office Supply', 'address1': '1254
                Commerce Lane', 'address2': 'Suite 100', 'city': 'Minneapolis', 'state': 'MN', 'zip':
                '55402', 'country': 'US', 'type': {'id': 1}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.location import update_work_order_location as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body, async_=async_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class LocationResourceWithRawResponse:
    """``LocationResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: LocationResource) -> None:
        self.get_work_order_location = to_raw_response_wrapper(resource.get_work_order_location)
        self.update_work_order_location = to_raw_response_wrapper(resource.update_work_order_location)


class LocationResourceWithStreamingResponse:
    """``LocationResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: LocationResource) -> None:
        self.get_work_order_location = to_streamed_response_wrapper(resource.get_work_order_location)
        self.update_work_order_location = to_streamed_response_wrapper(resource.update_work_order_location)


class AsyncLocationResourceWithRawResponse:
    """``AsyncLocationResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncLocationResource) -> None:
        self.get_work_order_location = async_to_raw_response_wrapper(resource.get_work_order_location)
        self.update_work_order_location = async_to_raw_response_wrapper(resource.update_work_order_location)


class AsyncLocationResourceWithStreamingResponse:
    """``AsyncLocationResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncLocationResource) -> None:
        self.get_work_order_location = async_to_streamed_response_wrapper(resource.get_work_order_location)
        self.update_work_order_location = async_to_streamed_response_wrapper(
            resource.update_work_order_location
        )
