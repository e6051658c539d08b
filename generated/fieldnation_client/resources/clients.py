"""Clients: 3 operations, sync (``ClientsResource``) and async (``AsyncClientsResource``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import httpx

from .._pagination import aiter_pages, iter_pages
from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client import Client
    from ..models.client_input import ClientInput
    from ..models.client_list import ClientList
    from ..models.list_clients_f_deactivated import ListClientsFDeactivated
    from ..models.list_clients_f_deleted import ListClientsFDeleted

__all__ = ["AsyncClientsResource", "ClientsResource"]

Timeout = float | httpx.Timeout | None


class ClientsResource(SyncResource):
    """Clients operations; reach them as ``client.clients``."""

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
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def create_client(self, *, body: ClientInput, timeout: Timeout = None) -> Client:
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
        )

    def get_client(self, client_id: int, *, timeout: Timeout = None) -> Client:
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
        )


class AsyncClientsResource(AsyncResource):
    """Clients operations; reach them as ``async_client.clients``."""

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
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def create_client(self, *, body: ClientInput, timeout: Timeout = None) -> Client:
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
        )

    async def get_client(self, client_id: int, *, timeout: Timeout = None) -> Client:
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
        )
