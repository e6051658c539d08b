"""Assign user by work order: ``POST /workorders/{work_order_id}/assignee``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.async_job import AsyncJob
from ...models.empty_answer import EmptyAnswer
from ...models.user import User
from ...models.work_order import WorkOrder
from ...models.work_order_assign_request import WorkOrderAssignRequest
from ...types import UNSET, Unset

ROOT_RELATIVE = False


def _get_kwargs(
    work_order_id: int,
    *,
    body: WorkOrderAssignRequest,
    async_: bool | Unset = False,
    acting_user_id: int | Unset = UNSET,
    client_pay_terms_accepted: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["async"] = async_

    params["acting_user_id"] = acting_user_id

    params["clientPayTermsAccepted"] = client_pay_terms_accepted

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/workorders/{work_order_id}/assignee".format(
            work_order_id=quote(str(work_order_id), safe="")
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> EmptyAnswer | User | WorkOrder | AsyncJob:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> EmptyAnswer | User | WorkOrder:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = WorkOrder.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = User.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_2 = EmptyAnswer.from_dict(data)

            return response_200_type_2

        response_200 = _parse_response_200(response.json())

        return response_200
    if response.status_code == 202:
        response_202 = AsyncJob.from_dict(response.json())

        return response_202
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
