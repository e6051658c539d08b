"""Remove Providers from Talent Pool Group: ``DELETE /preferred-provider-groups/{group_id}/users``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.preferred_provider_group import PreferredProviderGroup
from ...models.preferred_provider_group_users_input import (
    PreferredProviderGroupUsersInput,
    PreferredProviderGroupUsersInputDict,
)

ROOT_RELATIVE = False
OPERATION = "remove_preferred_provider_group_users"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(
    group_id: int, *, body: PreferredProviderGroupUsersInput | PreferredProviderGroupUsersInputDict
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/preferred-provider-groups/{group_id}/users".format(group_id=quote(str(group_id), safe="")),
    }

    _kwargs["json"] = _m.encode(body) if isinstance(body, dict) else body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> PreferredProviderGroup:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "PreferredProviderGroup",
            _m.decode_body(_m.Model(PreferredProviderGroup), _m.json_body(response), strict),
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
