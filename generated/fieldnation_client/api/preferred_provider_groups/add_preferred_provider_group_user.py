"""Add Provider to Talent Pool Group: ``POST /preferred-provider-groups/{group_id}/users``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.preferred_provider_group import PreferredProviderGroup
from ...models.preferred_provider_group_users_input import PreferredProviderGroupUsersInput

ROOT_RELATIVE = False


def _get_kwargs(group_id: int, *, body: PreferredProviderGroupUsersInput) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/preferred-provider-groups/{group_id}/users".format(group_id=quote(str(group_id), safe="")),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> PreferredProviderGroup:
    if response.status_code == 200:
        response_200 = PreferredProviderGroup.from_dict(response.json())

        return response_200
    if response.status_code == 201:
        response_201 = PreferredProviderGroup.from_dict(response.json())

        return response_201
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
