"""Get User Details: ``GET /users/{user_id}``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.user import User

ROOT_RELATIVE = False


def _get_kwargs(user_id: int) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/users/{user_id}".format(user_id=quote(str(user_id), safe="")),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> User:
    if response.status_code == 200:
        response_200 = User.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
