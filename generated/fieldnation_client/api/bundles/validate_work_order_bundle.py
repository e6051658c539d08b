"""Validate Work Order Bundle: ``POST /workorders/bundle/validate``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.bundle_request import BundleRequest
from ...models.bundle_validation import BundleValidation

ROOT_RELATIVE = False


def _get_kwargs(*, body: BundleRequest) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "POST", "url": "/workorders/bundle/validate"}

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> BundleValidation:
    if response.status_code == 200:
        response_200 = BundleValidation.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
