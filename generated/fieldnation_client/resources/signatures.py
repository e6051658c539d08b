"""Signatures: 4 operations, sync (``SignaturesResource``) and async (``AsyncSignaturesResource``)."""

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
    from ..models.signature import Signature
    from ..models.signature_input import SignatureInput, SignatureInputDict
    from ..models.signature_list import SignatureList
    from ..models.work_order import WorkOrder

    pass

__all__ = ["AsyncSignaturesResource", "SignaturesResource"]

Timeout = float | httpx.Timeout | None


class SignaturesResource(SyncResource):
    """Signatures operations; reach them as ``client.signatures``."""

    @cached_property
    def with_raw_response(self) -> SignaturesResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return SignaturesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SignaturesResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return SignaturesResourceWithStreamingResponse(self)

    def list_work_order_signatures(
        self,
        work_order_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SignatureList:
        """List Work Order Signatures.

        Lists the signatures captured on the work order (newest first in the local sandbox, x-sandbox;
        Field Nation does not document the order), each with the signer's name, the image, who captured
        it and when.

        ``GET /workorders/{work_order_id}/signatures``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.signatures import list_work_order_signatures as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id, acting_user_id=acting_user_id, page=page, per_page=per_page
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

    def iter_work_order_signatures(
        self,
        work_order_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[Signature]:
        """List Work Order Signatures: every item, across all pages.

        Lists the signatures captured on the work order (newest first in the local sandbox, x-sandbox;
        Field Nation does not document the order), each with the signer's name, the image, who captured
        it and when.

        ``GET /workorders/{work_order_id}/signatures``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> SignatureList:
            return self.list_work_order_signatures(
                work_order_id=work_order_id,
                acting_user_id=acting_user_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def page_work_order_signatures(
        self,
        work_order_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[Signature, SignatureList]:
        """The first page of ``list_work_order_signatures`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: int) -> SignatureList:
            return self.list_work_order_signatures(
                work_order_id=work_order_id,
                acting_user_id=acting_user_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "results", "page")

    @overload
    def create_work_order_signature(
        self,
        work_order_id: int,
        *,
        body: SignatureInput | SignatureInputDict,
        async_: Literal[False] | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def create_work_order_signature(
        self,
        work_order_id: int,
        *,
        body: SignatureInput | SignatureInputDict,
        async_: Literal[True],
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def create_work_order_signature(
        self,
        work_order_id: int,
        *,
        body: SignatureInput | SignatureInputDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def create_work_order_signature(
        self,
        work_order_id: int,
        *,
        body: SignatureInput | SignatureInputDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Create Work Order Signature.

        Adds a signature to the work order: the signer's name and the signature image, base64 encoded.
        Signatures are usually captured in the provider's app; this records one collected elsewhere. The
        answer is the full work order, whose `signatures` list starts with the new signature.

        ``POST /workorders/{work_order_id}/signatures``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            acting_user_id (int | Unset):
            body (SignatureInput): A signature to add: the signer's name and the image. Send the image
                in `data` with its `format`, or as a `data:` URL in `signature`. Example: {'name': 'Jordan
                Blake', 'format': 'image/png', 'data': 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADU
                lEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.signatures import create_work_order_signature as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id, body=body, async_=async_, acting_user_id=acting_user_id
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

    def get_work_order_signature(
        self,
        work_order_id: int,
        signature_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Signature:
        """Get Work Order Signature.

        Returns one signature of the work order, with its image and metadata.

        ``GET /workorders/{work_order_id}/signatures/{signature_id}``

        Args:
            work_order_id (int):
            signature_id (int):
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.signatures import get_work_order_signature as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id, signature_id=signature_id, acting_user_id=acting_user_id
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
    def delete_work_order_signature(
        self,
        work_order_id: int,
        signature_id: int,
        *,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def delete_work_order_signature(
        self,
        work_order_id: int,
        signature_id: int,
        *,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def delete_work_order_signature(
        self,
        work_order_id: int,
        signature_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def delete_work_order_signature(
        self,
        work_order_id: int,
        signature_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Delete Work Order Signature.

        Removes a signature from the work order. Signatures often serve as proof of completion, so
        delete only ones captured by mistake. The answer is the updated work order.

        ``DELETE /workorders/{work_order_id}/signatures/{signature_id}``

        Args:
            work_order_id (int):
            signature_id (int):
            async_ (bool | Unset):  Default: False.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.signatures import delete_work_order_signature as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, signature_id=signature_id, async_=async_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncSignaturesResource(AsyncResource):
    """Signatures operations; reach them as ``async_client.signatures``."""

    @cached_property
    def with_raw_response(self) -> AsyncSignaturesResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncSignaturesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSignaturesResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncSignaturesResourceWithStreamingResponse(self)

    async def list_work_order_signatures(
        self,
        work_order_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SignatureList:
        """List Work Order Signatures.

        Lists the signatures captured on the work order (newest first in the local sandbox, x-sandbox;
        Field Nation does not document the order), each with the signer's name, the image, who captured
        it and when.

        ``GET /workorders/{work_order_id}/signatures``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.signatures import list_work_order_signatures as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id, acting_user_id=acting_user_id, page=page, per_page=per_page
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

    def iter_work_order_signatures(
        self,
        work_order_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[Signature]:
        """List Work Order Signatures: every item, across all pages.

        Lists the signatures captured on the work order (newest first in the local sandbox, x-sandbox;
        Field Nation does not document the order), each with the signer's name, the image, who captured
        it and when.

        ``GET /workorders/{work_order_id}/signatures``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> SignatureList:
            return await self.list_work_order_signatures(
                work_order_id=work_order_id,
                acting_user_id=acting_user_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def page_work_order_signatures(
        self,
        work_order_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[Signature, SignatureList]:
        """The first page of ``list_work_order_signatures`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: int) -> SignatureList:
            return await self.list_work_order_signatures(
                work_order_id=work_order_id,
                acting_user_id=acting_user_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "results", "page")

    @overload
    async def create_work_order_signature(
        self,
        work_order_id: int,
        *,
        body: SignatureInput | SignatureInputDict,
        async_: Literal[False] | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def create_work_order_signature(
        self,
        work_order_id: int,
        *,
        body: SignatureInput | SignatureInputDict,
        async_: Literal[True],
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def create_work_order_signature(
        self,
        work_order_id: int,
        *,
        body: SignatureInput | SignatureInputDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def create_work_order_signature(
        self,
        work_order_id: int,
        *,
        body: SignatureInput | SignatureInputDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Create Work Order Signature.

        Adds a signature to the work order: the signer's name and the signature image, base64 encoded.
        Signatures are usually captured in the provider's app; this records one collected elsewhere. The
        answer is the full work order, whose `signatures` list starts with the new signature.

        ``POST /workorders/{work_order_id}/signatures``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            acting_user_id (int | Unset):
            body (SignatureInput): A signature to add: the signer's name and the image. Send the image
                in `data` with its `format`, or as a `data:` URL in `signature`. Example: {'name': 'Jordan
                Blake', 'format': 'image/png', 'data': 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADU
                lEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.signatures import create_work_order_signature as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id, body=body, async_=async_, acting_user_id=acting_user_id
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

    async def get_work_order_signature(
        self,
        work_order_id: int,
        signature_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Signature:
        """Get Work Order Signature.

        Returns one signature of the work order, with its image and metadata.

        ``GET /workorders/{work_order_id}/signatures/{signature_id}``

        Args:
            work_order_id (int):
            signature_id (int):
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.signatures import get_work_order_signature as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id, signature_id=signature_id, acting_user_id=acting_user_id
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
    async def delete_work_order_signature(
        self,
        work_order_id: int,
        signature_id: int,
        *,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def delete_work_order_signature(
        self,
        work_order_id: int,
        signature_id: int,
        *,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def delete_work_order_signature(
        self,
        work_order_id: int,
        signature_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def delete_work_order_signature(
        self,
        work_order_id: int,
        signature_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Delete Work Order Signature.

        Removes a signature from the work order. Signatures often serve as proof of completion, so
        delete only ones captured by mistake. The answer is the updated work order.

        ``DELETE /workorders/{work_order_id}/signatures/{signature_id}``

        Args:
            work_order_id (int):
            signature_id (int):
            async_ (bool | Unset):  Default: False.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.signatures import delete_work_order_signature as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, signature_id=signature_id, async_=async_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class SignaturesResourceWithRawResponse:
    """``SignaturesResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: SignaturesResource) -> None:
        self.list_work_order_signatures = to_raw_response_wrapper(resource.list_work_order_signatures)
        self.create_work_order_signature = to_raw_response_wrapper(resource.create_work_order_signature)
        self.get_work_order_signature = to_raw_response_wrapper(resource.get_work_order_signature)
        self.delete_work_order_signature = to_raw_response_wrapper(resource.delete_work_order_signature)


class SignaturesResourceWithStreamingResponse:
    """``SignaturesResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: SignaturesResource) -> None:
        self.list_work_order_signatures = to_streamed_response_wrapper(resource.list_work_order_signatures)
        self.create_work_order_signature = to_streamed_response_wrapper(resource.create_work_order_signature)
        self.get_work_order_signature = to_streamed_response_wrapper(resource.get_work_order_signature)
        self.delete_work_order_signature = to_streamed_response_wrapper(resource.delete_work_order_signature)


class AsyncSignaturesResourceWithRawResponse:
    """``AsyncSignaturesResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncSignaturesResource) -> None:
        self.list_work_order_signatures = async_to_raw_response_wrapper(resource.list_work_order_signatures)
        self.create_work_order_signature = async_to_raw_response_wrapper(resource.create_work_order_signature)
        self.get_work_order_signature = async_to_raw_response_wrapper(resource.get_work_order_signature)
        self.delete_work_order_signature = async_to_raw_response_wrapper(resource.delete_work_order_signature)


class AsyncSignaturesResourceWithStreamingResponse:
    """``AsyncSignaturesResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncSignaturesResource) -> None:
        self.list_work_order_signatures = async_to_streamed_response_wrapper(
            resource.list_work_order_signatures
        )
        self.create_work_order_signature = async_to_streamed_response_wrapper(
            resource.create_work_order_signature
        )
        self.get_work_order_signature = async_to_streamed_response_wrapper(resource.get_work_order_signature)
        self.delete_work_order_signature = async_to_streamed_response_wrapper(
            resource.delete_work_order_signature
        )
