"""Types of work: 1 operation, sync (``TypesOfWorkResource``) and async (``AsyncTypesOfWorkResource``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import httpx

from .._pagination import aiter_pages, iter_pages
from .._resource import AsyncResource, SyncResource
from ..types import Unset

if TYPE_CHECKING:
    from ..models.type_of_work import TypeOfWork
    from ..models.type_of_work_list import TypeOfWorkList

__all__ = ["AsyncTypesOfWorkResource", "TypesOfWorkResource"]

Timeout = float | httpx.Timeout | None


class TypesOfWorkResource(SyncResource):
    """Types of work operations; reach them as ``client.types_of_work``."""

    def list_types_of_work(
        self, *, page: int | Unset = 1, per_page: int | Unset = 25, timeout: Timeout = None
    ) -> TypeOfWorkList:
        """Get types of work.

        Lists the types of work a work order can be classified under, each with the industry (service
        category) it belongs to. Use an `id` from here for a work order's `type_of_work` and to look up
        service types.

        ``GET /types-of-work``

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.types_of_work import list_types_of_work as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(page=page, per_page=per_page),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def iter_types_of_work(
        self, *, per_page: int | Unset = 25, timeout: Timeout = None
    ) -> Iterator[TypeOfWork]:
        """Get types of work: every item, across all pages.

        Lists the types of work a work order can be classified under, each with the industry (service
        category) it belongs to. Use an `id` from here for a work order's `type_of_work` and to look up
        service types.

        ``GET /types-of-work``

        Args:
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> TypeOfWorkList:
            return self.list_types_of_work(page=position, per_page=per_page, timeout=timeout)

        return iter_pages(fetch, "results")


class AsyncTypesOfWorkResource(AsyncResource):
    """Types of work operations; reach them as ``async_client.types_of_work``."""

    async def list_types_of_work(
        self, *, page: int | Unset = 1, per_page: int | Unset = 25, timeout: Timeout = None
    ) -> TypeOfWorkList:
        """Get types of work.

        Lists the types of work a work order can be classified under, each with the industry (service
        category) it belongs to. Use an `id` from here for a work order's `type_of_work` and to look up
        service types.

        ``GET /types-of-work``

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.types_of_work import list_types_of_work as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(page=page, per_page=per_page),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def iter_types_of_work(
        self, *, per_page: int | Unset = 25, timeout: Timeout = None
    ) -> AsyncIterator[TypeOfWork]:
        """Get types of work: every item, across all pages.

        Lists the types of work a work order can be classified under, each with the industry (service
        category) it belongs to. Use an `id` from here for a work order's `type_of_work` and to look up
        service types.

        ``GET /types-of-work``

        Args:
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> TypeOfWorkList:
            return await self.list_types_of_work(page=position, per_page=per_page, timeout=timeout)

        return aiter_pages(fetch, "results")
