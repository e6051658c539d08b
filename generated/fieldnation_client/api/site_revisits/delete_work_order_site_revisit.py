"""Delete Work Order Site Revisit: ``DELETE /workorders/{work_order_id}/site-revisit/{revisit_id}``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.site_revisit_summary import SiteRevisitSummary

ROOT_RELATIVE = False


def _get_kwargs(work_order_id: int, revisit_id: int) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/workorders/{work_order_id}/site-revisit/{revisit_id}".format(
            work_order_id=quote(str(work_order_id), safe=""), revisit_id=quote(str(revisit_id), safe="")
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> SiteRevisitSummary:
    if response.status_code == 200:
        response_200 = SiteRevisitSummary.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
