"""List Company Networks: ``GET /company/networks``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.company_network_list import CompanyNetworkList

ROOT_RELATIVE = False
OPERATION = "list_company_networks"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": "GET", "url": "/company/networks"}

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> CompanyNetworkList:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "CompanyNetworkList", _m.decode_body(_m.Model(CompanyNetworkList), _m.json_body(response), strict)
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
