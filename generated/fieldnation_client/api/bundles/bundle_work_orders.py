"""Bundle Work Order: ``POST /workorders/bundle``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.async_job import AsyncJob
from ...models.bundle_create_request import BundleCreateRequest
from ...models.bundle_created import BundleCreated

ROOT_RELATIVE = False


def _get_kwargs(*, body: BundleCreateRequest) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "POST", "url": "/workorders/bundle"}

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> AsyncJob | BundleCreated:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> AsyncJob | BundleCreated:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = AsyncJob.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = BundleCreated.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
