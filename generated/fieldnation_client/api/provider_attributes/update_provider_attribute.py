"""Update Provider Attribute: ``PUT /talent-pools/{talent_pool_id}/providers/{provider_id}/attributes/{attribute_uuid}``.

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
from ...models.provider_attribute import ProviderAttribute
from ...models.provider_attribute_update import ProviderAttributeUpdate, ProviderAttributeUpdateDict

ROOT_RELATIVE = False
OPERATION = "update_provider_attribute"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(
    talent_pool_id: int,
    provider_id: int,
    attribute_uuid: UUID,
    *,
    body: ProviderAttributeUpdate | ProviderAttributeUpdateDict,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/talent-pools/{talent_pool_id}/providers/{provider_id}/attributes/{attribute_uuid}".format(
            talent_pool_id=quote(str(talent_pool_id), safe=""),
            provider_id=quote(str(provider_id), safe=""),
            attribute_uuid=quote(str(attribute_uuid), safe=""),
        ),
    }

    _kwargs["json"] = _m.encode(body) if isinstance(body, dict) else body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> ProviderAttribute:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "ProviderAttribute", _m.decode_body(_m.Model(ProviderAttribute), _m.json_body(response), strict)
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
