"""List Incomplete Reasons: ``GET /company/{company_id}/reasons/incomplete``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.company_reason import CompanyReason
from ...models.company_reason_list import CompanyReasonList

ROOT_RELATIVE = False


def _get_kwargs(company_id: int) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/company/{company_id}/reasons/incomplete".format(company_id=quote(str(company_id), safe="")),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> CompanyReasonList | list[CompanyReason]:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CompanyReasonList | list[CompanyReason]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_incomplete_reasons_type_0 = CompanyReasonList.from_dict(data)

                return componentsschemas_incomplete_reasons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_incomplete_reasons_type_1 = []
            _componentsschemas_incomplete_reasons_type_1 = data
            for (
                componentsschemas_company_reason_array_item_data
            ) in _componentsschemas_incomplete_reasons_type_1:
                componentsschemas_company_reason_array_item = CompanyReason.from_dict(
                    componentsschemas_company_reason_array_item_data
                )

                componentsschemas_incomplete_reasons_type_1.append(
                    componentsschemas_company_reason_array_item
                )

            return componentsschemas_incomplete_reasons_type_1

        response_200 = _parse_response_200(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
