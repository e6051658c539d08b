"""List Provider IDs by Group: ``GET /preferred-provider-groups/{group_id}/provider-ids``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.preferred_provider_group_provider_ids import PreferredProviderGroupProviderIds

ROOT_RELATIVE = False


def _get_kwargs(group_id: int) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/preferred-provider-groups/{group_id}/provider-ids".format(
            group_id=quote(str(group_id), safe="")
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> PreferredProviderGroupProviderIds:
    if response.status_code == 200:
        response_200 = PreferredProviderGroupProviderIds.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
