"""Site revisits: 4 operations, sync (``SiteRevisitsResource``) and async (``AsyncSiteRevisitsResource``)."""

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
    from ..models.site_revisit import SiteRevisit
    from ..models.site_revisit_input import SiteRevisitInput, SiteRevisitInputDict
    from ..models.site_revisit_list import SiteRevisitList
    from ..models.site_revisit_summary import SiteRevisitSummary
    from ..models.site_revisit_update import SiteRevisitUpdate, SiteRevisitUpdateDict

    pass

__all__ = ["AsyncSiteRevisitsResource", "SiteRevisitsResource"]

Timeout = float | httpx.Timeout | None


class SiteRevisitsResource(SyncResource):
    """Site revisits operations; reach them as ``client.site_revisits``."""

    @cached_property
    def with_raw_response(self) -> SiteRevisitsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return SiteRevisitsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SiteRevisitsResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return SiteRevisitsResourceWithStreamingResponse(self)

    def list_work_order_site_revisits(
        self,
        work_order_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SiteRevisitList:
        """List Work Order Site Revisits.

        Returns the return visits recorded for a work order (newest first in the local sandbox,
        x-sandbox; Field Nation does not document the order), with their reason, whether they are
        billable and when they are planned, plus the number of revisits.

        ``GET /workorders/{work_order_id}/site-revisit``

        Args:
            work_order_id (int):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.site_revisits import list_work_order_site_revisits as _op  # loaded on first call

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

    def iter_work_order_site_revisits(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[SiteRevisit]:
        """List Work Order Site Revisits: every item, across all pages.

        Returns the return visits recorded for a work order (newest first in the local sandbox,
        x-sandbox; Field Nation does not document the order), with their reason, whether they are
        billable and when they are planned, plus the number of revisits.

        ``GET /workorders/{work_order_id}/site-revisit``

        Args:
            work_order_id (int):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> SiteRevisitList:
            return self.list_work_order_site_revisits(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def page_work_order_site_revisits(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[SiteRevisit, SiteRevisitList]:
        """The first page of ``list_work_order_site_revisits`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: int) -> SiteRevisitList:
            return self.list_work_order_site_revisits(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "results", "page")

    def create_work_order_site_revisit(
        self,
        work_order_id: int,
        *,
        body: SiteRevisitInput | SiteRevisitInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SiteRevisitSummary:
        """Create Work Order Site Revisit.

        Records a return visit to the site, with its reason (a site-revisit reason of the company) and
        whether it is billable. Answers the work order's site summary; the new revisit is the first
        entry of `revisits` (the local sandbox's order, x-sandbox; Field Nation does not document the
        order).

        ``POST /workorders/{work_order_id}/site-revisit``

        Args:
            work_order_id (int):
            body (SiteRevisitInput): Body of `POST /workorders/{work_order_id}/site-revisit`. Example:
                {'revisit_reason': 10, 'is_billable': False}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.site_revisits import create_work_order_site_revisit as _op  # loaded on first call

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

    def update_work_order_site_revisit(
        self,
        work_order_id: int,
        revisit_id: int,
        *,
        body: SiteRevisitUpdate | SiteRevisitUpdateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SiteRevisitSummary:
        """Update Work Order Site Revisit.

        Changes a revisit's reason, billability, notes or planned time; only the fields sent change.
        Answers the work order's site summary.

        ``PUT /workorders/{work_order_id}/site-revisit/{revisit_id}``

        Args:
            work_order_id (int):
            revisit_id (int):
            body (SiteRevisitUpdate): Body of `PUT /workorders/{work_order_id}/site-
                revisit/{revisit_id}`. Same fields as on creation, all optional. Example:
                {'revisit_reason': 13, 'is_billable': True}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.site_revisits import update_work_order_site_revisit as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, revisit_id=revisit_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete_work_order_site_revisit(
        self,
        work_order_id: int,
        revisit_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SiteRevisitSummary:
        """Delete Work Order Site Revisit.

        Deletes a revisit record and answers the work order's site summary.

        ``DELETE /workorders/{work_order_id}/site-revisit/{revisit_id}``

        Args:
            work_order_id (int):
            revisit_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.site_revisits import delete_work_order_site_revisit as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, revisit_id=revisit_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncSiteRevisitsResource(AsyncResource):
    """Site revisits operations; reach them as ``async_client.site_revisits``."""

    @cached_property
    def with_raw_response(self) -> AsyncSiteRevisitsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncSiteRevisitsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSiteRevisitsResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncSiteRevisitsResourceWithStreamingResponse(self)

    async def list_work_order_site_revisits(
        self,
        work_order_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SiteRevisitList:
        """List Work Order Site Revisits.

        Returns the return visits recorded for a work order (newest first in the local sandbox,
        x-sandbox; Field Nation does not document the order), with their reason, whether they are
        billable and when they are planned, plus the number of revisits.

        ``GET /workorders/{work_order_id}/site-revisit``

        Args:
            work_order_id (int):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.site_revisits import list_work_order_site_revisits as _op  # loaded on first call

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

    def iter_work_order_site_revisits(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[SiteRevisit]:
        """List Work Order Site Revisits: every item, across all pages.

        Returns the return visits recorded for a work order (newest first in the local sandbox,
        x-sandbox; Field Nation does not document the order), with their reason, whether they are
        billable and when they are planned, plus the number of revisits.

        ``GET /workorders/{work_order_id}/site-revisit``

        Args:
            work_order_id (int):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> SiteRevisitList:
            return await self.list_work_order_site_revisits(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def page_work_order_site_revisits(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[SiteRevisit, SiteRevisitList]:
        """The first page of ``list_work_order_site_revisits`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: int) -> SiteRevisitList:
            return await self.list_work_order_site_revisits(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "results", "page")

    async def create_work_order_site_revisit(
        self,
        work_order_id: int,
        *,
        body: SiteRevisitInput | SiteRevisitInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SiteRevisitSummary:
        """Create Work Order Site Revisit.

        Records a return visit to the site, with its reason (a site-revisit reason of the company) and
        whether it is billable. Answers the work order's site summary; the new revisit is the first
        entry of `revisits` (the local sandbox's order, x-sandbox; Field Nation does not document the
        order).

        ``POST /workorders/{work_order_id}/site-revisit``

        Args:
            work_order_id (int):
            body (SiteRevisitInput): Body of `POST /workorders/{work_order_id}/site-revisit`. Example:
                {'revisit_reason': 10, 'is_billable': False}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.site_revisits import create_work_order_site_revisit as _op  # loaded on first call

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

    async def update_work_order_site_revisit(
        self,
        work_order_id: int,
        revisit_id: int,
        *,
        body: SiteRevisitUpdate | SiteRevisitUpdateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SiteRevisitSummary:
        """Update Work Order Site Revisit.

        Changes a revisit's reason, billability, notes or planned time; only the fields sent change.
        Answers the work order's site summary.

        ``PUT /workorders/{work_order_id}/site-revisit/{revisit_id}``

        Args:
            work_order_id (int):
            revisit_id (int):
            body (SiteRevisitUpdate): Body of `PUT /workorders/{work_order_id}/site-
                revisit/{revisit_id}`. Same fields as on creation, all optional. Example:
                {'revisit_reason': 13, 'is_billable': True}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.site_revisits import update_work_order_site_revisit as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, revisit_id=revisit_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete_work_order_site_revisit(
        self,
        work_order_id: int,
        revisit_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SiteRevisitSummary:
        """Delete Work Order Site Revisit.

        Deletes a revisit record and answers the work order's site summary.

        ``DELETE /workorders/{work_order_id}/site-revisit/{revisit_id}``

        Args:
            work_order_id (int):
            revisit_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.site_revisits import delete_work_order_site_revisit as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, revisit_id=revisit_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class SiteRevisitsResourceWithRawResponse:
    """``SiteRevisitsResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: SiteRevisitsResource) -> None:
        self.list_work_order_site_revisits = to_raw_response_wrapper(resource.list_work_order_site_revisits)
        self.create_work_order_site_revisit = to_raw_response_wrapper(resource.create_work_order_site_revisit)
        self.update_work_order_site_revisit = to_raw_response_wrapper(resource.update_work_order_site_revisit)
        self.delete_work_order_site_revisit = to_raw_response_wrapper(resource.delete_work_order_site_revisit)


class SiteRevisitsResourceWithStreamingResponse:
    """``SiteRevisitsResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: SiteRevisitsResource) -> None:
        self.list_work_order_site_revisits = to_streamed_response_wrapper(
            resource.list_work_order_site_revisits
        )
        self.create_work_order_site_revisit = to_streamed_response_wrapper(
            resource.create_work_order_site_revisit
        )
        self.update_work_order_site_revisit = to_streamed_response_wrapper(
            resource.update_work_order_site_revisit
        )
        self.delete_work_order_site_revisit = to_streamed_response_wrapper(
            resource.delete_work_order_site_revisit
        )


class AsyncSiteRevisitsResourceWithRawResponse:
    """``AsyncSiteRevisitsResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncSiteRevisitsResource) -> None:
        self.list_work_order_site_revisits = async_to_raw_response_wrapper(
            resource.list_work_order_site_revisits
        )
        self.create_work_order_site_revisit = async_to_raw_response_wrapper(
            resource.create_work_order_site_revisit
        )
        self.update_work_order_site_revisit = async_to_raw_response_wrapper(
            resource.update_work_order_site_revisit
        )
        self.delete_work_order_site_revisit = async_to_raw_response_wrapper(
            resource.delete_work_order_site_revisit
        )


class AsyncSiteRevisitsResourceWithStreamingResponse:
    """``AsyncSiteRevisitsResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncSiteRevisitsResource) -> None:
        self.list_work_order_site_revisits = async_to_streamed_response_wrapper(
            resource.list_work_order_site_revisits
        )
        self.create_work_order_site_revisit = async_to_streamed_response_wrapper(
            resource.create_work_order_site_revisit
        )
        self.update_work_order_site_revisit = async_to_streamed_response_wrapper(
            resource.update_work_order_site_revisit
        )
        self.delete_work_order_site_revisit = async_to_streamed_response_wrapper(
            resource.delete_work_order_site_revisit
        )
