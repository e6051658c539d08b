"""Contacts: 4 operations, sync (``ContactsResource``) and async (``AsyncContactsResource``)."""

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
    from ..models.contact import Contact
    from ..models.contact_input import ContactInput, ContactInputDict
    from ..models.contact_list import ContactList
    from ..models.contact_update import ContactUpdate, ContactUpdateDict
    from ..models.work_order import WorkOrder

    pass

__all__ = ["AsyncContactsResource", "ContactsResource"]

Timeout = float | httpx.Timeout | None


class ContactsResource(SyncResource):
    """Contacts operations; reach them as ``client.contacts``."""

    @cached_property
    def with_raw_response(self) -> ContactsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return ContactsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ContactsResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return ContactsResourceWithStreamingResponse(self)

    def list_work_order_contacts(
        self,
        work_order_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> ContactList:
        """List Work Order Contacts.

        Returns the people attached to a work order as contacts: who to call on site, the project
        manager, emergency and technical contacts. The work order manager is part of the list but cannot
        be changed through the contacts calls.

        ``GET /workorders/{work_order_id}/contacts``

        Args:
            work_order_id (int):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.contacts import list_work_order_contacts as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, page=page, per_page=per_page),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_work_order_contacts(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[Contact]:
        """List Work Order Contacts: every item, across all pages.

        Returns the people attached to a work order as contacts: who to call on site, the project
        manager, emergency and technical contacts. The work order manager is part of the list but cannot
        be changed through the contacts calls.

        ``GET /workorders/{work_order_id}/contacts``

        Args:
            work_order_id (int):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> ContactList:
            return self.list_work_order_contacts(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def page_work_order_contacts(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[Contact, ContactList]:
        """The first page of ``list_work_order_contacts`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: int) -> ContactList:
            return self.list_work_order_contacts(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "results", "page")

    def create_work_order_contact(
        self,
        work_order_id: int,
        *,
        body: ContactInput | ContactInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Create Work Order Contact.

        Adds a contact with one of the contact roles to a work order and returns the updated work order,
        the new contact first in `contacts.results` (the local sandbox's order, x-sandbox; Field Nation
        does not document the order). The work order manager cannot be added this way.

        ``POST /workorders/{work_order_id}/contacts``

        Args:
            work_order_id (int):
            body (ContactInput): Body of `POST /workorders/{work_order_id}/contacts`. Example:
                {'role': 'Project manager', 'name': 'Dana Whitfield', 'email': 'dana.whitfield@northstar-
                retail.example', 'phone': '6125550101'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.contacts import create_work_order_contact as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_work_order_contact(
        self,
        work_order_id: int,
        contact_id: int,
        *,
        body: ContactUpdate | ContactUpdateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Update Work Order Contact.

        Changes some or all fields of one contact and returns the updated work order. Fields not sent
        keep their values.

        ``PUT /workorders/{work_order_id}/contacts/{contact_id}``

        Args:
            work_order_id (int):
            contact_id (int):
            body (ContactUpdate): Body of `PUT /workorders/{work_order_id}/contacts/{contact_id}`.
                Only the fields sent are changed. Example: {'phone': '+1-612-555-0188', 'notes': 'Ask for
                Maria at the service desk.'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.contacts import update_work_order_contact as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, contact_id=contact_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete_work_order_contact(
        self,
        work_order_id: int,
        contact_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Delete Work Order Contact.

        Removes one contact from a work order and returns the updated work order. The work order manager
        cannot be removed, and the guide recommends keeping at least one contact so the provider has
        someone to call on site.

        ``DELETE /workorders/{work_order_id}/contacts/{contact_id}``

        Args:
            work_order_id (int):
            contact_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.contacts import delete_work_order_contact as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, contact_id=contact_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncContactsResource(AsyncResource):
    """Contacts operations; reach them as ``async_client.contacts``."""

    @cached_property
    def with_raw_response(self) -> AsyncContactsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncContactsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncContactsResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncContactsResourceWithStreamingResponse(self)

    async def list_work_order_contacts(
        self,
        work_order_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> ContactList:
        """List Work Order Contacts.

        Returns the people attached to a work order as contacts: who to call on site, the project
        manager, emergency and technical contacts. The work order manager is part of the list but cannot
        be changed through the contacts calls.

        ``GET /workorders/{work_order_id}/contacts``

        Args:
            work_order_id (int):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.contacts import list_work_order_contacts as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, page=page, per_page=per_page),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_work_order_contacts(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[Contact]:
        """List Work Order Contacts: every item, across all pages.

        Returns the people attached to a work order as contacts: who to call on site, the project
        manager, emergency and technical contacts. The work order manager is part of the list but cannot
        be changed through the contacts calls.

        ``GET /workorders/{work_order_id}/contacts``

        Args:
            work_order_id (int):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> ContactList:
            return await self.list_work_order_contacts(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def page_work_order_contacts(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[Contact, ContactList]:
        """The first page of ``list_work_order_contacts`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: int) -> ContactList:
            return await self.list_work_order_contacts(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "results", "page")

    async def create_work_order_contact(
        self,
        work_order_id: int,
        *,
        body: ContactInput | ContactInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Create Work Order Contact.

        Adds a contact with one of the contact roles to a work order and returns the updated work order,
        the new contact first in `contacts.results` (the local sandbox's order, x-sandbox; Field Nation
        does not document the order). The work order manager cannot be added this way.

        ``POST /workorders/{work_order_id}/contacts``

        Args:
            work_order_id (int):
            body (ContactInput): Body of `POST /workorders/{work_order_id}/contacts`. Example:
                {'role': 'Project manager', 'name': 'Dana Whitfield', 'email': 'dana.whitfield@northstar-
                retail.example', 'phone': '6125550101'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.contacts import create_work_order_contact as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_work_order_contact(
        self,
        work_order_id: int,
        contact_id: int,
        *,
        body: ContactUpdate | ContactUpdateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Update Work Order Contact.

        Changes some or all fields of one contact and returns the updated work order. Fields not sent
        keep their values.

        ``PUT /workorders/{work_order_id}/contacts/{contact_id}``

        Args:
            work_order_id (int):
            contact_id (int):
            body (ContactUpdate): Body of `PUT /workorders/{work_order_id}/contacts/{contact_id}`.
                Only the fields sent are changed. Example: {'phone': '+1-612-555-0188', 'notes': 'Ask for
                Maria at the service desk.'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.contacts import update_work_order_contact as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, contact_id=contact_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete_work_order_contact(
        self,
        work_order_id: int,
        contact_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Delete Work Order Contact.

        Removes one contact from a work order and returns the updated work order. The work order manager
        cannot be removed, and the guide recommends keeping at least one contact so the provider has
        someone to call on site.

        ``DELETE /workorders/{work_order_id}/contacts/{contact_id}``

        Args:
            work_order_id (int):
            contact_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.contacts import delete_work_order_contact as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, contact_id=contact_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class ContactsResourceWithRawResponse:
    """``ContactsResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: ContactsResource) -> None:
        self.list_work_order_contacts = to_raw_response_wrapper(resource.list_work_order_contacts)
        self.create_work_order_contact = to_raw_response_wrapper(resource.create_work_order_contact)
        self.update_work_order_contact = to_raw_response_wrapper(resource.update_work_order_contact)
        self.delete_work_order_contact = to_raw_response_wrapper(resource.delete_work_order_contact)


class ContactsResourceWithStreamingResponse:
    """``ContactsResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: ContactsResource) -> None:
        self.list_work_order_contacts = to_streamed_response_wrapper(resource.list_work_order_contacts)
        self.create_work_order_contact = to_streamed_response_wrapper(resource.create_work_order_contact)
        self.update_work_order_contact = to_streamed_response_wrapper(resource.update_work_order_contact)
        self.delete_work_order_contact = to_streamed_response_wrapper(resource.delete_work_order_contact)


class AsyncContactsResourceWithRawResponse:
    """``AsyncContactsResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncContactsResource) -> None:
        self.list_work_order_contacts = async_to_raw_response_wrapper(resource.list_work_order_contacts)
        self.create_work_order_contact = async_to_raw_response_wrapper(resource.create_work_order_contact)
        self.update_work_order_contact = async_to_raw_response_wrapper(resource.update_work_order_contact)
        self.delete_work_order_contact = async_to_raw_response_wrapper(resource.delete_work_order_contact)


class AsyncContactsResourceWithStreamingResponse:
    """``AsyncContactsResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncContactsResource) -> None:
        self.list_work_order_contacts = async_to_streamed_response_wrapper(resource.list_work_order_contacts)
        self.create_work_order_contact = async_to_streamed_response_wrapper(
            resource.create_work_order_contact
        )
        self.update_work_order_contact = async_to_streamed_response_wrapper(
            resource.update_work_order_contact
        )
        self.delete_work_order_contact = async_to_streamed_response_wrapper(
            resource.delete_work_order_contact
        )
