"""Tasks: 8 operations, sync (``TasksResource``) and async (``AsyncTasksResource``)."""

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task import Task
    from ..models.task_alerts_deleted_item import TaskAlertsDeletedItem
    from ..models.task_input import TaskInput, TaskInputDict
    from ..models.task_list import TaskList
    from ..models.task_update import TaskUpdate, TaskUpdateDict
    from ..models.tasks_bulk_update import TasksBulkUpdate, TasksBulkUpdateDict
    from ..models.work_order import WorkOrder

    pass

__all__ = ["AsyncTasksResource", "TasksResource"]

Timeout = float | httpx.Timeout | None


class TasksResource(SyncResource):
    """Tasks operations; reach them as ``client.tasks``."""

    @cached_property
    def with_raw_response(self) -> TasksResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return TasksResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TasksResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return TasksResourceWithStreamingResponse(self)

    def list_work_order_tasks(
        self,
        work_order_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> TaskList:
        """List Work Order Tasks.

        Returns the tasks of a work order in display order, grouped by phase (pre work, work, post
        work), each with its type, status, completion details and alerts.

        ``GET /workorders/{work_order_id}/tasks``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.tasks import list_work_order_tasks as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, acting_user_id=acting_user_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_work_order_tasks(
        self,
        work_order_id: int,
        *,
        body: TasksBulkUpdate | TasksBulkUpdateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Update Work Order Tasks.

        Changes several tasks of a work order in one request, each named by its `id`, for example to
        relabel them or mark them complete, and returns the updated work order.

        ``PUT /workorders/{work_order_id}/tasks``

        Args:
            work_order_id (int):
            body (TasksBulkUpdate): Body of `PUT /workorders/{work_order_id}/tasks`. Example:
                {'tasks': [{'id': 8609, 'label': 'Call the store manager on arrival', 'status':
                'complete', 'description': 'Called, manager opened the back room.'}, {'id': 8611,
                'status': 'incomplete'}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.tasks import update_work_order_tasks as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def create_work_order_task(
        self,
        work_order_id: int,
        *,
        body: TaskInput | TaskInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Create Work Order Task.

        Adds a task to one phase of a work order and returns the updated work order, the new task first
        in `tasks.results` (the local sandbox's order, x-sandbox; Field Nation does not document the
        order). The task type decides which extra field is needed: a phone number to call, an email
        address, a custom field, a file to download or a folder to upload into. Alert addresses are
        emailed when the provider completes the task.

        ``POST /workorders/{work_order_id}/tasks``

        Args:
            work_order_id (int):
            body (TaskInput): Body of `POST /workorders/{work_order_id}/tasks`. Send the type-specific
                property the chosen type needs: `phone` for 8, `email` for 9, `custom_field` for 7,
                `attachment` for 13, `attachments` (the folder) for 5 and 6. Example: {'group': {'id':
                'post'}, 'type': {'id': 8}, 'label': 'Call the help desk to close the ticket', 'alerts':
                [{'email': 'alerts@northstar-retail.example'}], 'phone': '+1 480-555-1234'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.tasks import create_work_order_task as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def get_work_order_task(
        self,
        work_order_id: int,
        task_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Task:
        """Get Work Order Task.

        Returns one task with its type-specific details: the ETA, time log, custom field, signature,
        shipment or files it is tied to, who completed it and when.

        ``GET /workorders/{work_order_id}/tasks/{task_id}``

        Args:
            work_order_id (int):
            task_id (int):
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.tasks import get_work_order_task as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, task_id=task_id, acting_user_id=acting_user_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_work_order_task(
        self,
        work_order_id: int,
        task_id: int,
        *,
        body: TaskUpdate | TaskUpdateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Update Work Order Task.

        Changes one task, for example its label, alert addresses or type-specific value, or completes it
        with `status: complete`, and returns the updated work order. Fields not sent keep their values.

        ``PUT /workorders/{work_order_id}/tasks/{task_id}``

        Args:
            work_order_id (int):
            task_id (int):
            body (TaskUpdate): Body of `PUT /workorders/{work_order_id}/tasks/{task_id}`. Only the
                fields sent are changed; `status: complete` completes the task. Example: {'label': 'Call
                Nancy for access instructions', 'alerts': [{'email': 'alerts@northstar-retail.example'}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.tasks import update_work_order_task as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, task_id=task_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete_work_order_task(
        self,
        work_order_id: int,
        task_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Delete Work Order Task.

        Removes one task from a work order and returns the updated work order.

        ``DELETE /workorders/{work_order_id}/tasks/{task_id}``

        Args:
            work_order_id (int):
            task_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.tasks import delete_work_order_task as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, task_id=task_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete_work_order_task_alerts(
        self,
        work_order_id: int,
        task_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | list[TaskAlertsDeletedItem]:
        """Delete Work Order Task Alerts.

        Removes every alert address from one task, so nobody is emailed when it is completed, and
        returns the updated work order.

        ``DELETE /workorders/{work_order_id}/tasks/{task_id}/alerts``

        Args:
            work_order_id (int):
            task_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.tasks import delete_work_order_task_alerts as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, task_id=task_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete_work_order_task_alert(
        self,
        work_order_id: int,
        task_id: int,
        alert_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | list[TaskAlertsDeletedItem]:
        """Delete Work Order Task Alert.

        Removes one alert address from a task and returns the updated work order.

        ``DELETE /workorders/{work_order_id}/tasks/{task_id}/alerts/{alert_id}``

        Args:
            work_order_id (int):
            task_id (int):
            alert_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.tasks import delete_work_order_task_alert as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, task_id=task_id, alert_id=alert_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncTasksResource(AsyncResource):
    """Tasks operations; reach them as ``async_client.tasks``."""

    @cached_property
    def with_raw_response(self) -> AsyncTasksResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncTasksResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTasksResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncTasksResourceWithStreamingResponse(self)

    async def list_work_order_tasks(
        self,
        work_order_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> TaskList:
        """List Work Order Tasks.

        Returns the tasks of a work order in display order, grouped by phase (pre work, work, post
        work), each with its type, status, completion details and alerts.

        ``GET /workorders/{work_order_id}/tasks``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.tasks import list_work_order_tasks as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, acting_user_id=acting_user_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_work_order_tasks(
        self,
        work_order_id: int,
        *,
        body: TasksBulkUpdate | TasksBulkUpdateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Update Work Order Tasks.

        Changes several tasks of a work order in one request, each named by its `id`, for example to
        relabel them or mark them complete, and returns the updated work order.

        ``PUT /workorders/{work_order_id}/tasks``

        Args:
            work_order_id (int):
            body (TasksBulkUpdate): Body of `PUT /workorders/{work_order_id}/tasks`. Example:
                {'tasks': [{'id': 8609, 'label': 'Call the store manager on arrival', 'status':
                'complete', 'description': 'Called, manager opened the back room.'}, {'id': 8611,
                'status': 'incomplete'}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.tasks import update_work_order_tasks as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def create_work_order_task(
        self,
        work_order_id: int,
        *,
        body: TaskInput | TaskInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Create Work Order Task.

        Adds a task to one phase of a work order and returns the updated work order, the new task first
        in `tasks.results` (the local sandbox's order, x-sandbox; Field Nation does not document the
        order). The task type decides which extra field is needed: a phone number to call, an email
        address, a custom field, a file to download or a folder to upload into. Alert addresses are
        emailed when the provider completes the task.

        ``POST /workorders/{work_order_id}/tasks``

        Args:
            work_order_id (int):
            body (TaskInput): Body of `POST /workorders/{work_order_id}/tasks`. Send the type-specific
                property the chosen type needs: `phone` for 8, `email` for 9, `custom_field` for 7,
                `attachment` for 13, `attachments` (the folder) for 5 and 6. Example: {'group': {'id':
                'post'}, 'type': {'id': 8}, 'label': 'Call the help desk to close the ticket', 'alerts':
                [{'email': 'alerts@northstar-retail.example'}], 'phone': '+1 480-555-1234'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.tasks import create_work_order_task as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def get_work_order_task(
        self,
        work_order_id: int,
        task_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Task:
        """Get Work Order Task.

        Returns one task with its type-specific details: the ETA, time log, custom field, signature,
        shipment or files it is tied to, who completed it and when.

        ``GET /workorders/{work_order_id}/tasks/{task_id}``

        Args:
            work_order_id (int):
            task_id (int):
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.tasks import get_work_order_task as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, task_id=task_id, acting_user_id=acting_user_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_work_order_task(
        self,
        work_order_id: int,
        task_id: int,
        *,
        body: TaskUpdate | TaskUpdateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Update Work Order Task.

        Changes one task, for example its label, alert addresses or type-specific value, or completes it
        with `status: complete`, and returns the updated work order. Fields not sent keep their values.

        ``PUT /workorders/{work_order_id}/tasks/{task_id}``

        Args:
            work_order_id (int):
            task_id (int):
            body (TaskUpdate): Body of `PUT /workorders/{work_order_id}/tasks/{task_id}`. Only the
                fields sent are changed; `status: complete` completes the task. Example: {'label': 'Call
                Nancy for access instructions', 'alerts': [{'email': 'alerts@northstar-retail.example'}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.tasks import update_work_order_task as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, task_id=task_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete_work_order_task(
        self,
        work_order_id: int,
        task_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Delete Work Order Task.

        Removes one task from a work order and returns the updated work order.

        ``DELETE /workorders/{work_order_id}/tasks/{task_id}``

        Args:
            work_order_id (int):
            task_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.tasks import delete_work_order_task as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, task_id=task_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete_work_order_task_alerts(
        self,
        work_order_id: int,
        task_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | list[TaskAlertsDeletedItem]:
        """Delete Work Order Task Alerts.

        Removes every alert address from one task, so nobody is emailed when it is completed, and
        returns the updated work order.

        ``DELETE /workorders/{work_order_id}/tasks/{task_id}/alerts``

        Args:
            work_order_id (int):
            task_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.tasks import delete_work_order_task_alerts as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, task_id=task_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete_work_order_task_alert(
        self,
        work_order_id: int,
        task_id: int,
        alert_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | list[TaskAlertsDeletedItem]:
        """Delete Work Order Task Alert.

        Removes one alert address from a task and returns the updated work order.

        ``DELETE /workorders/{work_order_id}/tasks/{task_id}/alerts/{alert_id}``

        Args:
            work_order_id (int):
            task_id (int):
            alert_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.tasks import delete_work_order_task_alert as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, task_id=task_id, alert_id=alert_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class TasksResourceWithRawResponse:
    """``TasksResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: TasksResource) -> None:
        self.list_work_order_tasks = to_raw_response_wrapper(resource.list_work_order_tasks)
        self.update_work_order_tasks = to_raw_response_wrapper(resource.update_work_order_tasks)
        self.create_work_order_task = to_raw_response_wrapper(resource.create_work_order_task)
        self.get_work_order_task = to_raw_response_wrapper(resource.get_work_order_task)
        self.update_work_order_task = to_raw_response_wrapper(resource.update_work_order_task)
        self.delete_work_order_task = to_raw_response_wrapper(resource.delete_work_order_task)
        self.delete_work_order_task_alerts = to_raw_response_wrapper(resource.delete_work_order_task_alerts)
        self.delete_work_order_task_alert = to_raw_response_wrapper(resource.delete_work_order_task_alert)


class TasksResourceWithStreamingResponse:
    """``TasksResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: TasksResource) -> None:
        self.list_work_order_tasks = to_streamed_response_wrapper(resource.list_work_order_tasks)
        self.update_work_order_tasks = to_streamed_response_wrapper(resource.update_work_order_tasks)
        self.create_work_order_task = to_streamed_response_wrapper(resource.create_work_order_task)
        self.get_work_order_task = to_streamed_response_wrapper(resource.get_work_order_task)
        self.update_work_order_task = to_streamed_response_wrapper(resource.update_work_order_task)
        self.delete_work_order_task = to_streamed_response_wrapper(resource.delete_work_order_task)
        self.delete_work_order_task_alerts = to_streamed_response_wrapper(
            resource.delete_work_order_task_alerts
        )
        self.delete_work_order_task_alert = to_streamed_response_wrapper(
            resource.delete_work_order_task_alert
        )


class AsyncTasksResourceWithRawResponse:
    """``AsyncTasksResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncTasksResource) -> None:
        self.list_work_order_tasks = async_to_raw_response_wrapper(resource.list_work_order_tasks)
        self.update_work_order_tasks = async_to_raw_response_wrapper(resource.update_work_order_tasks)
        self.create_work_order_task = async_to_raw_response_wrapper(resource.create_work_order_task)
        self.get_work_order_task = async_to_raw_response_wrapper(resource.get_work_order_task)
        self.update_work_order_task = async_to_raw_response_wrapper(resource.update_work_order_task)
        self.delete_work_order_task = async_to_raw_response_wrapper(resource.delete_work_order_task)
        self.delete_work_order_task_alerts = async_to_raw_response_wrapper(
            resource.delete_work_order_task_alerts
        )
        self.delete_work_order_task_alert = async_to_raw_response_wrapper(
            resource.delete_work_order_task_alert
        )


class AsyncTasksResourceWithStreamingResponse:
    """``AsyncTasksResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncTasksResource) -> None:
        self.list_work_order_tasks = async_to_streamed_response_wrapper(resource.list_work_order_tasks)
        self.update_work_order_tasks = async_to_streamed_response_wrapper(resource.update_work_order_tasks)
        self.create_work_order_task = async_to_streamed_response_wrapper(resource.create_work_order_task)
        self.get_work_order_task = async_to_streamed_response_wrapper(resource.get_work_order_task)
        self.update_work_order_task = async_to_streamed_response_wrapper(resource.update_work_order_task)
        self.delete_work_order_task = async_to_streamed_response_wrapper(resource.delete_work_order_task)
        self.delete_work_order_task_alerts = async_to_streamed_response_wrapper(
            resource.delete_work_order_task_alerts
        )
        self.delete_work_order_task_alert = async_to_streamed_response_wrapper(
            resource.delete_work_order_task_alert
        )
