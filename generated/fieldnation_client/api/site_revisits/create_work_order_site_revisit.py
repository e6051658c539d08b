"""Create Work Order Site Revisit: ``POST /workorders/{work_order_id}/site-revisit``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.site_revisit_input import SiteRevisitInput
from ...models.site_revisit_summary import SiteRevisitSummary

ROOT_RELATIVE = False


def _get_kwargs(work_order_id: int, *, body: SiteRevisitInput) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/workorders/{work_order_id}/site-revisit".format(
            work_order_id=quote(str(work_order_id), safe="")
        ),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> SiteRevisitSummary:
    if response.status_code == 200:
        response_200 = SiteRevisitSummary.from_dict(response.json())

        return response_200
    if response.status_code == 201:
        response_201 = SiteRevisitSummary.from_dict(response.json())

        return response_201
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
