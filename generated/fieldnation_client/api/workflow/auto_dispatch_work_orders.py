"""Auto-Dispatch Work Order: ``POST /workorders/auto_dispatch``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.auto_dispatch_request import AutoDispatchRequest
from ...models.auto_dispatch_response import AutoDispatchResponse

ROOT_RELATIVE = False


def _get_kwargs(*, body: AutoDispatchRequest) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "POST", "url": "/workorders/auto_dispatch"}

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> AutoDispatchResponse:
    if response.status_code == 200:
        response_200 = AutoDispatchResponse.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
