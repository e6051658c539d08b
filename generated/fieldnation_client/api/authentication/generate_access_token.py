"""Generate Access Token: ``POST /authentication/api/oauth/token``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.token import Token
from ...models.token_client_credentials_grant import TokenClientCredentialsGrant
from ...models.token_password_grant import TokenPasswordGrant
from ...models.token_refresh_grant import TokenRefreshGrant
from ...types import UNSET, Unset

ROOT_RELATIVE = True


def _get_kwargs(
    *,
    body: TokenClientCredentialsGrant
    | TokenPasswordGrant
    | TokenRefreshGrant
    | TokenClientCredentialsGrant
    | TokenPasswordGrant
    | TokenRefreshGrant
    | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "POST", "url": "/authentication/api/oauth/token"}

    if isinstance(body, TokenClientCredentialsGrant | TokenPasswordGrant | TokenRefreshGrant):
        if isinstance(body, TokenPasswordGrant):
            _kwargs["json"] = body.to_dict()
        elif isinstance(body, TokenClientCredentialsGrant):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body.to_dict()

    elif isinstance(body, TokenClientCredentialsGrant | TokenPasswordGrant | TokenRefreshGrant):
        _kwargs["data"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> Token:
    if response.status_code == 200:
        response_200 = Token.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
