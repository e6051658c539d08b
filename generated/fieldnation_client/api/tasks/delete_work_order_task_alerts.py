"""Delete Work Order Task Alerts: ``DELETE /workorders/{work_order_id}/tasks/{task_id}/alerts``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.task_alerts_deleted_item import TaskAlertsDeletedItem
from ...models.work_order import WorkOrder

ROOT_RELATIVE = False
OPERATION = "delete_work_order_task_alerts"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(work_order_id: int, task_id: int) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/workorders/{work_order_id}/tasks/{task_id}/alerts".format(
            work_order_id=quote(str(work_order_id), safe=""), task_id=quote(str(task_id), safe="")
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, strict: bool = False
) -> WorkOrder | list[TaskAlertsDeletedItem]:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "WorkOrder | list[TaskAlertsDeletedItem]",
            _m.decode_body(
                _m.Union((_m.Model(WorkOrder), _m.List(_m.Model(TaskAlertsDeletedItem)))),
                _m.json_body(response),
                strict,
            ),
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
