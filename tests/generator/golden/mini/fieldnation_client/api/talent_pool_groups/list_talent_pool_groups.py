"""List Talent Pool Groups: ``GET /talent-pool-groups``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.list_talent_pool_groups_response_200 import ListTalentPoolGroupsResponse200
from ...types import UNSET, Unset

ROOT_RELATIVE = False
OPERATION = "list_talent_pool_groups"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(*, limit: int | Unset = 20, cursor: str | Unset = UNSET) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": "GET", "url": "/talent-pool-groups", "params": params}

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> ListTalentPoolGroupsResponse200:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "ListTalentPoolGroupsResponse200",
            _m.decode_body(_m.Model(ListTalentPoolGroupsResponse200), _m.json_body(response), strict),
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
