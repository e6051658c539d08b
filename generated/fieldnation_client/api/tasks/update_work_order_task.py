"""Update Work Order Task: ``PUT /workorders/{work_order_id}/tasks/{task_id}``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.task_update import TaskUpdate
from ...models.work_order import WorkOrder

ROOT_RELATIVE = False


def _get_kwargs(work_order_id: int, task_id: int, *, body: TaskUpdate) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/workorders/{work_order_id}/tasks/{task_id}".format(
            work_order_id=quote(str(work_order_id), safe=""), task_id=quote(str(task_id), safe="")
        ),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> WorkOrder:
    if response.status_code == 200:
        response_200 = WorkOrder.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
