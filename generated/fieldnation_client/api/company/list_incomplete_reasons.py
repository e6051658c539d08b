"""List Incomplete Reasons: ``GET /company/incomplete-reasons``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.company_reason import CompanyReason

ROOT_RELATIVE = False


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": "GET", "url": "/company/incomplete-reasons"}

    return _kwargs


def _parse_response(response: httpx.Response) -> list[CompanyReason]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_company_reason_array_item_data in _response_200:
            componentsschemas_company_reason_array_item = CompanyReason.from_dict(
                componentsschemas_company_reason_array_item_data
            )

            response_200.append(componentsschemas_company_reason_array_item)

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
