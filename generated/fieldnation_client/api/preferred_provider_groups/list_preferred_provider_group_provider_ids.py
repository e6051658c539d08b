"""List Provider IDs by Group: ``GET /preferred-provider-groups/{group_id}/provider-ids``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.preferred_provider_group_provider_ids import PreferredProviderGroupProviderIds

ROOT_RELATIVE = False
OPERATION = "list_preferred_provider_group_provider_ids"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(group_id: int) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/preferred-provider-groups/{group_id}/provider-ids".format(
            group_id=quote(str(group_id), safe="")
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> PreferredProviderGroupProviderIds:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "PreferredProviderGroupProviderIds",
            _m.decode_body(_m.Model(PreferredProviderGroupProviderIds), _m.json_body(response), strict),
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
