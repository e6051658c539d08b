"""List Talent Pool Group Users: ``GET /preferred-provider-groups/{group_id}/users``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.preferred_provider_group_user_list import PreferredProviderGroupUserList
from ...types import UNSET, Unset

ROOT_RELATIVE = False
OPERATION = "list_preferred_provider_group_users"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(group_id: int, *, page: int | Unset = 1, per_page: int | Unset = 25) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/preferred-provider-groups/{group_id}/users".format(group_id=quote(str(group_id), safe="")),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> PreferredProviderGroupUserList:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "PreferredProviderGroupUserList",
            _m.decode_body(_m.Model(PreferredProviderGroupUserList), _m.json_body(response), strict),
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
