"""Mass route a work order to providers: ``POST /workorders/{work_order_id}/mass-route``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.async_job import AsyncJob
from ...models.work_order_mass_route_request import WorkOrderMassRouteRequest

ROOT_RELATIVE = False


def _get_kwargs(work_order_id: int, *, body: WorkOrderMassRouteRequest) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/workorders/{work_order_id}/mass-route".format(
            work_order_id=quote(str(work_order_id), safe="")
        ),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> AsyncJob:
    if response.status_code == 200:
        response_200 = AsyncJob.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
