"""Bundle Work Order: ``POST /workorders/bundle``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.async_job import AsyncJob
from ...models.bundle_create_request import BundleCreateRequest

ROOT_RELATIVE = False


def _get_kwargs(*, body: BundleCreateRequest) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "POST", "url": "/workorders/bundle"}

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> AsyncJob:
    if response.status_code == 200:
        response_200 = AsyncJob.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
