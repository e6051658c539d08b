"""List Company Networks: ``GET /company/networks``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.company_network_list import CompanyNetworkList

ROOT_RELATIVE = False


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": "GET", "url": "/company/networks"}

    return _kwargs


def _parse_response(response: httpx.Response) -> CompanyNetworkList:
    if response.status_code == 200:
        response_200 = CompanyNetworkList.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
