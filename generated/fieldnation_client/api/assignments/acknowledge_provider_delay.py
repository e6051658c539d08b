"""Acknowledge Provider Delay: ``POST /workorders/{work_order_id}/provider/delay``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.provider_delay_input import ProviderDelayInput
from ...models.work_order import WorkOrder
from ...types import UNSET, Unset

ROOT_RELATIVE = False


def _get_kwargs(work_order_id: int, *, body: ProviderDelayInput | Unset = UNSET) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/workorders/{work_order_id}/provider/delay".format(
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
