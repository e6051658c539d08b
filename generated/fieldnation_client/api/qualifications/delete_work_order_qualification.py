"""Delete Work Order Qualification: ``DELETE /workorders/{work_order_id}/qualifications/{qualification_id}``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.qualification_list import QualificationList

ROOT_RELATIVE = False


def _get_kwargs(work_order_id: int, qualification_id: int) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/workorders/{work_order_id}/qualifications/{qualification_id}".format(
            work_order_id=quote(str(work_order_id), safe=""),
            qualification_id=quote(str(qualification_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> QualificationList:
    if response.status_code == 200:
        response_200 = QualificationList.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
