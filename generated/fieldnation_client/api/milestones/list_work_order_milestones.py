"""List Work Order Milestones: ``GET /workorders/{work_order_id}/milestones``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.milestone_steps import MilestoneSteps
from ...models.milestones import Milestones

ROOT_RELATIVE = False


def _get_kwargs(work_order_id: int) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/workorders/{work_order_id}/milestones".format(
            work_order_id=quote(str(work_order_id), safe="")
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Milestones | MilestoneSteps:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Milestones | MilestoneSteps:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Milestones.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = MilestoneSteps.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
