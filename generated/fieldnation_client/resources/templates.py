"""Templates: 2 operations, sync (``TemplatesResource``) and async (``AsyncTemplatesResource``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import httpx

from .._pagination import aiter_pages, iter_pages
from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template import Template
    from ..models.template_list import TemplateList

__all__ = ["AsyncTemplatesResource", "TemplatesResource"]

Timeout = float | httpx.Timeout | None


class TemplatesResource(SyncResource):
    """Templates operations; reach them as ``client.templates``."""

    def list_templates(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        columns: str | Unset = UNSET,
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
        )

    def iter_templates(
        self, *, per_page: int | Unset = 25, columns: str | Unset = UNSET, timeout: Timeout = None
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
            return self.list_templates(page=position, per_page=per_page, columns=columns, timeout=timeout)

        return iter_pages(fetch, "results")

    def get_template(
        self, template_id: int, *, columns: str | Unset = UNSET, timeout: Timeout = None
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
        )


class AsyncTemplatesResource(AsyncResource):
    """Templates operations; reach them as ``async_client.templates``."""

    async def list_templates(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        columns: str | Unset = UNSET,
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
        )

    def iter_templates(
        self, *, per_page: int | Unset = 25, columns: str | Unset = UNSET, timeout: Timeout = None
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
                page=position, per_page=per_page, columns=columns, timeout=timeout
            )

        return aiter_pages(fetch, "results")

    async def get_template(
        self, template_id: int, *, columns: str | Unset = UNSET, timeout: Timeout = None
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
        )
