"""List Service Territories: ``GET /service-territories``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.list_service_territories_sort_direction import ListServiceTerritoriesSortDirection
from ...models.service_territory_list import ServiceTerritoryList
from ...types import UNSET, Unset

ROOT_RELATIVE = False
OPERATION = "list_service_territories"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(
    *,
    f_project_id: int | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: ListServiceTerritoriesSortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["f_project_id"] = f_project_id

    params["limit"] = limit

    params["cursor"] = cursor

    params["sort_by"] = sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sort_direction"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": "GET", "url": "/service-territories", "params": params}

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> ServiceTerritoryList:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "ServiceTerritoryList",
            _m.decode_body(_m.Model(ServiceTerritoryList), _m.json_body(response), strict),
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
