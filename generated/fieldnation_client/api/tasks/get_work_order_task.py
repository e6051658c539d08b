"""Get Work Order Task: ``GET /workorders/{work_order_id}/tasks/{task_id}``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.task import Task
from ...types import UNSET, Unset

ROOT_RELATIVE = False


def _get_kwargs(work_order_id: int, task_id: int, *, acting_user_id: int | Unset = UNSET) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["acting_user_id"] = acting_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/workorders/{work_order_id}/tasks/{task_id}".format(
            work_order_id=quote(str(work_order_id), safe=""), task_id=quote(str(task_id), safe="")
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Task:
    if response.status_code == 200:
        response_200 = Task.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
