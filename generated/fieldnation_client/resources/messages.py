"""Messages: 3 operations, sync (``MessagesResource``) and async (``AsyncMessagesResource``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

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
    from ..models.async_job import AsyncJob
    from ..models.message import Message
    from ..models.message_input import MessageInput, MessageInputDict
    from ..models.message_list import MessageList
    from ..models.message_reply_input import MessageReplyInput, MessageReplyInputDict

    pass

__all__ = ["AsyncMessagesResource", "MessagesResource"]

Timeout = float | httpx.Timeout | None


class MessagesResource(SyncResource):
    """Messages operations; reach them as ``client.messages``."""

    @cached_property
    def with_raw_response(self) -> MessagesResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return MessagesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MessagesResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return MessagesResourceWithStreamingResponse(self)

    def list_work_order_messages(
        self,
        work_order_id: int,
        *,
        archived: bool | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> MessageList:
        """List Work Order Messages.

        Returns the messages of the work order (newest first, as the older reference's message object
        documents (sorted by creation date, descending)), each with its replies, sender, audience and
        read state. `archived` chooses whether archived messages are included.

        ``GET /workorders/{work_order_id}/messages``

        Args:
            work_order_id (int):
            archived (bool | Unset):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.messages import list_work_order_messages as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, archived=archived, page=page, per_page=per_page),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_work_order_messages(
        self,
        work_order_id: int,
        *,
        archived: bool | Unset = UNSET,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[Message]:
        """List Work Order Messages: every item, across all pages.

        Returns the messages of the work order (newest first, as the older reference's message object
        documents (sorted by creation date, descending)), each with its replies, sender, audience and
        read state. `archived` chooses whether archived messages are included.

        ``GET /workorders/{work_order_id}/messages``

        Args:
            work_order_id (int):
            archived (bool | Unset):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> MessageList:
            return self.list_work_order_messages(
                work_order_id=work_order_id,
                archived=archived,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def page_work_order_messages(
        self,
        work_order_id: int,
        *,
        archived: bool | Unset = UNSET,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[Message, MessageList]:
        """The first page of ``list_work_order_messages`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: int) -> MessageList:
            return self.list_work_order_messages(
                work_order_id=work_order_id,
                archived=archived,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "results", "page")

    @overload
    def create_work_order_message(
        self,
        work_order_id: int,
        *,
        body: MessageInput | MessageInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> MessageList: ...

    @overload
    def create_work_order_message(
        self,
        work_order_id: int,
        *,
        body: MessageInput | MessageInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def create_work_order_message(
        self,
        work_order_id: int,
        *,
        body: MessageInput | MessageInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> MessageList | AsyncJob: ...

    def create_work_order_message(
        self,
        work_order_id: int,
        *,
        body: MessageInput | MessageInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> MessageList | AsyncJob:
        """Create Work Order Message.

        Posts a new message on the work order. `type` picks the audience (internal note, assigned
        provider, all routed or requesting providers, one provider via `to.id`); `notify` lists company
        users to alert. With `async=true` delivery happens in the background and the answer is a job
        reference.

        ``POST /workorders/{work_order_id}/messages``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):
            async_ (bool | Unset):  Default: False.
            body (MessageInput): A new message on a work order. Example: {'message': 'Please use the
                side entrance.', 'type': 'ASSIGNEDTECH'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.messages import create_work_order_message as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id, body=body, acting_user_id=acting_user_id, async_=async_
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

    @overload
    def reply_to_work_order_message(
        self,
        work_order_id: int,
        message_id: int,
        *,
        body: MessageReplyInput | MessageReplyInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> MessageList: ...

    @overload
    def reply_to_work_order_message(
        self,
        work_order_id: int,
        message_id: int,
        *,
        body: MessageReplyInput | MessageReplyInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def reply_to_work_order_message(
        self,
        work_order_id: int,
        message_id: int,
        *,
        body: MessageReplyInput | MessageReplyInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> MessageList | AsyncJob: ...

    def reply_to_work_order_message(
        self,
        work_order_id: int,
        message_id: int,
        *,
        body: MessageReplyInput | MessageReplyInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> MessageList | AsyncJob:
        """Reply to Work Order Message.

        Adds a reply to an existing message thread. `problem_reopened` reopens the reported problem the
        thread belongs to. With `async=true` the reply is delivered in the background and the answer is
        a job reference.

        ``POST /workorders/{work_order_id}/messages/{message_id}``

        Args:
            work_order_id (int):
            message_id (int):
            acting_user_id (int | Unset):
            async_ (bool | Unset):  Default: False.
            body (MessageReplyInput): A reply to an existing message. Example: {'message':
                'Understood, heading there now.', 'classic_alert': True}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.messages import reply_to_work_order_message as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                message_id=message_id,
                body=body,
                acting_user_id=acting_user_id,
                async_=async_,
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


class AsyncMessagesResource(AsyncResource):
    """Messages operations; reach them as ``async_client.messages``."""

    @cached_property
    def with_raw_response(self) -> AsyncMessagesResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncMessagesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMessagesResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncMessagesResourceWithStreamingResponse(self)

    async def list_work_order_messages(
        self,
        work_order_id: int,
        *,
        archived: bool | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> MessageList:
        """List Work Order Messages.

        Returns the messages of the work order (newest first, as the older reference's message object
        documents (sorted by creation date, descending)), each with its replies, sender, audience and
        read state. `archived` chooses whether archived messages are included.

        ``GET /workorders/{work_order_id}/messages``

        Args:
            work_order_id (int):
            archived (bool | Unset):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.messages import list_work_order_messages as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, archived=archived, page=page, per_page=per_page),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_work_order_messages(
        self,
        work_order_id: int,
        *,
        archived: bool | Unset = UNSET,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[Message]:
        """List Work Order Messages: every item, across all pages.

        Returns the messages of the work order (newest first, as the older reference's message object
        documents (sorted by creation date, descending)), each with its replies, sender, audience and
        read state. `archived` chooses whether archived messages are included.

        ``GET /workorders/{work_order_id}/messages``

        Args:
            work_order_id (int):
            archived (bool | Unset):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> MessageList:
            return await self.list_work_order_messages(
                work_order_id=work_order_id,
                archived=archived,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def page_work_order_messages(
        self,
        work_order_id: int,
        *,
        archived: bool | Unset = UNSET,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[Message, MessageList]:
        """The first page of ``list_work_order_messages`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: int) -> MessageList:
            return await self.list_work_order_messages(
                work_order_id=work_order_id,
                archived=archived,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "results", "page")

    @overload
    async def create_work_order_message(
        self,
        work_order_id: int,
        *,
        body: MessageInput | MessageInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> MessageList: ...

    @overload
    async def create_work_order_message(
        self,
        work_order_id: int,
        *,
        body: MessageInput | MessageInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def create_work_order_message(
        self,
        work_order_id: int,
        *,
        body: MessageInput | MessageInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> MessageList | AsyncJob: ...

    async def create_work_order_message(
        self,
        work_order_id: int,
        *,
        body: MessageInput | MessageInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> MessageList | AsyncJob:
        """Create Work Order Message.

        Posts a new message on the work order. `type` picks the audience (internal note, assigned
        provider, all routed or requesting providers, one provider via `to.id`); `notify` lists company
        users to alert. With `async=true` delivery happens in the background and the answer is a job
        reference.

        ``POST /workorders/{work_order_id}/messages``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):
            async_ (bool | Unset):  Default: False.
            body (MessageInput): A new message on a work order. Example: {'message': 'Please use the
                side entrance.', 'type': 'ASSIGNEDTECH'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.messages import create_work_order_message as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id, body=body, acting_user_id=acting_user_id, async_=async_
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

    @overload
    async def reply_to_work_order_message(
        self,
        work_order_id: int,
        message_id: int,
        *,
        body: MessageReplyInput | MessageReplyInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> MessageList: ...

    @overload
    async def reply_to_work_order_message(
        self,
        work_order_id: int,
        message_id: int,
        *,
        body: MessageReplyInput | MessageReplyInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def reply_to_work_order_message(
        self,
        work_order_id: int,
        message_id: int,
        *,
        body: MessageReplyInput | MessageReplyInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> MessageList | AsyncJob: ...

    async def reply_to_work_order_message(
        self,
        work_order_id: int,
        message_id: int,
        *,
        body: MessageReplyInput | MessageReplyInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> MessageList | AsyncJob:
        """Reply to Work Order Message.

        Adds a reply to an existing message thread. `problem_reopened` reopens the reported problem the
        thread belongs to. With `async=true` the reply is delivered in the background and the answer is
        a job reference.

        ``POST /workorders/{work_order_id}/messages/{message_id}``

        Args:
            work_order_id (int):
            message_id (int):
            acting_user_id (int | Unset):
            async_ (bool | Unset):  Default: False.
            body (MessageReplyInput): A reply to an existing message. Example: {'message':
                'Understood, heading there now.', 'classic_alert': True}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.messages import reply_to_work_order_message as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                message_id=message_id,
                body=body,
                acting_user_id=acting_user_id,
                async_=async_,
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


class MessagesResourceWithRawResponse:
    """``MessagesResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: MessagesResource) -> None:
        self.list_work_order_messages = to_raw_response_wrapper(resource.list_work_order_messages)
        self.create_work_order_message = to_raw_response_wrapper(resource.create_work_order_message)
        self.reply_to_work_order_message = to_raw_response_wrapper(resource.reply_to_work_order_message)


class MessagesResourceWithStreamingResponse:
    """``MessagesResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: MessagesResource) -> None:
        self.list_work_order_messages = to_streamed_response_wrapper(resource.list_work_order_messages)
        self.create_work_order_message = to_streamed_response_wrapper(resource.create_work_order_message)
        self.reply_to_work_order_message = to_streamed_response_wrapper(resource.reply_to_work_order_message)


class AsyncMessagesResourceWithRawResponse:
    """``AsyncMessagesResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncMessagesResource) -> None:
        self.list_work_order_messages = async_to_raw_response_wrapper(resource.list_work_order_messages)
        self.create_work_order_message = async_to_raw_response_wrapper(resource.create_work_order_message)
        self.reply_to_work_order_message = async_to_raw_response_wrapper(resource.reply_to_work_order_message)


class AsyncMessagesResourceWithStreamingResponse:
    """``AsyncMessagesResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncMessagesResource) -> None:
        self.list_work_order_messages = async_to_streamed_response_wrapper(resource.list_work_order_messages)
        self.create_work_order_message = async_to_streamed_response_wrapper(
            resource.create_work_order_message
        )
        self.reply_to_work_order_message = async_to_streamed_response_wrapper(
            resource.reply_to_work_order_message
        )
