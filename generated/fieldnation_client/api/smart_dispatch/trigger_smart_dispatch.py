"""Trigger Smart Dispatch: ``POST /workorders/smart-dispatch``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.smart_dispatch_request import SmartDispatchRequest
from ...models.smart_dispatch_result import SmartDispatchResult

ROOT_RELATIVE = False


def _get_kwargs(*, body: SmartDispatchRequest) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "POST", "url": "/workorders/smart-dispatch"}

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> SmartDispatchResult:
    if response.status_code == 200:
        response_200 = SmartDispatchResult.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
