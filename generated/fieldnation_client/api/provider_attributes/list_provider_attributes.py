"""List Provider Attributes: ``GET /talent-pools/{talent_pool_id}/providers/{provider_id}/attributes``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.list_provider_attributes_sort_direction import ListProviderAttributesSortDirection
from ...models.provider_attribute_list import ProviderAttributeList
from ...types import UNSET, Unset

ROOT_RELATIVE = False
OPERATION = "list_provider_attributes"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(
    talent_pool_id: int,
    provider_id: int,
    *,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: ListProviderAttributesSortDirection | Unset = UNSET,
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
        "url": "/talent-pools/{talent_pool_id}/providers/{provider_id}/attributes".format(
            talent_pool_id=quote(str(talent_pool_id), safe=""), provider_id=quote(str(provider_id), safe="")
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> ProviderAttributeList:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "ProviderAttributeList",
            _m.decode_body(_m.Model(ProviderAttributeList), _m.json_body(response), strict),
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
