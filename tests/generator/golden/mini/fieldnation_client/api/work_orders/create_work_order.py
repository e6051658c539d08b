"""Create Work Order: ``POST /workorders``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.work_order import WorkOrder
from ...models.work_order_create import WorkOrderCreate

ROOT_RELATIVE = False


def _get_kwargs(*, body: WorkOrderCreate) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "POST", "url": "/workorders"}

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> WorkOrder:
    if response.status_code == 201:
        response_201 = WorkOrder.from_dict(response.json())

        return response_201
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
