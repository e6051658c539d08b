"""Update service territory: ``PUT /service-territories/{service_territory_uuid}``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.service_territory import ServiceTerritory
from ...models.service_territory_update import ServiceTerritoryUpdate, ServiceTerritoryUpdateDict

ROOT_RELATIVE = False
OPERATION = "update_service_territory"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(
    service_territory_uuid: UUID, *, body: ServiceTerritoryUpdate | ServiceTerritoryUpdateDict
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/service-territories/{service_territory_uuid}".format(
            service_territory_uuid=quote(str(service_territory_uuid), safe="")
        ),
    }

    _kwargs["json"] = _m.encode(body) if isinstance(body, dict) else body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> ServiceTerritory:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "ServiceTerritory", _m.decode_body(_m.Model(ServiceTerritory), _m.json_body(response), strict)
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
