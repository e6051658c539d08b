"""List Work Order Lists: ``GET /workorders/lists``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.list_work_order_lists_list import ListWorkOrderListsList
from ...models.work_order_list_tab import WorkOrderListTab
from ...types import UNSET, Unset

ROOT_RELATIVE = False


def _get_kwargs(
    *,
    list_: ListWorkOrderListsList | Unset = ListWorkOrderListsList.WORKORDERS_ALL,
    sticky: bool | Unset = False,
    sticky_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_list_: str | Unset = UNSET
    if not isinstance(list_, Unset):
        json_list_ = list_.value

    params["list"] = json_list_

    params["sticky"] = sticky

    params["stickyName"] = sticky_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": "GET", "url": "/workorders/lists", "params": params}

    return _kwargs


def _parse_response(response: httpx.Response) -> list[WorkOrderListTab]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_work_order_list_tabs_item_data in _response_200:
            componentsschemas_work_order_list_tabs_item = WorkOrderListTab.from_dict(
                componentsschemas_work_order_list_tabs_item_data
            )

            response_200.append(componentsschemas_work_order_list_tabs_item)

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
