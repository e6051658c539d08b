"""Talent pool groups: 7 operations, sync (``TalentPoolGroupsResource``) and async (``AsyncTalentPoolGroupsResource``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING
from uuid import UUID

import httpx

from .._pagination import aiter_cursor, iter_cursor
from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_talent_pool_group_providers_sort_direction import (
        ListTalentPoolGroupProvidersSortDirection,
    )
    from ..models.list_talent_pool_groups_sort_direction import ListTalentPoolGroupsSortDirection
    from ..models.success import Success
    from ..models.talent_pool_group import TalentPoolGroup
    from ..models.talent_pool_group_input import TalentPoolGroupInput
    from ..models.talent_pool_group_list import TalentPoolGroupList
    from ..models.talent_pool_group_provider import TalentPoolGroupProvider
    from ..models.talent_pool_group_provider_list import TalentPoolGroupProviderList
    from ..models.talent_pool_group_update import TalentPoolGroupUpdate
    from ..models.talent_pool_provider_removal import TalentPoolProviderRemoval

__all__ = ["AsyncTalentPoolGroupsResource", "TalentPoolGroupsResource"]

Timeout = float | httpx.Timeout | None


class TalentPoolGroupsResource(SyncResource):
    """Talent pool groups operations; reach them as ``client.talent_pool_groups``."""

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
                timeout=timeout,
            )

        return iter_cursor(fetch, "data")

    def create_talent_pool_group(
        self, *, body: TalentPoolGroupInput, timeout: Timeout = None
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
        )

    def get_talent_pool_group(self, group_uuid: UUID, *, timeout: Timeout = None) -> TalentPoolGroup:
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
        )

    def update_talent_pool_group(
        self, group_uuid: UUID, *, body: TalentPoolGroupUpdate, timeout: Timeout = None
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
        )

    def delete_talent_pool_group(self, group_uuid: UUID, *, timeout: Timeout = None) -> Success:
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
        )

    def list_talent_pool_group_providers(
        self,
        group_uuid: UUID,
        *,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: ListTalentPoolGroupProvidersSortDirection | Unset = UNSET,
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
        )

    def iter_talent_pool_group_providers(
        self,
        group_uuid: UUID,
        *,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListTalentPoolGroupProvidersSortDirection | Unset = UNSET,
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
                timeout=timeout,
            )

        return iter_cursor(fetch, "data")

    def remove_talent_pool_group_provider(
        self,
        group_uuid: UUID,
        provider_id: int,
        *,
        tier_id: int | Unset = UNSET,
        remove_from_project: bool | Unset = UNSET,
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
        )


class AsyncTalentPoolGroupsResource(AsyncResource):
    """Talent pool groups operations; reach them as ``async_client.talent_pool_groups``."""

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
                timeout=timeout,
            )

        return aiter_cursor(fetch, "data")

    async def create_talent_pool_group(
        self, *, body: TalentPoolGroupInput, timeout: Timeout = None
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
        )

    async def get_talent_pool_group(self, group_uuid: UUID, *, timeout: Timeout = None) -> TalentPoolGroup:
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
        )

    async def update_talent_pool_group(
        self, group_uuid: UUID, *, body: TalentPoolGroupUpdate, timeout: Timeout = None
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
        )

    async def delete_talent_pool_group(self, group_uuid: UUID, *, timeout: Timeout = None) -> Success:
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
        )

    async def list_talent_pool_group_providers(
        self,
        group_uuid: UUID,
        *,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: ListTalentPoolGroupProvidersSortDirection | Unset = UNSET,
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
        )

    def iter_talent_pool_group_providers(
        self,
        group_uuid: UUID,
        *,
        limit: int | Unset = 20,
        sort_by: str | Unset = UNSET,
        sort_direction: ListTalentPoolGroupProvidersSortDirection | Unset = UNSET,
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
                timeout=timeout,
            )

        return aiter_cursor(fetch, "data")

    async def remove_talent_pool_group_provider(
        self,
        group_uuid: UUID,
        provider_id: int,
        *,
        tier_id: int | Unset = UNSET,
        remove_from_project: bool | Unset = UNSET,
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
        )
