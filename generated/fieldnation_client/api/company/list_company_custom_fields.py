"""List Custom Fields: ``GET /custom-fields``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.company_custom_field_list import CompanyCustomFieldList

ROOT_RELATIVE = False


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": "GET", "url": "/custom-fields"}

    return _kwargs


def _parse_response(response: httpx.Response) -> CompanyCustomFieldList:
    if response.status_code == 200:
        response_200 = CompanyCustomFieldList.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
