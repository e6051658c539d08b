"""Generate Access Token: ``POST /authentication/api/oauth/token``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.token import Token
from ...models.token_request import TokenRequest

ROOT_RELATIVE = True


def _get_kwargs(*, body: TokenRequest) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "POST", "url": "/authentication/api/oauth/token"}

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> Token:
    if response.status_code == 200:
        response_200 = Token.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
