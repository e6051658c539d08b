"""Projects: 6 operations, sync (``ProjectsResource``) and async (``AsyncProjectsResource``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import httpx

from .._pagination import aiter_pages, iter_pages
from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project import Project
    from ..models.project_create import ProjectCreate
    from ..models.project_list import ProjectList
    from ..models.project_provider_assignments import ProjectProviderAssignments
    from ..models.project_provider_assignments_update import ProjectProviderAssignmentsUpdate
    from ..models.project_providers_add import ProjectProvidersAdd
    from ..models.success import Success

__all__ = ["AsyncProjectsResource", "ProjectsResource"]

Timeout = float | httpx.Timeout | None


class ProjectsResource(SyncResource):
    """Projects operations; reach them as ``client.projects``."""

    def list_projects(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        columns: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> ProjectList:
        """Get projects.

        Lists the company's projects one page at a time. `columns` narrows the fields returned for each
        project.

        ``GET /projects``

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.
            columns (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.projects import list_projects as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(page=page, per_page=per_page, columns=columns),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def iter_projects(
        self, *, per_page: int | Unset = 25, columns: str | Unset = UNSET, timeout: Timeout = None
    ) -> Iterator[Project]:
        """Get projects: every item, across all pages.

        Lists the company's projects one page at a time. `columns` narrows the fields returned for each
        project.

        ``GET /projects``

        Args:
            per_page (int | Unset):  Default: 25.
            columns (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> ProjectList:
            return self.list_projects(page=position, per_page=per_page, columns=columns, timeout=timeout)

        return iter_pages(fetch, "results")

    def create_project(self, *, body: ProjectCreate, timeout: Timeout = None) -> Project:
        """Create project.

        Creates a project for the company: its name, client, manager, funding account, default
        instructions and policies, notification texts and automatic dispatch settings.

        ``POST /projects``

        Args:
            body (ProjectCreate): Body of `POST /projects`. Example: {'name': 'Spring POS Refresh',
                'status': 'active', 'policy_and_procedures': 'Follow the Northstar site safety policy.',
                'standard_instructions': 'Check in with the store manager on arrival.',
                'cancellation_fee': 50, 'late_notification': True, 'client': {'id': 301, 'name':
                'Northstar Retail'}, 'finance': {'id': 202}, 'manager': {'id': 7001}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.projects import create_project as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def get_project(self, project_id: int, *, timeout: Timeout = None) -> Project:
        """Get project by ID.

        Reads one project with its settings, manager, contacts, templates, selection rule, automatic
        dispatch configuration and notification texts.

        ``GET /projects/{project_id}``

        Args:
            project_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.projects import get_project as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(project_id=project_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def add_project_providers(
        self, project_id: int, *, body: ProjectProvidersAdd, timeout: Timeout = None
    ) -> Success:
        """Add multiple providers to project talent pool groups.

        Adds one or more providers to talent pool groups of the project, placing them in the given tier
        (talent pool) of each group. One group may be listed several times to place the providers in
        several of its tiers.

        ``POST /projects/{project_id}/providers``

        Args:
            project_id (int):
            body (ProjectProvidersAdd): Body of `POST /projects/{project_id}/providers`: the providers
                to add and, for each talent pool group, the tier they join. A group may appear more than
                once with different tiers. Example: {'provider_ids': [9002, 9003], 'talent_pool_groups':
                [{'talent_pool_group_id': 'c9024ae8-781c-4aa9-b86f-543671db9208', 'tier_id': 2},
                {'talent_pool_group_id': '5b7d0e61-3f2a-4c8e-9a41-0d2f6c7e8b13', 'tier_id': 5}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.projects import add_project_providers as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(project_id=project_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def get_project_provider_assignments(
        self, project_id: int, provider_id: int, *, timeout: Timeout = None
    ) -> ProjectProviderAssignments:
        """Get Provider Talent Pool Group Assignments in Project.

        Lists every talent pool group of the project that the provider belongs to, with the tier (talent
        pool) held in each.

        ``GET /projects/{project_id}/providers/{provider_id}``

        Args:
            project_id (int):
            provider_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.projects import get_project_provider_assignments as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(project_id=project_id, provider_id=provider_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def update_project_provider_assignments(
        self,
        project_id: int,
        provider_id: int,
        *,
        body: ProjectProviderAssignmentsUpdate,
        timeout: Timeout = None,
    ) -> Success:
        """Update Provider Talent Pool Group Assignments in Project.

        Replaces the provider's talent pool group and tier placements in the project: tiers not in the
        body are removed and new ones added. The provider itself stays the same.

        ``PUT /projects/{project_id}/providers/{provider_id}``

        Args:
            project_id (int):
            provider_id (int):
            body (ProjectProviderAssignmentsUpdate): Body of `PUT
                /projects/{project_id}/providers/{provider_id}`: the complete new set of group and tier
                placements. Placements not listed are removed. Example: {'talent_pool_groups':
                [{'talent_pool_group_id': 'c9024ae8-781c-4aa9-b86f-543671db9208', 'tier_id': 1}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.projects import update_project_provider_assignments as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(project_id=project_id, provider_id=provider_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )


class AsyncProjectsResource(AsyncResource):
    """Projects operations; reach them as ``async_client.projects``."""

    async def list_projects(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        columns: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> ProjectList:
        """Get projects.

        Lists the company's projects one page at a time. `columns` narrows the fields returned for each
        project.

        ``GET /projects``

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.
            columns (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.projects import list_projects as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(page=page, per_page=per_page, columns=columns),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def iter_projects(
        self, *, per_page: int | Unset = 25, columns: str | Unset = UNSET, timeout: Timeout = None
    ) -> AsyncIterator[Project]:
        """Get projects: every item, across all pages.

        Lists the company's projects one page at a time. `columns` narrows the fields returned for each
        project.

        ``GET /projects``

        Args:
            per_page (int | Unset):  Default: 25.
            columns (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> ProjectList:
            return await self.list_projects(
                page=position, per_page=per_page, columns=columns, timeout=timeout
            )

        return aiter_pages(fetch, "results")

    async def create_project(self, *, body: ProjectCreate, timeout: Timeout = None) -> Project:
        """Create project.

        Creates a project for the company: its name, client, manager, funding account, default
        instructions and policies, notification texts and automatic dispatch settings.

        ``POST /projects``

        Args:
            body (ProjectCreate): Body of `POST /projects`. Example: {'name': 'Spring POS Refresh',
                'status': 'active', 'policy_and_procedures': 'Follow the Northstar site safety policy.',
                'standard_instructions': 'Check in with the store manager on arrival.',
                'cancellation_fee': 50, 'late_notification': True, 'client': {'id': 301, 'name':
                'Northstar Retail'}, 'finance': {'id': 202}, 'manager': {'id': 7001}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.projects import create_project as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    async def get_project(self, project_id: int, *, timeout: Timeout = None) -> Project:
        """Get project by ID.

        Reads one project with its settings, manager, contacts, templates, selection rule, automatic
        dispatch configuration and notification texts.

        ``GET /projects/{project_id}``

        Args:
            project_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.projects import get_project as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(project_id=project_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    async def add_project_providers(
        self, project_id: int, *, body: ProjectProvidersAdd, timeout: Timeout = None
    ) -> Success:
        """Add multiple providers to project talent pool groups.

        Adds one or more providers to talent pool groups of the project, placing them in the given tier
        (talent pool) of each group. One group may be listed several times to place the providers in
        several of its tiers.

        ``POST /projects/{project_id}/providers``

        Args:
            project_id (int):
            body (ProjectProvidersAdd): Body of `POST /projects/{project_id}/providers`: the providers
                to add and, for each talent pool group, the tier they join. A group may appear more than
                once with different tiers. Example: {'provider_ids': [9002, 9003], 'talent_pool_groups':
                [{'talent_pool_group_id': 'c9024ae8-781c-4aa9-b86f-543671db9208', 'tier_id': 2},
                {'talent_pool_group_id': '5b7d0e61-3f2a-4c8e-9a41-0d2f6c7e8b13', 'tier_id': 5}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.projects import add_project_providers as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(project_id=project_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    async def get_project_provider_assignments(
        self, project_id: int, provider_id: int, *, timeout: Timeout = None
    ) -> ProjectProviderAssignments:
        """Get Provider Talent Pool Group Assignments in Project.

        Lists every talent pool group of the project that the provider belongs to, with the tier (talent
        pool) held in each.

        ``GET /projects/{project_id}/providers/{provider_id}``

        Args:
            project_id (int):
            provider_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.projects import get_project_provider_assignments as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(project_id=project_id, provider_id=provider_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    async def update_project_provider_assignments(
        self,
        project_id: int,
        provider_id: int,
        *,
        body: ProjectProviderAssignmentsUpdate,
        timeout: Timeout = None,
    ) -> Success:
        """Update Provider Talent Pool Group Assignments in Project.

        Replaces the provider's talent pool group and tier placements in the project: tiers not in the
        body are removed and new ones added. The provider itself stays the same.

        ``PUT /projects/{project_id}/providers/{provider_id}``

        Args:
            project_id (int):
            provider_id (int):
            body (ProjectProviderAssignmentsUpdate): Body of `PUT
                /projects/{project_id}/providers/{provider_id}`: the complete new set of group and tier
                placements. Placements not listed are removed. Example: {'talent_pool_groups':
                [{'talent_pool_group_id': 'c9024ae8-781c-4aa9-b86f-543671db9208', 'tier_id': 1}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.projects import update_project_provider_assignments as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(project_id=project_id, provider_id=provider_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )
