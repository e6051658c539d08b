"""Generate Access Token: ``POST /authentication/api/oauth/token``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.token import Token
from ...models.token_request import TokenRequest, TokenRequestDict

ROOT_RELATIVE = True
OPERATION = "generate_access_token"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(*, body: TokenRequest | TokenRequestDict) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "POST", "url": "/authentication/api/oauth/token"}

    _kwargs["json"] = _m.encode(body) if isinstance(body, dict) else body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> Token:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast("Token", _m.decode_body(_m.Model(Token), _m.json_body(response), strict))
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
