"""Clients: 3 operations, sync (``ClientsResource``) and async (``AsyncClientsResource``)."""

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client import Client
    from ..models.client_input import ClientInput, ClientInputDict
    from ..models.client_list import ClientList
    from ..models.list_clients_f_deactivated import ListClientsFDeactivated
    from ..models.list_clients_f_deleted import ListClientsFDeleted

    pass

__all__ = ["AsyncClientsResource", "ClientsResource"]

Timeout = float | httpx.Timeout | None


class ClientsResource(SyncResource):
    """Clients operations; reach them as ``client.clients``."""

    @cached_property
    def with_raw_response(self) -> ClientsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return ClientsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ClientsResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return ClientsResourceWithStreamingResponse(self)

    def list_clients(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        columns: str | Unset = UNSET,
        f_deactivated: ListClientsFDeactivated | Unset = UNSET,
        f_deleted: ListClientsFDeleted | Unset = UNSET,
        list_: str | Unset = UNSET,
        smart_list: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> ClientList:
        """List Clients.

        Pages through the company's clients. Deactivated and deleted clients can be included with
        filters, a saved list can be chosen, and `columns` limits the fields returned.

        ``GET /clients``

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.
            columns (str | Unset):
            f_deactivated (ListClientsFDeactivated | Unset):
            f_deleted (ListClientsFDeleted | Unset):
            list_ (str | Unset):
            smart_list (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.clients import list_clients as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                page=page,
                per_page=per_page,
                columns=columns,
                f_deactivated=f_deactivated,
                f_deleted=f_deleted,
                list_=list_,
                smart_list=smart_list,
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

    def iter_clients(
        self,
        *,
        per_page: int | Unset = 25,
        columns: str | Unset = UNSET,
        f_deactivated: ListClientsFDeactivated | Unset = UNSET,
        f_deleted: ListClientsFDeleted | Unset = UNSET,
        list_: str | Unset = UNSET,
        smart_list: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[Client]:
        """List Clients: every item, across all pages.

        Pages through the company's clients. Deactivated and deleted clients can be included with
        filters, a saved list can be chosen, and `columns` limits the fields returned.

        ``GET /clients``

        Args:
            per_page (int | Unset):  Default: 25.
            columns (str | Unset):
            f_deactivated (ListClientsFDeactivated | Unset):
            f_deleted (ListClientsFDeleted | Unset):
            list_ (str | Unset):
            smart_list (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> ClientList:
            return self.list_clients(
                page=position,
                per_page=per_page,
                columns=columns,
                f_deactivated=f_deactivated,
                f_deleted=f_deleted,
                list_=list_,
                smart_list=smart_list,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def page_clients(
        self,
        *,
        per_page: int | Unset = 25,
        columns: str | Unset = UNSET,
        f_deactivated: ListClientsFDeactivated | Unset = UNSET,
        f_deleted: ListClientsFDeleted | Unset = UNSET,
        list_: str | Unset = UNSET,
        smart_list: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[Client, ClientList]:
        """The first page of ``list_clients`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: int) -> ClientList:
            return self.list_clients(
                page=position,
                per_page=per_page,
                columns=columns,
                f_deactivated=f_deactivated,
                f_deleted=f_deleted,
                list_=list_,
                smart_list=smart_list,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "results", "page")

    def create_client(
        self,
        *,
        body: ClientInput | ClientInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Client:
        """Create Client.

        Adds a client to the company, with its address, manager and the instructions and policies its
        work orders carry.

        ``POST /clients``

        Args:
            body (ClientInput): Body of the create request. Example: {'name': 'Northstar Retail',
                'manager': {'id': 7001}, 'print_logo': True, 'address_1': '123 Tech Blvd', 'city': 'San
                Francisco', 'state': 'CA', 'zip': '94105', 'country': 'USA', 'location_type': 1, 'about':
                'Leading tech support provider.', 'website': 'https://northstar-retail.example.com',
                'standard_instruction': 'Follow safety guidelines.', 'policy_procedure': 'Report all
                incidents immediately.'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.clients import create_client as _op  # loaded on first call

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

    def get_client(
        self,
        client_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Client:
        """Get Client.

        Reads one client with its address, manager, work order counts per stage and its projects.

        ``GET /clients/{client_id}``

        Args:
            client_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.clients import get_client as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(client_id=client_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncClientsResource(AsyncResource):
    """Clients operations; reach them as ``async_client.clients``."""

    @cached_property
    def with_raw_response(self) -> AsyncClientsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncClientsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncClientsResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncClientsResourceWithStreamingResponse(self)

    async def list_clients(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        columns: str | Unset = UNSET,
        f_deactivated: ListClientsFDeactivated | Unset = UNSET,
        f_deleted: ListClientsFDeleted | Unset = UNSET,
        list_: str | Unset = UNSET,
        smart_list: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> ClientList:
        """List Clients.

        Pages through the company's clients. Deactivated and deleted clients can be included with
        filters, a saved list can be chosen, and `columns` limits the fields returned.

        ``GET /clients``

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.
            columns (str | Unset):
            f_deactivated (ListClientsFDeactivated | Unset):
            f_deleted (ListClientsFDeleted | Unset):
            list_ (str | Unset):
            smart_list (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.clients import list_clients as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                page=page,
                per_page=per_page,
                columns=columns,
                f_deactivated=f_deactivated,
                f_deleted=f_deleted,
                list_=list_,
                smart_list=smart_list,
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

    def iter_clients(
        self,
        *,
        per_page: int | Unset = 25,
        columns: str | Unset = UNSET,
        f_deactivated: ListClientsFDeactivated | Unset = UNSET,
        f_deleted: ListClientsFDeleted | Unset = UNSET,
        list_: str | Unset = UNSET,
        smart_list: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[Client]:
        """List Clients: every item, across all pages.

        Pages through the company's clients. Deactivated and deleted clients can be included with
        filters, a saved list can be chosen, and `columns` limits the fields returned.

        ``GET /clients``

        Args:
            per_page (int | Unset):  Default: 25.
            columns (str | Unset):
            f_deactivated (ListClientsFDeactivated | Unset):
            f_deleted (ListClientsFDeleted | Unset):
            list_ (str | Unset):
            smart_list (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> ClientList:
            return await self.list_clients(
                page=position,
                per_page=per_page,
                columns=columns,
                f_deactivated=f_deactivated,
                f_deleted=f_deleted,
                list_=list_,
                smart_list=smart_list,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def page_clients(
        self,
        *,
        per_page: int | Unset = 25,
        columns: str | Unset = UNSET,
        f_deactivated: ListClientsFDeactivated | Unset = UNSET,
        f_deleted: ListClientsFDeleted | Unset = UNSET,
        list_: str | Unset = UNSET,
        smart_list: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[Client, ClientList]:
        """The first page of ``list_clients`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: int) -> ClientList:
            return await self.list_clients(
                page=position,
                per_page=per_page,
                columns=columns,
                f_deactivated=f_deactivated,
                f_deleted=f_deleted,
                list_=list_,
                smart_list=smart_list,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "results", "page")

    async def create_client(
        self,
        *,
        body: ClientInput | ClientInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Client:
        """Create Client.

        Adds a client to the company, with its address, manager and the instructions and policies its
        work orders carry.

        ``POST /clients``

        Args:
            body (ClientInput): Body of the create request. Example: {'name': 'Northstar Retail',
                'manager': {'id': 7001}, 'print_logo': True, 'address_1': '123 Tech Blvd', 'city': 'San
                Francisco', 'state': 'CA', 'zip': '94105', 'country': 'USA', 'location_type': 1, 'about':
                'Leading tech support provider.', 'website': 'https://northstar-retail.example.com',
                'standard_instruction': 'Follow safety guidelines.', 'policy_procedure': 'Report all
                incidents immediately.'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.clients import create_client as _op  # loaded on first call

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

    async def get_client(
        self,
        client_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Client:
        """Get Client.

        Reads one client with its address, manager, work order counts per stage and its projects.

        ``GET /clients/{client_id}``

        Args:
            client_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.clients import get_client as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(client_id=client_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class ClientsResourceWithRawResponse:
    """``ClientsResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: ClientsResource) -> None:
        self.list_clients = to_raw_response_wrapper(resource.list_clients)
        self.create_client = to_raw_response_wrapper(resource.create_client)
        self.get_client = to_raw_response_wrapper(resource.get_client)


class ClientsResourceWithStreamingResponse:
    """``ClientsResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: ClientsResource) -> None:
        self.list_clients = to_streamed_response_wrapper(resource.list_clients)
        self.create_client = to_streamed_response_wrapper(resource.create_client)
        self.get_client = to_streamed_response_wrapper(resource.get_client)


class AsyncClientsResourceWithRawResponse:
    """``AsyncClientsResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncClientsResource) -> None:
        self.list_clients = async_to_raw_response_wrapper(resource.list_clients)
        self.create_client = async_to_raw_response_wrapper(resource.create_client)
        self.get_client = async_to_raw_response_wrapper(resource.get_client)


class AsyncClientsResourceWithStreamingResponse:
    """``AsyncClientsResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncClientsResource) -> None:
        self.list_clients = async_to_streamed_response_wrapper(resource.list_clients)
        self.create_client = async_to_streamed_response_wrapper(resource.create_client)
        self.get_client = async_to_streamed_response_wrapper(resource.get_client)
