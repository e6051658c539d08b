"""Remove provider from service territory: ``DELETE /service-territories/{service_territory_uuid}/providers/{provider_id}``.

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
from ...models.talent_pool_provider_removal import TalentPoolProviderRemoval
from ...types import UNSET, Unset

ROOT_RELATIVE = False
OPERATION = "remove_service_territory_provider"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(
    service_territory_uuid: UUID,
    provider_id: int,
    *,
    tier_id: int | Unset = UNSET,
    remove_from_project: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["tierId"] = tier_id

    params["removeFromProject"] = remove_from_project

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/service-territories/{service_territory_uuid}/providers/{provider_id}".format(
            service_territory_uuid=quote(str(service_territory_uuid), safe=""),
            provider_id=quote(str(provider_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> TalentPoolProviderRemoval:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "TalentPoolProviderRemoval",
            _m.decode_body(_m.Model(TalentPoolProviderRemoval), _m.json_body(response), strict),
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
