"""Templates: 2 operations, sync (``TemplatesResource``) and async (``AsyncTemplatesResource``)."""

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
    from ..models.template import Template
    from ..models.template_list import TemplateList

    pass

__all__ = ["AsyncTemplatesResource", "TemplatesResource"]

Timeout = float | httpx.Timeout | None


class TemplatesResource(SyncResource):
    """Templates operations; reach them as ``client.templates``."""

    @cached_property
    def with_raw_response(self) -> TemplatesResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return TemplatesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TemplatesResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return TemplatesResourceWithStreamingResponse(self)

    def list_templates(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        columns: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> TemplateList:
        """Get workorder templates.

        Lists the company's work order templates one page at a time. A template stores a ready-made set
        of work order fields (type of work, pay, tasks, instructions) from which new work orders can be
        created.

        ``GET /templates``

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.
            columns (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.templates import list_templates as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(page=page, per_page=per_page, columns=columns),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_templates(
        self,
        *,
        per_page: int | Unset = 25,
        columns: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[Template]:
        """Get workorder templates: every item, across all pages.

        Lists the company's work order templates one page at a time. A template stores a ready-made set
        of work order fields (type of work, pay, tasks, instructions) from which new work orders can be
        created.

        ``GET /templates``

        Args:
            per_page (int | Unset):  Default: 25.
            columns (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> TemplateList:
            return self.list_templates(
                page=position,
                per_page=per_page,
                columns=columns,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def page_templates(
        self,
        *,
        per_page: int | Unset = 25,
        columns: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[Template, TemplateList]:
        """The first page of ``list_templates`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: int) -> TemplateList:
            return self.list_templates(
                page=position,
                per_page=per_page,
                columns=columns,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "results", "page")

    def get_template(
        self,
        template_id: int,
        *,
        columns: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Template:
        """Get workorder template by id.

        Reads one work order template, including the work order fields it pre-fills (`data`), its tasks
        and its client, project and author.

        ``GET /templates/{template_id}``

        Args:
            template_id (int):
            columns (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.templates import get_template as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(template_id=template_id, columns=columns),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncTemplatesResource(AsyncResource):
    """Templates operations; reach them as ``async_client.templates``."""

    @cached_property
    def with_raw_response(self) -> AsyncTemplatesResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncTemplatesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTemplatesResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncTemplatesResourceWithStreamingResponse(self)

    async def list_templates(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        columns: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> TemplateList:
        """Get workorder templates.

        Lists the company's work order templates one page at a time. A template stores a ready-made set
        of work order fields (type of work, pay, tasks, instructions) from which new work orders can be
        created.

        ``GET /templates``

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.
            columns (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.templates import list_templates as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(page=page, per_page=per_page, columns=columns),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_templates(
        self,
        *,
        per_page: int | Unset = 25,
        columns: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[Template]:
        """Get workorder templates: every item, across all pages.

        Lists the company's work order templates one page at a time. A template stores a ready-made set
        of work order fields (type of work, pay, tasks, instructions) from which new work orders can be
        created.

        ``GET /templates``

        Args:
            per_page (int | Unset):  Default: 25.
            columns (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> TemplateList:
            return await self.list_templates(
                page=position,
                per_page=per_page,
                columns=columns,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def page_templates(
        self,
        *,
        per_page: int | Unset = 25,
        columns: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[Template, TemplateList]:
        """The first page of ``list_templates`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: int) -> TemplateList:
            return await self.list_templates(
                page=position,
                per_page=per_page,
                columns=columns,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "results", "page")

    async def get_template(
        self,
        template_id: int,
        *,
        columns: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Template:
        """Get workorder template by id.

        Reads one work order template, including the work order fields it pre-fills (`data`), its tasks
        and its client, project and author.

        ``GET /templates/{template_id}``

        Args:
            template_id (int):
            columns (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.templates import get_template as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(template_id=template_id, columns=columns),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class TemplatesResourceWithRawResponse:
    """``TemplatesResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: TemplatesResource) -> None:
        self.list_templates = to_raw_response_wrapper(resource.list_templates)
        self.get_template = to_raw_response_wrapper(resource.get_template)


class TemplatesResourceWithStreamingResponse:
    """``TemplatesResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: TemplatesResource) -> None:
        self.list_templates = to_streamed_response_wrapper(resource.list_templates)
        self.get_template = to_streamed_response_wrapper(resource.get_template)


class AsyncTemplatesResourceWithRawResponse:
    """``AsyncTemplatesResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncTemplatesResource) -> None:
        self.list_templates = async_to_raw_response_wrapper(resource.list_templates)
        self.get_template = async_to_raw_response_wrapper(resource.get_template)


class AsyncTemplatesResourceWithStreamingResponse:
    """``AsyncTemplatesResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncTemplatesResource) -> None:
        self.list_templates = async_to_streamed_response_wrapper(resource.list_templates)
        self.get_template = async_to_streamed_response_wrapper(resource.get_template)
