"""List Work Order Pending Requests: ``GET /workorders/{work_order_id}/providers``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.list_work_order_pending_requests_list import ListWorkOrderPendingRequestsList
from ...models.pending_provider import PendingProvider
from ...models.pending_provider_list import PendingProviderList
from ...types import UNSET, Unset

ROOT_RELATIVE = False


def _get_kwargs(
    work_order_id: int,
    *,
    list_: ListWorkOrderPendingRequestsList
    | Unset = ListWorkOrderPendingRequestsList.FIND_PROVIDERS_PENDING_ASSIGNMENT,
    sticky: bool | Unset = UNSET,
    default_view: str | Unset = UNSET,
    view: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_list_: str | Unset = UNSET
    if not isinstance(list_, Unset):
        json_list_ = list_.value

    params["list"] = json_list_

    params["sticky"] = sticky

    params["default_view"] = default_view

    params["view"] = view

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/workorders/{work_order_id}/providers".format(
            work_order_id=quote(str(work_order_id), safe="")
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[PendingProvider] | PendingProviderList:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[PendingProvider] | PendingProviderList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PendingProviderList.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_1 = []
            _response_200_type_1 = data
            for response_200_type_1_item_data in _response_200_type_1:
                response_200_type_1_item = PendingProvider.from_dict(response_200_type_1_item_data)

                response_200_type_1.append(response_200_type_1_item)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
