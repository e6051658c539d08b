"""Unassign user from a work order: ``DELETE /workorders/{work_order_id}/assignee``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.async_job import AsyncJob
from ...models.user import User
from ...models.work_order import WorkOrder
from ...models.work_order_unassign_request import WorkOrderUnassignRequest
from ...types import UNSET, Unset

ROOT_RELATIVE = False


def _get_kwargs(
    work_order_id: int, *, body: WorkOrderUnassignRequest | Unset = UNSET, async_: bool | Unset = False
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["async"] = async_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/workorders/{work_order_id}/assignee".format(
            work_order_id=quote(str(work_order_id), safe="")
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> User | WorkOrder | AsyncJob:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> User | WorkOrder:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = WorkOrder.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = User.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200
    if response.status_code == 202:
        response_202 = AsyncJob.from_dict(response.json())

        return response_202
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
