"""Unassign user from a work order: ``DELETE /workorders/{work_order_id}/assignee``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.work_order import WorkOrder
from ...models.work_order_unassign_request import WorkOrderUnassignRequest
from ...types import UNSET, Unset

ROOT_RELATIVE = False


def _get_kwargs(work_order_id: int, *, body: WorkOrderUnassignRequest | Unset = UNSET) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/workorders/{work_order_id}/assignee".format(
            work_order_id=quote(str(work_order_id), safe="")
        ),
    }

    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> WorkOrder:
    if response.status_code == 200:
        response_200 = WorkOrder.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
