"""List Work Order Pending Requests: ``GET /workorders/{work_order_id}/providers``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.list_work_order_pending_requests_list import ListWorkOrderPendingRequestsList
from ...models.pending_provider import PendingProvider
from ...models.pending_provider_list import PendingProviderList
from ...types import UNSET, Unset

ROOT_RELATIVE = False
OPERATION = "list_work_order_pending_requests"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


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


def _parse_response(
    response: httpx.Response, strict: bool = False
) -> PendingProviderList | list[PendingProvider]:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "PendingProviderList | list[PendingProvider]",
            _m.decode_body(
                _m.Union((_m.Model(PendingProviderList), _m.List(_m.Model(PendingProvider)))),
                _m.json_body(response),
                strict,
            ),
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
