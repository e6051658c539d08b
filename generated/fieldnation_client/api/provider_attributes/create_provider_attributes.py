"""Create Provider Attributes: ``POST /talent-pools/{talent_pool_id}/providers/{provider_id}/attributes``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.provider_attribute_create import ProviderAttributeCreate, ProviderAttributeCreateDict
from ...models.provider_attribute_result import ProviderAttributeResult

ROOT_RELATIVE = False
OPERATION = "create_provider_attributes"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(
    talent_pool_id: int, provider_id: int, *, body: ProviderAttributeCreate | ProviderAttributeCreateDict
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/talent-pools/{talent_pool_id}/providers/{provider_id}/attributes".format(
            talent_pool_id=quote(str(talent_pool_id), safe=""), provider_id=quote(str(provider_id), safe="")
        ),
    }

    _kwargs["json"] = _m.encode(body) if isinstance(body, dict) else body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> ProviderAttributeResult:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "ProviderAttributeResult",
            _m.decode_body(_m.Model(ProviderAttributeResult), _m.json_body(response), strict),
        )
    if response.status_code == 201:
        return cast(
            "ProviderAttributeResult",
            _m.decode_body(_m.Model(ProviderAttributeResult), _m.json_body(response), strict),
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
