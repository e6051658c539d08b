"""Attachments: 5 operations, sync (``AttachmentsResource``) and async (``AsyncAttachmentsResource``)."""

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.async_job import AsyncJob
    from ..models.attachment_folder_input import AttachmentFolderInput, AttachmentFolderInputDict
    from ..models.attachment_folder_list import AttachmentFolderList
    from ..models.attachment_update import AttachmentUpdate, AttachmentUpdateDict
    from ..models.attachment_upload import AttachmentUpload
    from ..models.work_order import WorkOrder

    pass

__all__ = ["AsyncAttachmentsResource", "AttachmentsResource"]

Timeout = float | httpx.Timeout | None


class AttachmentsResource(SyncResource):
    """Attachments operations; reach them as ``client.attachments``."""

    @cached_property
    def with_raw_response(self) -> AttachmentsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return AttachmentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AttachmentsResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return AttachmentsResourceWithStreamingResponse(self)

    def list_work_order_attachments(
        self,
        work_order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AttachmentFolderList:
        """List Work Order Attachments.

        Returns the attachment folders of the work order with the files in each: the `Documents` folder
        (client documents and task files), the `Misc` deliverables folder and any custom folders, plus
        the number of deliverables waiting for review.

        ``GET /workorders/{work_order_id}/attachments``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.attachments import list_work_order_attachments as _op  # loaded on first call

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
    def create_attachment_folder(
        self,
        work_order_id: int,
        *,
        body: AttachmentFolderInput | AttachmentFolderInputDict,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def create_attachment_folder(
        self,
        work_order_id: int,
        *,
        body: AttachmentFolderInput | AttachmentFolderInputDict,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def create_attachment_folder(
        self,
        work_order_id: int,
        *,
        body: AttachmentFolderInput | AttachmentFolderInputDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def create_attachment_folder(
        self,
        work_order_id: int,
        *,
        body: AttachmentFolderInput | AttachmentFolderInputDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Create Attachment Folder.

        Adds a folder to the work order for organising files, for example a deliverables folder
        providers must fill with site photos. The answer is the updated work order; the new folder is
        first in `attachments.results` (the local sandbox's order, x-sandbox; Field Nation does not
        document the order).

        ``POST /workorders/{work_order_id}/attachments``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            body (AttachmentFolderInput): A new attachment folder. Example: {'name': 'Site Photos'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.attachments import create_attachment_folder as _op  # loaded on first call

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
    def create_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        *,
        body: AttachmentUpload,
        async_: Literal[False] | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def create_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        *,
        body: AttachmentUpload,
        async_: Literal[True],
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def create_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        *,
        body: AttachmentUpload,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def create_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        *,
        body: AttachmentUpload,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Create Work Order Attachment.

        Uploads a file into a folder of the work order as `multipart/form-data`: the binary `file` part,
        plus optional notes (a `notes` field, or a JSON `attachment` part with notes and visibility).
        The answer is the updated work order. With `async=true` the upload is processed in the
        background and the answer is a job reference.

        ``POST /workorders/{work_order_id}/attachments/{folder_id}``

        Args:
            work_order_id (int):
            folder_id (int):
            async_ (bool | Unset):  Default: False.
            acting_user_id (int | Unset):
            body (AttachmentUpload): Multipart form for uploading a file into a folder: the binary
                `file` part plus optional metadata, either as plain `notes` (playground) or as a JSON
                `attachment` part (android client). Example: {'file': '%PDF-1.7 (binary content)',
                'notes': 'Site photo'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.attachments import create_work_order_attachment as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                folder_id=folder_id,
                body=body,
                async_=async_,
                acting_user_id=acting_user_id,
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
    def update_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        attachment_id: int,
        *,
        body: AttachmentUpdate | AttachmentUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def update_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        attachment_id: int,
        *,
        body: AttachmentUpdate | AttachmentUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def update_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        attachment_id: int,
        *,
        body: AttachmentUpdate | AttachmentUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def update_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        attachment_id: int,
        *,
        body: AttachmentUpdate | AttachmentUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Update Work Order Attachment.

        Changes a file's metadata: its notes, whether providers see it before assignment, or the review
        decision on a deliverable (approve, deny with a reason, reopen). The file content itself cannot
        be replaced. The answer is the updated work order.

        ``PUT /workorders/{work_order_id}/attachments/{folder_id}/{attachment_id}``

        Args:
            work_order_id (int):
            folder_id (int):
            attachment_id (int):
            acting_user_id (int | Unset):
            async_ (bool | Unset):  Default: False.
            body (AttachmentUpdate): Changes to a file's metadata: notes, visibility
                (`show_before_assignment`) or the review decision on a deliverable (`status`, with
                `status_description` when denying). Example: {'status': 'APPROVED', 'notes': 'Clear
                image'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.attachments import update_work_order_attachment as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                folder_id=folder_id,
                attachment_id=attachment_id,
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

    @overload
    def delete_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        attachment_id: int,
        *,
        async_: Literal[False] | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def delete_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        attachment_id: int,
        *,
        async_: Literal[True],
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def delete_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        attachment_id: int,
        *,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def delete_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        attachment_id: int,
        *,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Delete Attachment Folder.

        Deletes one file from a folder of the work order. (Field Nation titles this operation "Delete
        Attachment Folder", but it removes the file named by `attachment_id`; the folder stays.) The
        answer is the updated work order.

        ``DELETE /workorders/{work_order_id}/attachments/{folder_id}/{attachment_id}``

        Args:
            work_order_id (int):
            folder_id (int):
            attachment_id (int):
            async_ (bool | Unset):  Default: False.
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.attachments import delete_work_order_attachment as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                folder_id=folder_id,
                attachment_id=attachment_id,
                async_=async_,
                acting_user_id=acting_user_id,
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


class AsyncAttachmentsResource(AsyncResource):
    """Attachments operations; reach them as ``async_client.attachments``."""

    @cached_property
    def with_raw_response(self) -> AsyncAttachmentsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncAttachmentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAttachmentsResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncAttachmentsResourceWithStreamingResponse(self)

    async def list_work_order_attachments(
        self,
        work_order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AttachmentFolderList:
        """List Work Order Attachments.

        Returns the attachment folders of the work order with the files in each: the `Documents` folder
        (client documents and task files), the `Misc` deliverables folder and any custom folders, plus
        the number of deliverables waiting for review.

        ``GET /workorders/{work_order_id}/attachments``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.attachments import list_work_order_attachments as _op  # loaded on first call

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
    async def create_attachment_folder(
        self,
        work_order_id: int,
        *,
        body: AttachmentFolderInput | AttachmentFolderInputDict,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def create_attachment_folder(
        self,
        work_order_id: int,
        *,
        body: AttachmentFolderInput | AttachmentFolderInputDict,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def create_attachment_folder(
        self,
        work_order_id: int,
        *,
        body: AttachmentFolderInput | AttachmentFolderInputDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def create_attachment_folder(
        self,
        work_order_id: int,
        *,
        body: AttachmentFolderInput | AttachmentFolderInputDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Create Attachment Folder.

        Adds a folder to the work order for organising files, for example a deliverables folder
        providers must fill with site photos. The answer is the updated work order; the new folder is
        first in `attachments.results` (the local sandbox's order, x-sandbox; Field Nation does not
        document the order).

        ``POST /workorders/{work_order_id}/attachments``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            body (AttachmentFolderInput): A new attachment folder. Example: {'name': 'Site Photos'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.attachments import create_attachment_folder as _op  # loaded on first call

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
    async def create_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        *,
        body: AttachmentUpload,
        async_: Literal[False] | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def create_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        *,
        body: AttachmentUpload,
        async_: Literal[True],
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def create_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        *,
        body: AttachmentUpload,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def create_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        *,
        body: AttachmentUpload,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Create Work Order Attachment.

        Uploads a file into a folder of the work order as `multipart/form-data`: the binary `file` part,
        plus optional notes (a `notes` field, or a JSON `attachment` part with notes and visibility).
        The answer is the updated work order. With `async=true` the upload is processed in the
        background and the answer is a job reference.

        ``POST /workorders/{work_order_id}/attachments/{folder_id}``

        Args:
            work_order_id (int):
            folder_id (int):
            async_ (bool | Unset):  Default: False.
            acting_user_id (int | Unset):
            body (AttachmentUpload): Multipart form for uploading a file into a folder: the binary
                `file` part plus optional metadata, either as plain `notes` (playground) or as a JSON
                `attachment` part (android client). Example: {'file': '%PDF-1.7 (binary content)',
                'notes': 'Site photo'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.attachments import create_work_order_attachment as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                folder_id=folder_id,
                body=body,
                async_=async_,
                acting_user_id=acting_user_id,
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
    async def update_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        attachment_id: int,
        *,
        body: AttachmentUpdate | AttachmentUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def update_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        attachment_id: int,
        *,
        body: AttachmentUpdate | AttachmentUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def update_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        attachment_id: int,
        *,
        body: AttachmentUpdate | AttachmentUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def update_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        attachment_id: int,
        *,
        body: AttachmentUpdate | AttachmentUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Update Work Order Attachment.

        Changes a file's metadata: its notes, whether providers see it before assignment, or the review
        decision on a deliverable (approve, deny with a reason, reopen). The file content itself cannot
        be replaced. The answer is the updated work order.

        ``PUT /workorders/{work_order_id}/attachments/{folder_id}/{attachment_id}``

        Args:
            work_order_id (int):
            folder_id (int):
            attachment_id (int):
            acting_user_id (int | Unset):
            async_ (bool | Unset):  Default: False.
            body (AttachmentUpdate): Changes to a file's metadata: notes, visibility
                (`show_before_assignment`) or the review decision on a deliverable (`status`, with
                `status_description` when denying). Example: {'status': 'APPROVED', 'notes': 'Clear
                image'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.attachments import update_work_order_attachment as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                folder_id=folder_id,
                attachment_id=attachment_id,
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

    @overload
    async def delete_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        attachment_id: int,
        *,
        async_: Literal[False] | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def delete_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        attachment_id: int,
        *,
        async_: Literal[True],
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def delete_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        attachment_id: int,
        *,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def delete_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        attachment_id: int,
        *,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Delete Attachment Folder.

        Deletes one file from a folder of the work order. (Field Nation titles this operation "Delete
        Attachment Folder", but it removes the file named by `attachment_id`; the folder stays.) The
        answer is the updated work order.

        ``DELETE /workorders/{work_order_id}/attachments/{folder_id}/{attachment_id}``

        Args:
            work_order_id (int):
            folder_id (int):
            attachment_id (int):
            async_ (bool | Unset):  Default: False.
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.attachments import delete_work_order_attachment as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                folder_id=folder_id,
                attachment_id=attachment_id,
                async_=async_,
                acting_user_id=acting_user_id,
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


class AttachmentsResourceWithRawResponse:
    """``AttachmentsResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: AttachmentsResource) -> None:
        self.list_work_order_attachments = to_raw_response_wrapper(resource.list_work_order_attachments)
        self.create_attachment_folder = to_raw_response_wrapper(resource.create_attachment_folder)
        self.create_work_order_attachment = to_raw_response_wrapper(resource.create_work_order_attachment)
        self.update_work_order_attachment = to_raw_response_wrapper(resource.update_work_order_attachment)
        self.delete_work_order_attachment = to_raw_response_wrapper(resource.delete_work_order_attachment)


class AttachmentsResourceWithStreamingResponse:
    """``AttachmentsResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: AttachmentsResource) -> None:
        self.list_work_order_attachments = to_streamed_response_wrapper(resource.list_work_order_attachments)
        self.create_attachment_folder = to_streamed_response_wrapper(resource.create_attachment_folder)
        self.create_work_order_attachment = to_streamed_response_wrapper(
            resource.create_work_order_attachment
        )
        self.update_work_order_attachment = to_streamed_response_wrapper(
            resource.update_work_order_attachment
        )
        self.delete_work_order_attachment = to_streamed_response_wrapper(
            resource.delete_work_order_attachment
        )


class AsyncAttachmentsResourceWithRawResponse:
    """``AsyncAttachmentsResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncAttachmentsResource) -> None:
        self.list_work_order_attachments = async_to_raw_response_wrapper(resource.list_work_order_attachments)
        self.create_attachment_folder = async_to_raw_response_wrapper(resource.create_attachment_folder)
        self.create_work_order_attachment = async_to_raw_response_wrapper(
            resource.create_work_order_attachment
        )
        self.update_work_order_attachment = async_to_raw_response_wrapper(
            resource.update_work_order_attachment
        )
        self.delete_work_order_attachment = async_to_raw_response_wrapper(
            resource.delete_work_order_attachment
        )


class AsyncAttachmentsResourceWithStreamingResponse:
    """``AsyncAttachmentsResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncAttachmentsResource) -> None:
        self.list_work_order_attachments = async_to_streamed_response_wrapper(
            resource.list_work_order_attachments
        )
        self.create_attachment_folder = async_to_streamed_response_wrapper(resource.create_attachment_folder)
        self.create_work_order_attachment = async_to_streamed_response_wrapper(
            resource.create_work_order_attachment
        )
        self.update_work_order_attachment = async_to_streamed_response_wrapper(
            resource.update_work_order_attachment
        )
        self.delete_work_order_attachment = async_to_streamed_response_wrapper(
            resource.delete_work_order_attachment
        )
