"""Create Work Order: ``POST /workorders``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.async_job import AsyncJob
from ...models.work_order import WorkOrder
from ...models.work_order_create import WorkOrderCreate
from ...types import UNSET, Unset

ROOT_RELATIVE = False


def _get_kwargs(*, body: WorkOrderCreate, async_: bool | Unset = False) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["async"] = async_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": "POST", "url": "/workorders", "params": params}

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> WorkOrder | AsyncJob:
    if response.status_code == 200:
        response_200 = WorkOrder.from_dict(response.json())

        return response_200
    if response.status_code == 201:
        response_201 = WorkOrder.from_dict(response.json())

        return response_201
    if response.status_code == 202:
        response_202 = AsyncJob.from_dict(response.json())

        return response_202
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
