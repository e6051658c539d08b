"""Tags: 3 operations, sync (``TagsResource``) and async (``AsyncTagsResource``)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

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
    from ..models.tag_input import TagInput, TagInputDict
    from ..models.tag_list import TagList
    from ..models.work_order import WorkOrder

    pass

__all__ = ["AsyncTagsResource", "TagsResource"]

Timeout = float | httpx.Timeout | None


class TagsResource(SyncResource):
    """Tags operations; reach them as ``client.tags``."""

    @cached_property
    def with_raw_response(self) -> TagsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return TagsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TagsResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return TagsResourceWithStreamingResponse(self)

    def list_work_order_tags(
        self,
        work_order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> TagList:
        """List Work Order Tags.

        Returns the company tags applied to a work order, newest first (the local sandbox's order,
        x-sandbox; Field Nation does not document the order).

        ``GET /workorders/{work_order_id}/tags``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.tags import list_work_order_tags as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    @overload
    def create_work_order_tag(
        self,
        work_order_id: int,
        *,
        body: TagInput | TagInputDict,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def create_work_order_tag(
        self,
        work_order_id: int,
        *,
        body: TagInput | TagInputDict,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def create_work_order_tag(
        self,
        work_order_id: int,
        *,
        body: TagInput | TagInputDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def create_work_order_tag(
        self,
        work_order_id: int,
        *,
        body: TagInput | TagInputDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Create Work Order Tag.

        Applies one of the company's tags (see `GET /company/tags`) to the work order. The answer is the
        whole work order; the tag just applied is the first entry of `tags.results` (the local sandbox's
        order, x-sandbox; Field Nation does not document the order).

        ``POST /workorders/{work_order_id}/tags``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            body (TagInput): Body of `POST /workorders/{work_order_id}/tags`: the company tag to
                apply, by ID (see `GET /company/tags`). Example: {'id': 1007}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.tags import create_work_order_tag as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body, async_=async_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    @overload
    def delete_work_order_tag(
        self,
        work_order_id: int,
        tag_id: int,
        *,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def delete_work_order_tag(
        self,
        work_order_id: int,
        tag_id: int,
        *,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def delete_work_order_tag(
        self,
        work_order_id: int,
        tag_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def delete_work_order_tag(
        self,
        work_order_id: int,
        tag_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Delete Work Order Tag.

        Takes a tag off the work order (the company tag itself stays). Answers the updated work order.

        ``DELETE /workorders/{work_order_id}/tags/{tag_id}``

        Args:
            work_order_id (int):
            tag_id (int):
            async_ (bool | Unset):  Default: False.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.tags import delete_work_order_tag as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, tag_id=tag_id, async_=async_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncTagsResource(AsyncResource):
    """Tags operations; reach them as ``async_client.tags``."""

    @cached_property
    def with_raw_response(self) -> AsyncTagsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncTagsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTagsResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncTagsResourceWithStreamingResponse(self)

    async def list_work_order_tags(
        self,
        work_order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> TagList:
        """List Work Order Tags.

        Returns the company tags applied to a work order, newest first (the local sandbox's order,
        x-sandbox; Field Nation does not document the order).

        ``GET /workorders/{work_order_id}/tags``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.tags import list_work_order_tags as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    @overload
    async def create_work_order_tag(
        self,
        work_order_id: int,
        *,
        body: TagInput | TagInputDict,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def create_work_order_tag(
        self,
        work_order_id: int,
        *,
        body: TagInput | TagInputDict,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def create_work_order_tag(
        self,
        work_order_id: int,
        *,
        body: TagInput | TagInputDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def create_work_order_tag(
        self,
        work_order_id: int,
        *,
        body: TagInput | TagInputDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Create Work Order Tag.

        Applies one of the company's tags (see `GET /company/tags`) to the work order. The answer is the
        whole work order; the tag just applied is the first entry of `tags.results` (the local sandbox's
        order, x-sandbox; Field Nation does not document the order).

        ``POST /workorders/{work_order_id}/tags``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            body (TagInput): Body of `POST /workorders/{work_order_id}/tags`: the company tag to
                apply, by ID (see `GET /company/tags`). Example: {'id': 1007}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.tags import create_work_order_tag as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body, async_=async_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    @overload
    async def delete_work_order_tag(
        self,
        work_order_id: int,
        tag_id: int,
        *,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def delete_work_order_tag(
        self,
        work_order_id: int,
        tag_id: int,
        *,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def delete_work_order_tag(
        self,
        work_order_id: int,
        tag_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def delete_work_order_tag(
        self,
        work_order_id: int,
        tag_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Delete Work Order Tag.

        Takes a tag off the work order (the company tag itself stays). Answers the updated work order.

        ``DELETE /workorders/{work_order_id}/tags/{tag_id}``

        Args:
            work_order_id (int):
            tag_id (int):
            async_ (bool | Unset):  Default: False.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.tags import delete_work_order_tag as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, tag_id=tag_id, async_=async_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class TagsResourceWithRawResponse:
    """``TagsResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: TagsResource) -> None:
        self.list_work_order_tags = to_raw_response_wrapper(resource.list_work_order_tags)
        self.create_work_order_tag = to_raw_response_wrapper(resource.create_work_order_tag)
        self.delete_work_order_tag = to_raw_response_wrapper(resource.delete_work_order_tag)


class TagsResourceWithStreamingResponse:
    """``TagsResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: TagsResource) -> None:
        self.list_work_order_tags = to_streamed_response_wrapper(resource.list_work_order_tags)
        self.create_work_order_tag = to_streamed_response_wrapper(resource.create_work_order_tag)
        self.delete_work_order_tag = to_streamed_response_wrapper(resource.delete_work_order_tag)


class AsyncTagsResourceWithRawResponse:
    """``AsyncTagsResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncTagsResource) -> None:
        self.list_work_order_tags = async_to_raw_response_wrapper(resource.list_work_order_tags)
        self.create_work_order_tag = async_to_raw_response_wrapper(resource.create_work_order_tag)
        self.delete_work_order_tag = async_to_raw_response_wrapper(resource.delete_work_order_tag)


class AsyncTagsResourceWithStreamingResponse:
    """``AsyncTagsResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncTagsResource) -> None:
        self.list_work_order_tags = async_to_streamed_response_wrapper(resource.list_work_order_tags)
        self.create_work_order_tag = async_to_streamed_response_wrapper(resource.create_work_order_tag)
        self.delete_work_order_tag = async_to_streamed_response_wrapper(resource.delete_work_order_tag)
