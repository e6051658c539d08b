"""Update service territory: ``PUT /service-territories/{service_territory_uuid}``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.service_territory import ServiceTerritory
from ...models.service_territory_update import ServiceTerritoryUpdate

ROOT_RELATIVE = False


def _get_kwargs(service_territory_uuid: UUID, *, body: ServiceTerritoryUpdate) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/service-territories/{service_territory_uuid}".format(
            service_territory_uuid=quote(str(service_territory_uuid), safe="")
        ),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> ServiceTerritory:
    if response.status_code == 200:
        response_200 = ServiceTerritory.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
