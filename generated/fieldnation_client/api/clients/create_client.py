"""Create Client: ``POST /clients``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.client import Client
from ...models.client_input import ClientInput

ROOT_RELATIVE = False


def _get_kwargs(*, body: ClientInput) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "POST", "url": "/clients"}

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> Client:
    if response.status_code == 200:
        response_200 = Client.from_dict(response.json())

        return response_200
    if response.status_code == 201:
        response_201 = Client.from_dict(response.json())

        return response_201
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
