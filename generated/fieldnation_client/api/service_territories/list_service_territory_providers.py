"""Get providers in a service territory: ``GET /service-territories/{service_territory_uuid}/providers``.

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
from ...models.list_service_territory_providers_sort_direction import (
    ListServiceTerritoryProvidersSortDirection,
)
from ...models.service_territory_provider_list import ServiceTerritoryProviderList
from ...types import UNSET, Unset

ROOT_RELATIVE = False
OPERATION = "list_service_territory_providers"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(
    service_territory_uuid: UUID,
    *,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: ListServiceTerritoryProvidersSortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["sort_by"] = sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sort_direction"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/service-territories/{service_territory_uuid}/providers".format(
            service_territory_uuid=quote(str(service_territory_uuid), safe="")
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> ServiceTerritoryProviderList:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "ServiceTerritoryProviderList",
            _m.decode_body(_m.Model(ServiceTerritoryProviderList), _m.json_body(response), strict),
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
