"""Site revisits: 4 operations, sync (``SiteRevisitsResource``) and async (``AsyncSiteRevisitsResource``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import httpx

from .._pagination import aiter_pages, iter_pages
from .._resource import AsyncResource, SyncResource
from ..types import Unset

if TYPE_CHECKING:
    from ..models.site_revisit import SiteRevisit
    from ..models.site_revisit_input import SiteRevisitInput
    from ..models.site_revisit_list import SiteRevisitList
    from ..models.site_revisit_summary import SiteRevisitSummary
    from ..models.site_revisit_update import SiteRevisitUpdate

__all__ = ["AsyncSiteRevisitsResource", "SiteRevisitsResource"]

Timeout = float | httpx.Timeout | None


class SiteRevisitsResource(SyncResource):
    """Site revisits operations; reach them as ``client.site_revisits``."""

    def list_work_order_site_revisits(
        self,
        work_order_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        timeout: Timeout = None,
    ) -> SiteRevisitList:
        """List Work Order Site Revisits.

        Returns the return visits recorded for a work order, newest first, with their reason, whether
        they are billable and when they are planned, plus the number of revisits.

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
        )

    def iter_work_order_site_revisits(
        self, work_order_id: int, *, per_page: int | Unset = 25, timeout: Timeout = None
    ) -> Iterator[SiteRevisit]:
        """List Work Order Site Revisits: every item, across all pages.

        Returns the return visits recorded for a work order, newest first, with their reason, whether
        they are billable and when they are planned, plus the number of revisits.

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
                work_order_id=work_order_id, page=position, per_page=per_page, timeout=timeout
            )

        return iter_pages(fetch, "results")

    def create_work_order_site_revisit(
        self, work_order_id: int, *, body: SiteRevisitInput, timeout: Timeout = None
    ) -> SiteRevisitSummary:
        """Create Work Order Site Revisit.

        Records a return visit to the site, with its reason (a site-revisit reason of the company) and
        whether it is billable. Answers the work order's site summary; the new revisit is the first
        entry of `revisits`.

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
        )

    def update_work_order_site_revisit(
        self, work_order_id: int, revisit_id: int, *, body: SiteRevisitUpdate, timeout: Timeout = None
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
        )

    def delete_work_order_site_revisit(
        self, work_order_id: int, revisit_id: int, *, timeout: Timeout = None
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
        )


class AsyncSiteRevisitsResource(AsyncResource):
    """Site revisits operations; reach them as ``async_client.site_revisits``."""

    async def list_work_order_site_revisits(
        self,
        work_order_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        timeout: Timeout = None,
    ) -> SiteRevisitList:
        """List Work Order Site Revisits.

        Returns the return visits recorded for a work order, newest first, with their reason, whether
        they are billable and when they are planned, plus the number of revisits.

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
        )

    def iter_work_order_site_revisits(
        self, work_order_id: int, *, per_page: int | Unset = 25, timeout: Timeout = None
    ) -> AsyncIterator[SiteRevisit]:
        """List Work Order Site Revisits: every item, across all pages.

        Returns the return visits recorded for a work order, newest first, with their reason, whether
        they are billable and when they are planned, plus the number of revisits.

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
                work_order_id=work_order_id, page=position, per_page=per_page, timeout=timeout
            )

        return aiter_pages(fetch, "results")

    async def create_work_order_site_revisit(
        self, work_order_id: int, *, body: SiteRevisitInput, timeout: Timeout = None
    ) -> SiteRevisitSummary:
        """Create Work Order Site Revisit.

        Records a return visit to the site, with its reason (a site-revisit reason of the company) and
        whether it is billable. Answers the work order's site summary; the new revisit is the first
        entry of `revisits`.

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
        )

    async def update_work_order_site_revisit(
        self, work_order_id: int, revisit_id: int, *, body: SiteRevisitUpdate, timeout: Timeout = None
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
        )

    async def delete_work_order_site_revisit(
        self, work_order_id: int, revisit_id: int, *, timeout: Timeout = None
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
        )
