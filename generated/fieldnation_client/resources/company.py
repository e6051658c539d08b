"""Company: 10 operations, sync (``CompanyResource``) and async (``AsyncCompanyResource``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

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
    from ..models.async_job import AsyncJob
    from ..models.company_custom_field_list import CompanyCustomFieldList
    from ..models.company_expense_category import CompanyExpenseCategory
    from ..models.company_expense_category_list import CompanyExpenseCategoryList
    from ..models.company_manager import CompanyManager
    from ..models.company_network_list import CompanyNetworkList
    from ..models.company_reason import CompanyReason
    from ..models.company_reason_list import CompanyReasonList
    from ..models.company_tag import CompanyTag
    from ..models.company_tag_input import CompanyTagInput, CompanyTagInputDict
    from ..models.company_tag_list import CompanyTagList
    from ..models.list_site_revisit_reasons_action_type import ListSiteRevisitReasonsActionType
    from ..models.pay_modifier_definition import PayModifierDefinition
    from ..models.pay_modifier_definition_list import PayModifierDefinitionList

    pass

__all__ = ["AsyncCompanyResource", "CompanyResource"]

Timeout = float | httpx.Timeout | None


class CompanyResource(SyncResource):
    """Company operations; reach them as ``client.company``."""

    @cached_property
    def with_raw_response(self) -> CompanyResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return CompanyResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CompanyResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return CompanyResourceWithStreamingResponse(self)

    def list_company_tags(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> CompanyTagList:
        """List Company Tags.

        Lists the tags the company has defined. Users pick from these when tagging work orders; each tag
        may be limited to some work order statuses and carry behaviour flags.

        ``GET /company/tags``

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.company import list_company_tags as _op  # loaded on first call

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

    def iter_company_tags(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[CompanyTag]:
        """List Company Tags: every item, across all pages.

        Lists the tags the company has defined. Users pick from these when tagging work orders; each tag
        may be limited to some work order statuses and carry behaviour flags.

        ``GET /company/tags``

        Args:
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> CompanyTagList:
            return self.list_company_tags(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def page_company_tags(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[CompanyTag, CompanyTagList]:
        """The first page of ``list_company_tags`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: int) -> CompanyTagList:
            return self.list_company_tags(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "results", "page")

    @overload
    def create_company_tag(
        self,
        *,
        body: CompanyTagInput | CompanyTagInputDict,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> CompanyTag: ...

    @overload
    def create_company_tag(
        self,
        *,
        body: CompanyTagInput | CompanyTagInputDict,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def create_company_tag(
        self,
        *,
        body: CompanyTagInput | CompanyTagInputDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> CompanyTag | AsyncJob: ...

    def create_company_tag(
        self,
        *,
        body: CompanyTagInput | CompanyTagInputDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> CompanyTag | AsyncJob:
        """Create Company Tag.

        Defines a new company tag: its label, colour, the work order statuses it may be used in and its
        behaviour flags.

        ``POST /company/tags``

        Args:
            async_ (bool | Unset):  Default: False.
            body (CompanyTagInput): Body of `POST /company/tags`. Example: {'label': 'VIP Client',
                'hex_color': '#FF5733', 'valid_statuses': ['published', 'assigned'], 'types':
                ['show_in_dashboard']}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.company import create_company_tag as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(body=body, async_=async_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def list_company_expenses(
        self,
        company_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> CompanyExpenseCategoryList:
        """List Company Expenses.

        Lists the expense categories providers may claim on the company's work orders: the system
        categories and the company's own pre-defined expenses with their default amounts.

        ``GET /company/{company_id}/expenses``

        Args:
            company_id (int):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.company import list_company_expenses as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(company_id=company_id, page=page, per_page=per_page),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_company_expenses(
        self,
        company_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[CompanyExpenseCategory]:
        """List Company Expenses: every item, across all pages.

        Lists the expense categories providers may claim on the company's work orders: the system
        categories and the company's own pre-defined expenses with their default amounts.

        ``GET /company/{company_id}/expenses``

        Args:
            company_id (int):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> CompanyExpenseCategoryList:
            return self.list_company_expenses(
                company_id=company_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def page_company_expenses(
        self,
        company_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[CompanyExpenseCategory, CompanyExpenseCategoryList]:
        """The first page of ``list_company_expenses`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: int) -> CompanyExpenseCategoryList:
            return self.list_company_expenses(
                company_id=company_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "results", "page")

    def list_company_networks(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> CompanyNetworkList:
        """List Company Networks.

        Lists the provider networks the company can access, with the company's access state and routing
        settings in each.

        ``GET /company/networks``

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.company import list_company_networks as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def list_company_managers(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> list[CompanyManager]:
        """List Company Managers.

        Lists the company's users who can manage work orders. Use an `id` from here as a work order's or
        project's `manager`.

        ``GET /company/managers``

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.company import list_company_managers as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def list_site_revisit_reasons(
        self,
        company_id: int,
        *,
        action_type: ListSiteRevisitReasonsActionType,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> CompanyReasonList:
        """List Site Revisit Reasons.

        Lists the reasons the company and its providers can choose from when recording a site revisit or
        a job status (incomplete work). `action_type` selects which of the two lists, or both.

        ``GET /company/{company_id}/site-revisit-reasons``

        Args:
            company_id (int):
            action_type (ListSiteRevisitReasonsActionType):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.company import list_site_revisit_reasons as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(company_id=company_id, action_type=action_type),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def list_incomplete_reasons(
        self,
        company_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> CompanyReasonList | list[CompanyReason]:
        """List Incomplete Reasons.

        Lists the reasons the company offers for marking a work order incomplete. Pass an `id` from here
        as `reason_id` when sending completed work back to the provider (`DELETE
        /workorders/{work_order_id}/complete`).

        ``GET /company/{company_id}/reasons/incomplete``

        Args:
            company_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.company import list_incomplete_reasons as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(company_id=company_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def list_company_custom_fields(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> CompanyCustomFieldList:
        """List Custom Fields.

        Lists the custom fields the company has defined for its work orders, grouped by category, with
        each field's type, allowed values, who fills it in and its flags.

        ``GET /custom-fields``

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.company import list_company_custom_fields as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def list_company_bonuses(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PayModifierDefinitionList:
        """List Bonuses.

        Lists the bonuses the company has defined (fixed amounts or percentages of pay). Apply one to a
        work order by its `id`.

        ``GET /bonuses``

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.company import list_company_bonuses as _op  # loaded on first call

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

    def iter_company_bonuses(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[PayModifierDefinition]:
        """List Bonuses: every item, across all pages.

        Lists the bonuses the company has defined (fixed amounts or percentages of pay). Apply one to a
        work order by its `id`.

        ``GET /bonuses``

        Args:
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> PayModifierDefinitionList:
            return self.list_company_bonuses(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def page_company_bonuses(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[PayModifierDefinition, PayModifierDefinitionList]:
        """The first page of ``list_company_bonuses`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: int) -> PayModifierDefinitionList:
            return self.list_company_bonuses(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "results", "page")

    def list_company_penalties(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PayModifierDefinitionList:
        """List Penalties.

        Lists the penalties the company has defined (fixed amounts or percentages deducted from pay).
        Apply one to a work order by its `id`.

        ``GET /penalties``

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.company import list_company_penalties as _op  # loaded on first call

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

    def iter_company_penalties(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[PayModifierDefinition]:
        """List Penalties: every item, across all pages.

        Lists the penalties the company has defined (fixed amounts or percentages deducted from pay).
        Apply one to a work order by its `id`.

        ``GET /penalties``

        Args:
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> PayModifierDefinitionList:
            return self.list_company_penalties(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def page_company_penalties(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[PayModifierDefinition, PayModifierDefinitionList]:
        """The first page of ``list_company_penalties`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: int) -> PayModifierDefinitionList:
            return self.list_company_penalties(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "results", "page")


class AsyncCompanyResource(AsyncResource):
    """Company operations; reach them as ``async_client.company``."""

    @cached_property
    def with_raw_response(self) -> AsyncCompanyResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncCompanyResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCompanyResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncCompanyResourceWithStreamingResponse(self)

    async def list_company_tags(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> CompanyTagList:
        """List Company Tags.

        Lists the tags the company has defined. Users pick from these when tagging work orders; each tag
        may be limited to some work order statuses and carry behaviour flags.

        ``GET /company/tags``

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.company import list_company_tags as _op  # loaded on first call

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

    def iter_company_tags(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[CompanyTag]:
        """List Company Tags: every item, across all pages.

        Lists the tags the company has defined. Users pick from these when tagging work orders; each tag
        may be limited to some work order statuses and carry behaviour flags.

        ``GET /company/tags``

        Args:
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> CompanyTagList:
            return await self.list_company_tags(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def page_company_tags(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[CompanyTag, CompanyTagList]:
        """The first page of ``list_company_tags`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: int) -> CompanyTagList:
            return await self.list_company_tags(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "results", "page")

    @overload
    async def create_company_tag(
        self,
        *,
        body: CompanyTagInput | CompanyTagInputDict,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> CompanyTag: ...

    @overload
    async def create_company_tag(
        self,
        *,
        body: CompanyTagInput | CompanyTagInputDict,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def create_company_tag(
        self,
        *,
        body: CompanyTagInput | CompanyTagInputDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> CompanyTag | AsyncJob: ...

    async def create_company_tag(
        self,
        *,
        body: CompanyTagInput | CompanyTagInputDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> CompanyTag | AsyncJob:
        """Create Company Tag.

        Defines a new company tag: its label, colour, the work order statuses it may be used in and its
        behaviour flags.

        ``POST /company/tags``

        Args:
            async_ (bool | Unset):  Default: False.
            body (CompanyTagInput): Body of `POST /company/tags`. Example: {'label': 'VIP Client',
                'hex_color': '#FF5733', 'valid_statuses': ['published', 'assigned'], 'types':
                ['show_in_dashboard']}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.company import create_company_tag as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(body=body, async_=async_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def list_company_expenses(
        self,
        company_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> CompanyExpenseCategoryList:
        """List Company Expenses.

        Lists the expense categories providers may claim on the company's work orders: the system
        categories and the company's own pre-defined expenses with their default amounts.

        ``GET /company/{company_id}/expenses``

        Args:
            company_id (int):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.company import list_company_expenses as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(company_id=company_id, page=page, per_page=per_page),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_company_expenses(
        self,
        company_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[CompanyExpenseCategory]:
        """List Company Expenses: every item, across all pages.

        Lists the expense categories providers may claim on the company's work orders: the system
        categories and the company's own pre-defined expenses with their default amounts.

        ``GET /company/{company_id}/expenses``

        Args:
            company_id (int):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> CompanyExpenseCategoryList:
            return await self.list_company_expenses(
                company_id=company_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def page_company_expenses(
        self,
        company_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[CompanyExpenseCategory, CompanyExpenseCategoryList]:
        """The first page of ``list_company_expenses`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: int) -> CompanyExpenseCategoryList:
            return await self.list_company_expenses(
                company_id=company_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "results", "page")

    async def list_company_networks(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> CompanyNetworkList:
        """List Company Networks.

        Lists the provider networks the company can access, with the company's access state and routing
        settings in each.

        ``GET /company/networks``

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.company import list_company_networks as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def list_company_managers(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> list[CompanyManager]:
        """List Company Managers.

        Lists the company's users who can manage work orders. Use an `id` from here as a work order's or
        project's `manager`.

        ``GET /company/managers``

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.company import list_company_managers as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def list_site_revisit_reasons(
        self,
        company_id: int,
        *,
        action_type: ListSiteRevisitReasonsActionType,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> CompanyReasonList:
        """List Site Revisit Reasons.

        Lists the reasons the company and its providers can choose from when recording a site revisit or
        a job status (incomplete work). `action_type` selects which of the two lists, or both.

        ``GET /company/{company_id}/site-revisit-reasons``

        Args:
            company_id (int):
            action_type (ListSiteRevisitReasonsActionType):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.company import list_site_revisit_reasons as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(company_id=company_id, action_type=action_type),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def list_incomplete_reasons(
        self,
        company_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> CompanyReasonList | list[CompanyReason]:
        """List Incomplete Reasons.

        Lists the reasons the company offers for marking a work order incomplete. Pass an `id` from here
        as `reason_id` when sending completed work back to the provider (`DELETE
        /workorders/{work_order_id}/complete`).

        ``GET /company/{company_id}/reasons/incomplete``

        Args:
            company_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.company import list_incomplete_reasons as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(company_id=company_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def list_company_custom_fields(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> CompanyCustomFieldList:
        """List Custom Fields.

        Lists the custom fields the company has defined for its work orders, grouped by category, with
        each field's type, allowed values, who fills it in and its flags.

        ``GET /custom-fields``

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.company import list_company_custom_fields as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def list_company_bonuses(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PayModifierDefinitionList:
        """List Bonuses.

        Lists the bonuses the company has defined (fixed amounts or percentages of pay). Apply one to a
        work order by its `id`.

        ``GET /bonuses``

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.company import list_company_bonuses as _op  # loaded on first call

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

    def iter_company_bonuses(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[PayModifierDefinition]:
        """List Bonuses: every item, across all pages.

        Lists the bonuses the company has defined (fixed amounts or percentages of pay). Apply one to a
        work order by its `id`.

        ``GET /bonuses``

        Args:
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> PayModifierDefinitionList:
            return await self.list_company_bonuses(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def page_company_bonuses(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[PayModifierDefinition, PayModifierDefinitionList]:
        """The first page of ``list_company_bonuses`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: int) -> PayModifierDefinitionList:
            return await self.list_company_bonuses(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "results", "page")

    async def list_company_penalties(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PayModifierDefinitionList:
        """List Penalties.

        Lists the penalties the company has defined (fixed amounts or percentages deducted from pay).
        Apply one to a work order by its `id`.

        ``GET /penalties``

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.company import list_company_penalties as _op  # loaded on first call

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

    def iter_company_penalties(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[PayModifierDefinition]:
        """List Penalties: every item, across all pages.

        Lists the penalties the company has defined (fixed amounts or percentages deducted from pay).
        Apply one to a work order by its `id`.

        ``GET /penalties``

        Args:
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> PayModifierDefinitionList:
            return await self.list_company_penalties(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def page_company_penalties(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[PayModifierDefinition, PayModifierDefinitionList]:
        """The first page of ``list_company_penalties`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: int) -> PayModifierDefinitionList:
            return await self.list_company_penalties(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "results", "page")


class CompanyResourceWithRawResponse:
    """``CompanyResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: CompanyResource) -> None:
        self.list_company_tags = to_raw_response_wrapper(resource.list_company_tags)
        self.create_company_tag = to_raw_response_wrapper(resource.create_company_tag)
        self.list_company_expenses = to_raw_response_wrapper(resource.list_company_expenses)
        self.list_company_networks = to_raw_response_wrapper(resource.list_company_networks)
        self.list_company_managers = to_raw_response_wrapper(resource.list_company_managers)
        self.list_site_revisit_reasons = to_raw_response_wrapper(resource.list_site_revisit_reasons)
        self.list_incomplete_reasons = to_raw_response_wrapper(resource.list_incomplete_reasons)
        self.list_company_custom_fields = to_raw_response_wrapper(resource.list_company_custom_fields)
        self.list_company_bonuses = to_raw_response_wrapper(resource.list_company_bonuses)
        self.list_company_penalties = to_raw_response_wrapper(resource.list_company_penalties)


class CompanyResourceWithStreamingResponse:
    """``CompanyResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: CompanyResource) -> None:
        self.list_company_tags = to_streamed_response_wrapper(resource.list_company_tags)
        self.create_company_tag = to_streamed_response_wrapper(resource.create_company_tag)
        self.list_company_expenses = to_streamed_response_wrapper(resource.list_company_expenses)
        self.list_company_networks = to_streamed_response_wrapper(resource.list_company_networks)
        self.list_company_managers = to_streamed_response_wrapper(resource.list_company_managers)
        self.list_site_revisit_reasons = to_streamed_response_wrapper(resource.list_site_revisit_reasons)
        self.list_incomplete_reasons = to_streamed_response_wrapper(resource.list_incomplete_reasons)
        self.list_company_custom_fields = to_streamed_response_wrapper(resource.list_company_custom_fields)
        self.list_company_bonuses = to_streamed_response_wrapper(resource.list_company_bonuses)
        self.list_company_penalties = to_streamed_response_wrapper(resource.list_company_penalties)


class AsyncCompanyResourceWithRawResponse:
    """``AsyncCompanyResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncCompanyResource) -> None:
        self.list_company_tags = async_to_raw_response_wrapper(resource.list_company_tags)
        self.create_company_tag = async_to_raw_response_wrapper(resource.create_company_tag)
        self.list_company_expenses = async_to_raw_response_wrapper(resource.list_company_expenses)
        self.list_company_networks = async_to_raw_response_wrapper(resource.list_company_networks)
        self.list_company_managers = async_to_raw_response_wrapper(resource.list_company_managers)
        self.list_site_revisit_reasons = async_to_raw_response_wrapper(resource.list_site_revisit_reasons)
        self.list_incomplete_reasons = async_to_raw_response_wrapper(resource.list_incomplete_reasons)
        self.list_company_custom_fields = async_to_raw_response_wrapper(resource.list_company_custom_fields)
        self.list_company_bonuses = async_to_raw_response_wrapper(resource.list_company_bonuses)
        self.list_company_penalties = async_to_raw_response_wrapper(resource.list_company_penalties)


class AsyncCompanyResourceWithStreamingResponse:
    """``AsyncCompanyResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncCompanyResource) -> None:
        self.list_company_tags = async_to_streamed_response_wrapper(resource.list_company_tags)
        self.create_company_tag = async_to_streamed_response_wrapper(resource.create_company_tag)
        self.list_company_expenses = async_to_streamed_response_wrapper(resource.list_company_expenses)
        self.list_company_networks = async_to_streamed_response_wrapper(resource.list_company_networks)
        self.list_company_managers = async_to_streamed_response_wrapper(resource.list_company_managers)
        self.list_site_revisit_reasons = async_to_streamed_response_wrapper(
            resource.list_site_revisit_reasons
        )
        self.list_incomplete_reasons = async_to_streamed_response_wrapper(resource.list_incomplete_reasons)
        self.list_company_custom_fields = async_to_streamed_response_wrapper(
            resource.list_company_custom_fields
        )
        self.list_company_bonuses = async_to_streamed_response_wrapper(resource.list_company_bonuses)
        self.list_company_penalties = async_to_streamed_response_wrapper(resource.list_company_penalties)
