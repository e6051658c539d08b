"""Get Work Order Increase: ``GET /workorders/{work_order_id}/increases/{increase_id}``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.pay_increase import PayIncrease
from ...types import UNSET, Unset

ROOT_RELATIVE = False


def _get_kwargs(work_order_id: int, increase_id: int, *, async_: bool | Unset = False) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["async"] = async_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/workorders/{work_order_id}/increases/{increase_id}".format(
            work_order_id=quote(str(work_order_id), safe=""), increase_id=quote(str(increase_id), safe="")
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> PayIncrease:
    if response.status_code == 200:
        response_200 = PayIncrease.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
