"""Dispatch settings: 3 operations, sync (``DispatchSettingsResource``) and async (``AsyncDispatchSettingsResource``)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from .._resource import AsyncResource, SyncResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.dispatch_settings import DispatchSettings
    from ..models.dispatch_settings_create import DispatchSettingsCreate, DispatchSettingsCreateDict
    from ..models.dispatch_settings_update import DispatchSettingsUpdate, DispatchSettingsUpdateDict

    pass

__all__ = ["AsyncDispatchSettingsResource", "DispatchSettingsResource"]

Timeout = float | httpx.Timeout | None


class DispatchSettingsResource(SyncResource):
    """Dispatch settings operations; reach them as ``client.dispatch_settings``."""

    @cached_property
    def with_raw_response(self) -> DispatchSettingsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return DispatchSettingsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DispatchSettingsResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return DispatchSettingsResourceWithStreamingResponse(self)

    def create_dispatch_settings(
        self,
        *,
        body: DispatchSettingsCreate | DispatchSettingsCreateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> DispatchSettings:
        """Create Dispatch Settings.

        Sets up Smart Dispatch for a project: how long providers may request, whether to re-run or take
        the first available provider, and what to do when nobody is found.

        ``POST /project/dispatch-settings``

        Args:
            body (DispatchSettingsCreate): Body of the create request. Example: {'project_id': 2201,
                'buyer_id': 501, 'created_by': 7001, 'dispatch_runtime_minutes': 120,
                'rerun_until_threshold': True, 'rerun_threshold_minutes': 60,
                'dispatch_to_first_available': True, 'revert_to_draft_on_no_available': False,
                'is_dispatch_settings_enabled': True}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.dispatch_settings import create_dispatch_settings as _op  # loaded on first call

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

    def get_dispatch_settings(
        self,
        project_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> DispatchSettings:
        """Get Dispatch Settings.

        Reads the Smart Dispatch settings currently in force for a project.

        ``GET /project/{project_id}/dispatch-settings``

        Args:
            project_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.dispatch_settings import get_dispatch_settings as _op  # loaded on first call

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

    def update_dispatch_settings(
        self,
        project_id: int,
        *,
        body: DispatchSettingsUpdate | DispatchSettingsUpdateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> DispatchSettings:
        """Update Dispatch Settings.

        Changes a project's Smart Dispatch settings. Sending `is_dispatch_settings_enabled: true` makes
        the new values the active version; `false` switches Smart Dispatch off for the project.

        ``PUT /project/{project_id}/dispatch-settings``

        Args:
            project_id (int):
            body (DispatchSettingsUpdate): Body of the update request; the project is given by the
                path. Example: {'buyer_id': 501, 'created_by': 7001, 'dispatch_runtime_minutes': 60,
                'rerun_until_threshold': False, 'rerun_threshold_minutes': 720,
                'dispatch_to_first_available': False, 'revert_to_draft_on_no_available': True,
                'is_dispatch_settings_enabled': True}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.dispatch_settings import update_dispatch_settings as _op  # loaded on first call

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


class AsyncDispatchSettingsResource(AsyncResource):
    """Dispatch settings operations; reach them as ``async_client.dispatch_settings``."""

    @cached_property
    def with_raw_response(self) -> AsyncDispatchSettingsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncDispatchSettingsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDispatchSettingsResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncDispatchSettingsResourceWithStreamingResponse(self)

    async def create_dispatch_settings(
        self,
        *,
        body: DispatchSettingsCreate | DispatchSettingsCreateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> DispatchSettings:
        """Create Dispatch Settings.

        Sets up Smart Dispatch for a project: how long providers may request, whether to re-run or take
        the first available provider, and what to do when nobody is found.

        ``POST /project/dispatch-settings``

        Args:
            body (DispatchSettingsCreate): Body of the create request. Example: {'project_id': 2201,
                'buyer_id': 501, 'created_by': 7001, 'dispatch_runtime_minutes': 120,
                'rerun_until_threshold': True, 'rerun_threshold_minutes': 60,
                'dispatch_to_first_available': True, 'revert_to_draft_on_no_available': False,
                'is_dispatch_settings_enabled': True}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.dispatch_settings import create_dispatch_settings as _op  # loaded on first call

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

    async def get_dispatch_settings(
        self,
        project_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> DispatchSettings:
        """Get Dispatch Settings.

        Reads the Smart Dispatch settings currently in force for a project.

        ``GET /project/{project_id}/dispatch-settings``

        Args:
            project_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.dispatch_settings import get_dispatch_settings as _op  # loaded on first call

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

    async def update_dispatch_settings(
        self,
        project_id: int,
        *,
        body: DispatchSettingsUpdate | DispatchSettingsUpdateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> DispatchSettings:
        """Update Dispatch Settings.

        Changes a project's Smart Dispatch settings. Sending `is_dispatch_settings_enabled: true` makes
        the new values the active version; `false` switches Smart Dispatch off for the project.

        ``PUT /project/{project_id}/dispatch-settings``

        Args:
            project_id (int):
            body (DispatchSettingsUpdate): Body of the update request; the project is given by the
                path. Example: {'buyer_id': 501, 'created_by': 7001, 'dispatch_runtime_minutes': 60,
                'rerun_until_threshold': False, 'rerun_threshold_minutes': 720,
                'dispatch_to_first_available': False, 'revert_to_draft_on_no_available': True,
                'is_dispatch_settings_enabled': True}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.dispatch_settings import update_dispatch_settings as _op  # loaded on first call

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


class DispatchSettingsResourceWithRawResponse:
    """``DispatchSettingsResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: DispatchSettingsResource) -> None:
        self.create_dispatch_settings = to_raw_response_wrapper(resource.create_dispatch_settings)
        self.get_dispatch_settings = to_raw_response_wrapper(resource.get_dispatch_settings)
        self.update_dispatch_settings = to_raw_response_wrapper(resource.update_dispatch_settings)


class DispatchSettingsResourceWithStreamingResponse:
    """``DispatchSettingsResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: DispatchSettingsResource) -> None:
        self.create_dispatch_settings = to_streamed_response_wrapper(resource.create_dispatch_settings)
        self.get_dispatch_settings = to_streamed_response_wrapper(resource.get_dispatch_settings)
        self.update_dispatch_settings = to_streamed_response_wrapper(resource.update_dispatch_settings)


class AsyncDispatchSettingsResourceWithRawResponse:
    """``AsyncDispatchSettingsResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncDispatchSettingsResource) -> None:
        self.create_dispatch_settings = async_to_raw_response_wrapper(resource.create_dispatch_settings)
        self.get_dispatch_settings = async_to_raw_response_wrapper(resource.get_dispatch_settings)
        self.update_dispatch_settings = async_to_raw_response_wrapper(resource.update_dispatch_settings)


class AsyncDispatchSettingsResourceWithStreamingResponse:
    """``AsyncDispatchSettingsResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncDispatchSettingsResource) -> None:
        self.create_dispatch_settings = async_to_streamed_response_wrapper(resource.create_dispatch_settings)
        self.get_dispatch_settings = async_to_streamed_response_wrapper(resource.get_dispatch_settings)
        self.update_dispatch_settings = async_to_streamed_response_wrapper(resource.update_dispatch_settings)
