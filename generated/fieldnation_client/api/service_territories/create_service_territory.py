"""Create Service Territory: ``POST /service-territories``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.service_territory import ServiceTerritory
from ...models.service_territory_input import ServiceTerritoryInput

ROOT_RELATIVE = False


def _get_kwargs(*, body: ServiceTerritoryInput) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "POST", "url": "/service-territories"}

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> ServiceTerritory:
    if response.status_code == 200:
        response_200 = ServiceTerritory.from_dict(response.json())

        return response_200
    if response.status_code == 201:
        response_201 = ServiceTerritory.from_dict(response.json())

        return response_201
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
