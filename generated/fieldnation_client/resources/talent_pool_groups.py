"""Talent pool groups: 7 operations, sync (``TalentPoolGroupsResource``) and async (``AsyncTalentPoolGroupsResource``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any
from uuid import UUID

import httpx

from .._pagination import AsyncPage, SyncPage, aiter_cursor, iter_cursor
from .._resource import AsyncResource, SyncResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_talent_pool_group_providers_sort_direction import (
        ListTalentPoolGroupProvidersSortDirection,
    )
    from ..models.list_talent_pool_groups_sort_direction import ListTalentPoolGroupsSortDirection
    from ..models.success import Success
    from ..models.talent_pool_group import TalentPoolGroup
    from ..models.talent_pool_group_input import TalentPoolGroupInput, TalentPoolGroupInputDict
    from ..models.talent_pool_group_list import TalentPoolGroupList
    from ..models.talent_pool_group_provider import TalentPoolGroupProvider
    from ..models.talent_pool_group_provider_list import TalentPoolGroupProviderList
    from ..models.talent_pool_group_update import TalentPoolGroupUpdate, TalentPoolGroupUpdateDict
    from ..models.talent_pool_provider_removal import TalentPoolProviderRemoval

    pass

__all__ = ["AsyncTalentPoolGroupsResource", "TalentPoolGroupsResource"]

Timeout = float | httpx.Timeout | None


class TalentPoolGroupsResource(SyncResource):
    """Talent pool groups operations; reach them as ``client.talent_pool_groups``."""

    @cached_property
    def with_raw_response(self) -> TalentPoolGroupsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return TalentPoolGroupsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TalentPoolGroupsResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return TalentPoolGroupsResourceWithStreamingResponse(self)

    def list_talent_pool_groups(
        self,
        *,
        f_ids: str | Unset = UNSET,
        f_name: str | Unset = UNSET,
        f_project_id: int | Unset = UNSET,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: ListTalentPoolGroupsSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> TalentPoolGroupList:
        """List Talent Pool Groups.

        Pages through the company's second-generation talent pool groups. Narrow the list by group ids,
        name or project and choose the sort field and direction.

        ``GET /talent-pool-groups``

        Args:
            f_ids (str | Unset):
            f_name (str | Unset):
            f_project_id (int | Unset):
            limit (int | Unset):  Default: 20.
            cursor (str | Unset):
            sort_by (str | Unset):
            sort_direction (ListTalentPoolGroupsSortDirection | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.talent_pool_groups import list_talent_pool_groups as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                f_ids=f_ids,
                f_name=f_name,
                f_project_id=f_project_id,
                limit=limit,
                cursor=cursor,
                sort_by=sort_by,
                sort_direction=sort_direction,
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

    def iter_talent_pool_groups(
        self,
        *,
        f_ids: str | Unset = UNSET,
        f_name: str | Unset = UNSET,
        f_project_id: int | Unset = UNSET,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListTalentPoolGroupsSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[TalentPoolGroup]:
        """List Talent Pool Groups: every item, across all pages.

        Pages through the company's second-generation talent pool groups. Narrow the list by group ids,
        name or project and choose the sort field and direction.

        ``GET /talent-pool-groups``

        Args:
            f_ids (str | Unset):
            f_name (str | Unset):
            f_project_id (int | Unset):
            limit (int | Unset):  Default: 20.
            sort_by (str | Unset):
            sort_direction (ListTalentPoolGroupsSortDirection | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: str | None) -> TalentPoolGroupList:
            return self.list_talent_pool_groups(
                f_ids=f_ids,
                f_name=f_name,
                f_project_id=f_project_id,
                limit=limit,
                cursor=UNSET if position is None else position,
                sort_by=sort_by,
                sort_direction=sort_direction,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_cursor(fetch, "data")

    def page_talent_pool_groups(
        self,
        *,
        f_ids: str | Unset = UNSET,
        f_name: str | Unset = UNSET,
        f_project_id: int | Unset = UNSET,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListTalentPoolGroupsSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[TalentPoolGroup, TalentPoolGroupList]:
        """The first page of ``list_talent_pool_groups`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: str | None) -> TalentPoolGroupList:
            return self.list_talent_pool_groups(
                f_ids=f_ids,
                f_name=f_name,
                f_project_id=f_project_id,
                limit=limit,
                cursor=UNSET if position is None else position,
                sort_by=sort_by,
                sort_direction=sort_direction,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "data", "cursor")

    def create_talent_pool_group(
        self,
        *,
        body: TalentPoolGroupInput | TalentPoolGroupInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> TalentPoolGroup:
        """Create Talent Pool Group.

        Creates a talent pool group inside a project. Attributes sent with it are stored by name; tiers
        can be added in the same request or later.

        ``POST /talent-pool-groups``

        Args:
            body (TalentPoolGroupInput): Body of the create request. Example: {'name': 'Spring POS
                Refresh - Midwest', 'project_id': 2201, 'display_name': 'Midwest POS Techs', 'attributes':
                [{'name': 'certification_level', 'value': 'expert'}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.talent_pool_groups import create_talent_pool_group as _op  # loaded on first call

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

    def get_talent_pool_group(
        self,
        group_uuid: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> TalentPoolGroup:
        """Get Talent Pool Group Details.

        Reads one talent pool group with its tiers and attributes.

        ``GET /talent-pool-groups/{group_uuid}``

        Args:
            group_uuid (UUID):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.talent_pool_groups import get_talent_pool_group as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(group_uuid=group_uuid),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_talent_pool_group(
        self,
        group_uuid: UUID,
        *,
        body: TalentPoolGroupUpdate | TalentPoolGroupUpdateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> TalentPoolGroup:
        """Update Talent Pool Group.

        Changes a talent pool group's names or project, upserts its attributes by name, and renames or
        adds tiers.

        ``PUT /talent-pool-groups/{group_uuid}``

        Args:
            group_uuid (UUID):
            body (TalentPoolGroupUpdate): Body of the update request; fields left out keep their
                value. Example: {'name': 'Spring POS Refresh - Midwest', 'project_id': 2201,
                'display_name': 'Midwest POS Techs', 'attributes': [{'name': 'certification_level',
                'value': 'expert'}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.talent_pool_groups import update_talent_pool_group as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(group_uuid=group_uuid, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete_talent_pool_group(
        self,
        group_uuid: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Success:
        """Delete Talent Pool Group.

        Deletes a talent pool group together with its tiers and every provider membership in them. This
        cannot be undone.

        ``DELETE /talent-pool-groups/{group_uuid}``

        Args:
            group_uuid (UUID):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.talent_pool_groups import delete_talent_pool_group as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(group_uuid=group_uuid),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def list_talent_pool_group_providers(
        self,
        group_uuid: UUID,
        *,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: ListTalentPoolGroupProvidersSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> TalentPoolGroupProviderList:
        """List Providers in Talent Pool Group.

        Pages through the providers that belong to any tier of a talent pool group, each with the tier
        it holds.

        ``GET /talent-pool-groups/{group_uuid}/providers``

        Args:
            group_uuid (UUID):
            limit (int | Unset):  Default: 20.
            cursor (str | Unset):
            sort_by (str | Unset):
            sort_direction (ListTalentPoolGroupProvidersSortDirection | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.talent_pool_groups import list_talent_pool_group_providers as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                group_uuid=group_uuid,
                limit=limit,
                cursor=cursor,
                sort_by=sort_by,
                sort_direction=sort_direction,
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

    def iter_talent_pool_group_providers(
        self,
        group_uuid: UUID,
        *,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListTalentPoolGroupProvidersSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[TalentPoolGroupProvider]:
        """List Providers in Talent Pool Group: every item, across all pages.

        Pages through the providers that belong to any tier of a talent pool group, each with the tier
        it holds.

        ``GET /talent-pool-groups/{group_uuid}/providers``

        Args:
            group_uuid (UUID):
            limit (int | Unset):  Default: 20.
            sort_by (str | Unset):
            sort_direction (ListTalentPoolGroupProvidersSortDirection | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: str | None) -> TalentPoolGroupProviderList:
            return self.list_talent_pool_group_providers(
                group_uuid=group_uuid,
                limit=limit,
                cursor=UNSET if position is None else position,
                sort_by=sort_by,
                sort_direction=sort_direction,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_cursor(fetch, "data")

    def page_talent_pool_group_providers(
        self,
        group_uuid: UUID,
        *,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListTalentPoolGroupProvidersSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[TalentPoolGroupProvider, TalentPoolGroupProviderList]:
        """The first page of ``list_talent_pool_group_providers`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: str | None) -> TalentPoolGroupProviderList:
            return self.list_talent_pool_group_providers(
                group_uuid=group_uuid,
                limit=limit,
                cursor=UNSET if position is None else position,
                sort_by=sort_by,
                sort_direction=sort_direction,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "data", "cursor")

    def remove_talent_pool_group_provider(
        self,
        group_uuid: UUID,
        provider_id: int,
        *,
        tier_id: int | Unset = UNSET,
        remove_from_project: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> TalentPoolProviderRemoval:
        """Remove Provider from Talent Pool Group.

        Takes a provider out of a talent pool group. Send `tierId` to remove the provider from that one
        tier of the group, or `removeFromProject=true` to remove the provider from every talent pool
        group of the group's project. One of the two is required; a request with neither is answered
        400.

        ``DELETE /talent-pool-groups/{group_uuid}/providers/{provider_id}``

        Args:
            group_uuid (UUID):
            provider_id (int):
            tier_id (int | Unset):
            remove_from_project (bool | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.talent_pool_groups import remove_talent_pool_group_provider as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                group_uuid=group_uuid,
                provider_id=provider_id,
                tier_id=tier_id,
                remove_from_project=remove_from_project,
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


class AsyncTalentPoolGroupsResource(AsyncResource):
    """Talent pool groups operations; reach them as ``async_client.talent_pool_groups``."""

    @cached_property
    def with_raw_response(self) -> AsyncTalentPoolGroupsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncTalentPoolGroupsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTalentPoolGroupsResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncTalentPoolGroupsResourceWithStreamingResponse(self)

    async def list_talent_pool_groups(
        self,
        *,
        f_ids: str | Unset = UNSET,
        f_name: str | Unset = UNSET,
        f_project_id: int | Unset = UNSET,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: ListTalentPoolGroupsSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> TalentPoolGroupList:
        """List Talent Pool Groups.

        Pages through the company's second-generation talent pool groups. Narrow the list by group ids,
        name or project and choose the sort field and direction.

        ``GET /talent-pool-groups``

        Args:
            f_ids (str | Unset):
            f_name (str | Unset):
            f_project_id (int | Unset):
            limit (int | Unset):  Default: 20.
            cursor (str | Unset):
            sort_by (str | Unset):
            sort_direction (ListTalentPoolGroupsSortDirection | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.talent_pool_groups import list_talent_pool_groups as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                f_ids=f_ids,
                f_name=f_name,
                f_project_id=f_project_id,
                limit=limit,
                cursor=cursor,
                sort_by=sort_by,
                sort_direction=sort_direction,
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

    def iter_talent_pool_groups(
        self,
        *,
        f_ids: str | Unset = UNSET,
        f_name: str | Unset = UNSET,
        f_project_id: int | Unset = UNSET,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListTalentPoolGroupsSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[TalentPoolGroup]:
        """List Talent Pool Groups: every item, across all pages.

        Pages through the company's second-generation talent pool groups. Narrow the list by group ids,
        name or project and choose the sort field and direction.

        ``GET /talent-pool-groups``

        Args:
            f_ids (str | Unset):
            f_name (str | Unset):
            f_project_id (int | Unset):
            limit (int | Unset):  Default: 20.
            sort_by (str | Unset):
            sort_direction (ListTalentPoolGroupsSortDirection | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: str | None) -> TalentPoolGroupList:
            return await self.list_talent_pool_groups(
                f_ids=f_ids,
                f_name=f_name,
                f_project_id=f_project_id,
                limit=limit,
                cursor=UNSET if position is None else position,
                sort_by=sort_by,
                sort_direction=sort_direction,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_cursor(fetch, "data")

    async def page_talent_pool_groups(
        self,
        *,
        f_ids: str | Unset = UNSET,
        f_name: str | Unset = UNSET,
        f_project_id: int | Unset = UNSET,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListTalentPoolGroupsSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[TalentPoolGroup, TalentPoolGroupList]:
        """The first page of ``list_talent_pool_groups`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: str | None) -> TalentPoolGroupList:
            return await self.list_talent_pool_groups(
                f_ids=f_ids,
                f_name=f_name,
                f_project_id=f_project_id,
                limit=limit,
                cursor=UNSET if position is None else position,
                sort_by=sort_by,
                sort_direction=sort_direction,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "data", "cursor")

    async def create_talent_pool_group(
        self,
        *,
        body: TalentPoolGroupInput | TalentPoolGroupInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> TalentPoolGroup:
        """Create Talent Pool Group.

        Creates a talent pool group inside a project. Attributes sent with it are stored by name; tiers
        can be added in the same request or later.

        ``POST /talent-pool-groups``

        Args:
            body (TalentPoolGroupInput): Body of the create request. Example: {'name': 'Spring POS
                Refresh - Midwest', 'project_id': 2201, 'display_name': 'Midwest POS Techs', 'attributes':
                [{'name': 'certification_level', 'value': 'expert'}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.talent_pool_groups import create_talent_pool_group as _op  # loaded on first call

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

    async def get_talent_pool_group(
        self,
        group_uuid: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> TalentPoolGroup:
        """Get Talent Pool Group Details.

        Reads one talent pool group with its tiers and attributes.

        ``GET /talent-pool-groups/{group_uuid}``

        Args:
            group_uuid (UUID):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.talent_pool_groups import get_talent_pool_group as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(group_uuid=group_uuid),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_talent_pool_group(
        self,
        group_uuid: UUID,
        *,
        body: TalentPoolGroupUpdate | TalentPoolGroupUpdateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> TalentPoolGroup:
        """Update Talent Pool Group.

        Changes a talent pool group's names or project, upserts its attributes by name, and renames or
        adds tiers.

        ``PUT /talent-pool-groups/{group_uuid}``

        Args:
            group_uuid (UUID):
            body (TalentPoolGroupUpdate): Body of the update request; fields left out keep their
                value. Example: {'name': 'Spring POS Refresh - Midwest', 'project_id': 2201,
                'display_name': 'Midwest POS Techs', 'attributes': [{'name': 'certification_level',
                'value': 'expert'}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.talent_pool_groups import update_talent_pool_group as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(group_uuid=group_uuid, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete_talent_pool_group(
        self,
        group_uuid: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Success:
        """Delete Talent Pool Group.

        Deletes a talent pool group together with its tiers and every provider membership in them. This
        cannot be undone.

        ``DELETE /talent-pool-groups/{group_uuid}``

        Args:
            group_uuid (UUID):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.talent_pool_groups import delete_talent_pool_group as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(group_uuid=group_uuid),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def list_talent_pool_group_providers(
        self,
        group_uuid: UUID,
        *,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: ListTalentPoolGroupProvidersSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> TalentPoolGroupProviderList:
        """List Providers in Talent Pool Group.

        Pages through the providers that belong to any tier of a talent pool group, each with the tier
        it holds.

        ``GET /talent-pool-groups/{group_uuid}/providers``

        Args:
            group_uuid (UUID):
            limit (int | Unset):  Default: 20.
            cursor (str | Unset):
            sort_by (str | Unset):
            sort_direction (ListTalentPoolGroupProvidersSortDirection | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.talent_pool_groups import list_talent_pool_group_providers as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                group_uuid=group_uuid,
                limit=limit,
                cursor=cursor,
                sort_by=sort_by,
                sort_direction=sort_direction,
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

    def iter_talent_pool_group_providers(
        self,
        group_uuid: UUID,
        *,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListTalentPoolGroupProvidersSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[TalentPoolGroupProvider]:
        """List Providers in Talent Pool Group: every item, across all pages.

        Pages through the providers that belong to any tier of a talent pool group, each with the tier
        it holds.

        ``GET /talent-pool-groups/{group_uuid}/providers``

        Args:
            group_uuid (UUID):
            limit (int | Unset):  Default: 20.
            sort_by (str | Unset):
            sort_direction (ListTalentPoolGroupProvidersSortDirection | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: str | None) -> TalentPoolGroupProviderList:
            return await self.list_talent_pool_group_providers(
                group_uuid=group_uuid,
                limit=limit,
                cursor=UNSET if position is None else position,
                sort_by=sort_by,
                sort_direction=sort_direction,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_cursor(fetch, "data")

    async def page_talent_pool_group_providers(
        self,
        group_uuid: UUID,
        *,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListTalentPoolGroupProvidersSortDirection | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[TalentPoolGroupProvider, TalentPoolGroupProviderList]:
        """The first page of ``list_talent_pool_group_providers`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: str | None) -> TalentPoolGroupProviderList:
            return await self.list_talent_pool_group_providers(
                group_uuid=group_uuid,
                limit=limit,
                cursor=UNSET if position is None else position,
                sort_by=sort_by,
                sort_direction=sort_direction,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "data", "cursor")

    async def remove_talent_pool_group_provider(
        self,
        group_uuid: UUID,
        provider_id: int,
        *,
        tier_id: int | Unset = UNSET,
        remove_from_project: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> TalentPoolProviderRemoval:
        """Remove Provider from Talent Pool Group.

        Takes a provider out of a talent pool group. Send `tierId` to remove the provider from that one
        tier of the group, or `removeFromProject=true` to remove the provider from every talent pool
        group of the group's project. One of the two is required; a request with neither is answered
        400.

        ``DELETE /talent-pool-groups/{group_uuid}/providers/{provider_id}``

        Args:
            group_uuid (UUID):
            provider_id (int):
            tier_id (int | Unset):
            remove_from_project (bool | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.talent_pool_groups import remove_talent_pool_group_provider as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                group_uuid=group_uuid,
                provider_id=provider_id,
                tier_id=tier_id,
                remove_from_project=remove_from_project,
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


class TalentPoolGroupsResourceWithRawResponse:
    """``TalentPoolGroupsResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: TalentPoolGroupsResource) -> None:
        self.list_talent_pool_groups = to_raw_response_wrapper(resource.list_talent_pool_groups)
        self.create_talent_pool_group = to_raw_response_wrapper(resource.create_talent_pool_group)
        self.get_talent_pool_group = to_raw_response_wrapper(resource.get_talent_pool_group)
        self.update_talent_pool_group = to_raw_response_wrapper(resource.update_talent_pool_group)
        self.delete_talent_pool_group = to_raw_response_wrapper(resource.delete_talent_pool_group)
        self.list_talent_pool_group_providers = to_raw_response_wrapper(
            resource.list_talent_pool_group_providers
        )
        self.remove_talent_pool_group_provider = to_raw_response_wrapper(
            resource.remove_talent_pool_group_provider
        )


class TalentPoolGroupsResourceWithStreamingResponse:
    """``TalentPoolGroupsResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: TalentPoolGroupsResource) -> None:
        self.list_talent_pool_groups = to_streamed_response_wrapper(resource.list_talent_pool_groups)
        self.create_talent_pool_group = to_streamed_response_wrapper(resource.create_talent_pool_group)
        self.get_talent_pool_group = to_streamed_response_wrapper(resource.get_talent_pool_group)
        self.update_talent_pool_group = to_streamed_response_wrapper(resource.update_talent_pool_group)
        self.delete_talent_pool_group = to_streamed_response_wrapper(resource.delete_talent_pool_group)
        self.list_talent_pool_group_providers = to_streamed_response_wrapper(
            resource.list_talent_pool_group_providers
        )
        self.remove_talent_pool_group_provider = to_streamed_response_wrapper(
            resource.remove_talent_pool_group_provider
        )


class AsyncTalentPoolGroupsResourceWithRawResponse:
    """``AsyncTalentPoolGroupsResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncTalentPoolGroupsResource) -> None:
        self.list_talent_pool_groups = async_to_raw_response_wrapper(resource.list_talent_pool_groups)
        self.create_talent_pool_group = async_to_raw_response_wrapper(resource.create_talent_pool_group)
        self.get_talent_pool_group = async_to_raw_response_wrapper(resource.get_talent_pool_group)
        self.update_talent_pool_group = async_to_raw_response_wrapper(resource.update_talent_pool_group)
        self.delete_talent_pool_group = async_to_raw_response_wrapper(resource.delete_talent_pool_group)
        self.list_talent_pool_group_providers = async_to_raw_response_wrapper(
            resource.list_talent_pool_group_providers
        )
        self.remove_talent_pool_group_provider = async_to_raw_response_wrapper(
            resource.remove_talent_pool_group_provider
        )


class AsyncTalentPoolGroupsResourceWithStreamingResponse:
    """``AsyncTalentPoolGroupsResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncTalentPoolGroupsResource) -> None:
        self.list_talent_pool_groups = async_to_streamed_response_wrapper(resource.list_talent_pool_groups)
        self.create_talent_pool_group = async_to_streamed_response_wrapper(resource.create_talent_pool_group)
        self.get_talent_pool_group = async_to_streamed_response_wrapper(resource.get_talent_pool_group)
        self.update_talent_pool_group = async_to_streamed_response_wrapper(resource.update_talent_pool_group)
        self.delete_talent_pool_group = async_to_streamed_response_wrapper(resource.delete_talent_pool_group)
        self.list_talent_pool_group_providers = async_to_streamed_response_wrapper(
            resource.list_talent_pool_group_providers
        )
        self.remove_talent_pool_group_provider = async_to_streamed_response_wrapper(
            resource.remove_talent_pool_group_provider
        )
