"""Service types: 1 operation, sync (``ServiceTypesResource``) and async (``AsyncServiceTypesResource``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import httpx

from .._pagination import aiter_pages, iter_pages
from .._resource import AsyncResource, SyncResource
from ..types import Unset

if TYPE_CHECKING:
    from ..models.service_type import ServiceType
    from ..models.service_type_list import ServiceTypeList

__all__ = ["AsyncServiceTypesResource", "ServiceTypesResource"]

Timeout = float | httpx.Timeout | None


class ServiceTypesResource(SyncResource):
    """Service types operations; reach them as ``client.service_types``."""

    def list_service_types(
        self,
        type_of_work_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        timeout: Timeout = None,
    ) -> ServiceTypeList:
        """List Service Types.

        Lists the service types (installation, troubleshooting...) available under one type of work.
        Automatic dispatch needs a service type as well as a type of work.

        ``GET /types-of-work/{type_of_work_id}/service-types``

        Args:
            type_of_work_id (int):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.service_types import list_service_types as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(type_of_work_id=type_of_work_id, page=page, per_page=per_page),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def iter_service_types(
        self, type_of_work_id: int, *, per_page: int | Unset = 25, timeout: Timeout = None
    ) -> Iterator[ServiceType]:
        """List Service Types: every item, across all pages.

        Lists the service types (installation, troubleshooting...) available under one type of work.
        Automatic dispatch needs a service type as well as a type of work.

        ``GET /types-of-work/{type_of_work_id}/service-types``

        Args:
            type_of_work_id (int):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> ServiceTypeList:
            return self.list_service_types(
                type_of_work_id=type_of_work_id, page=position, per_page=per_page, timeout=timeout
            )

        return iter_pages(fetch, "results")


class AsyncServiceTypesResource(AsyncResource):
    """Service types operations; reach them as ``async_client.service_types``."""

    async def list_service_types(
        self,
        type_of_work_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        timeout: Timeout = None,
    ) -> ServiceTypeList:
        """List Service Types.

        Lists the service types (installation, troubleshooting...) available under one type of work.
        Automatic dispatch needs a service type as well as a type of work.

        ``GET /types-of-work/{type_of_work_id}/service-types``

        Args:
            type_of_work_id (int):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.service_types import list_service_types as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(type_of_work_id=type_of_work_id, page=page, per_page=per_page),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def iter_service_types(
        self, type_of_work_id: int, *, per_page: int | Unset = 25, timeout: Timeout = None
    ) -> AsyncIterator[ServiceType]:
        """List Service Types: every item, across all pages.

        Lists the service types (installation, troubleshooting...) available under one type of work.
        Automatic dispatch needs a service type as well as a type of work.

        ``GET /types-of-work/{type_of_work_id}/service-types``

        Args:
            type_of_work_id (int):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> ServiceTypeList:
            return await self.list_service_types(
                type_of_work_id=type_of_work_id, page=position, per_page=per_page, timeout=timeout
            )

        return aiter_pages(fetch, "results")
