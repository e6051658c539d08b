"""List Site Revisit Reasons: ``GET /company/{company_id}/site-revisit-reasons``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.company_reason_list import CompanyReasonList
from ...models.list_site_revisit_reasons_action_type import ListSiteRevisitReasonsActionType
from ...types import UNSET

ROOT_RELATIVE = False


def _get_kwargs(company_id: int, *, action_type: ListSiteRevisitReasonsActionType) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_action_type = action_type.value
    params["action_type"] = json_action_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/company/{company_id}/site-revisit-reasons".format(
            company_id=quote(str(company_id), safe="")
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> CompanyReasonList:
    if response.status_code == 200:
        response_200 = CompanyReasonList.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
