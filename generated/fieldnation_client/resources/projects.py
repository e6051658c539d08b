"""Projects: 6 operations, sync (``ProjectsResource``) and async (``AsyncProjectsResource``)."""

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
    from ..models.project import Project
    from ..models.project_create import ProjectCreate, ProjectCreateDict
    from ..models.project_list import ProjectList
    from ..models.project_provider_assignments import ProjectProviderAssignments
    from ..models.project_provider_assignments_update import (
        ProjectProviderAssignmentsUpdate,
        ProjectProviderAssignmentsUpdateDict,
    )
    from ..models.project_providers_add import ProjectProvidersAdd, ProjectProvidersAddDict
    from ..models.success import Success

    pass

__all__ = ["AsyncProjectsResource", "ProjectsResource"]

Timeout = float | httpx.Timeout | None


class ProjectsResource(SyncResource):
    """Projects operations; reach them as ``client.projects``."""

    @cached_property
    def with_raw_response(self) -> ProjectsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return ProjectsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ProjectsResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return ProjectsResourceWithStreamingResponse(self)

    def list_projects(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        columns: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_projects(
        self,
        *,
        per_page: int | Unset = 25,
        columns: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            return self.list_projects(
                page=position,
                per_page=per_page,
                columns=columns,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def page_projects(
        self,
        *,
        per_page: int | Unset = 25,
        columns: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[Project, ProjectList]:
        """The first page of ``list_projects`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: int) -> ProjectList:
            return self.list_projects(
                page=position,
                per_page=per_page,
                columns=columns,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "results", "page")

    def create_project(
        self,
        *,
        body: ProjectCreate | ProjectCreateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Project:
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def get_project(
        self,
        project_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Project:
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def add_project_providers(
        self,
        project_id: int,
        *,
        body: ProjectProvidersAdd | ProjectProvidersAddDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def get_project_provider_assignments(
        self,
        project_id: int,
        provider_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_project_provider_assignments(
        self,
        project_id: int,
        provider_id: int,
        *,
        body: ProjectProviderAssignmentsUpdate | ProjectProviderAssignmentsUpdateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncProjectsResource(AsyncResource):
    """Projects operations; reach them as ``async_client.projects``."""

    @cached_property
    def with_raw_response(self) -> AsyncProjectsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncProjectsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncProjectsResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncProjectsResourceWithStreamingResponse(self)

    async def list_projects(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        columns: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_projects(
        self,
        *,
        per_page: int | Unset = 25,
        columns: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
                page=position,
                per_page=per_page,
                columns=columns,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def page_projects(
        self,
        *,
        per_page: int | Unset = 25,
        columns: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[Project, ProjectList]:
        """The first page of ``list_projects`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: int) -> ProjectList:
            return await self.list_projects(
                page=position,
                per_page=per_page,
                columns=columns,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "results", "page")

    async def create_project(
        self,
        *,
        body: ProjectCreate | ProjectCreateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Project:
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def get_project(
        self,
        project_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Project:
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def add_project_providers(
        self,
        project_id: int,
        *,
        body: ProjectProvidersAdd | ProjectProvidersAddDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def get_project_provider_assignments(
        self,
        project_id: int,
        provider_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_project_provider_assignments(
        self,
        project_id: int,
        provider_id: int,
        *,
        body: ProjectProviderAssignmentsUpdate | ProjectProviderAssignmentsUpdateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class ProjectsResourceWithRawResponse:
    """``ProjectsResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: ProjectsResource) -> None:
        self.list_projects = to_raw_response_wrapper(resource.list_projects)
        self.create_project = to_raw_response_wrapper(resource.create_project)
        self.get_project = to_raw_response_wrapper(resource.get_project)
        self.add_project_providers = to_raw_response_wrapper(resource.add_project_providers)
        self.get_project_provider_assignments = to_raw_response_wrapper(
            resource.get_project_provider_assignments
        )
        self.update_project_provider_assignments = to_raw_response_wrapper(
            resource.update_project_provider_assignments
        )


class ProjectsResourceWithStreamingResponse:
    """``ProjectsResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: ProjectsResource) -> None:
        self.list_projects = to_streamed_response_wrapper(resource.list_projects)
        self.create_project = to_streamed_response_wrapper(resource.create_project)
        self.get_project = to_streamed_response_wrapper(resource.get_project)
        self.add_project_providers = to_streamed_response_wrapper(resource.add_project_providers)
        self.get_project_provider_assignments = to_streamed_response_wrapper(
            resource.get_project_provider_assignments
        )
        self.update_project_provider_assignments = to_streamed_response_wrapper(
            resource.update_project_provider_assignments
        )


class AsyncProjectsResourceWithRawResponse:
    """``AsyncProjectsResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncProjectsResource) -> None:
        self.list_projects = async_to_raw_response_wrapper(resource.list_projects)
        self.create_project = async_to_raw_response_wrapper(resource.create_project)
        self.get_project = async_to_raw_response_wrapper(resource.get_project)
        self.add_project_providers = async_to_raw_response_wrapper(resource.add_project_providers)
        self.get_project_provider_assignments = async_to_raw_response_wrapper(
            resource.get_project_provider_assignments
        )
        self.update_project_provider_assignments = async_to_raw_response_wrapper(
            resource.update_project_provider_assignments
        )


class AsyncProjectsResourceWithStreamingResponse:
    """``AsyncProjectsResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncProjectsResource) -> None:
        self.list_projects = async_to_streamed_response_wrapper(resource.list_projects)
        self.create_project = async_to_streamed_response_wrapper(resource.create_project)
        self.get_project = async_to_streamed_response_wrapper(resource.get_project)
        self.add_project_providers = async_to_streamed_response_wrapper(resource.add_project_providers)
        self.get_project_provider_assignments = async_to_streamed_response_wrapper(
            resource.get_project_provider_assignments
        )
        self.update_project_provider_assignments = async_to_streamed_response_wrapper(
            resource.update_project_provider_assignments
        )
