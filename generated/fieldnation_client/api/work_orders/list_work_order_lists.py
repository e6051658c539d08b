"""List Work Order Lists: ``GET /workorders/lists``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.list_work_order_lists_list import ListWorkOrderListsList
from ...models.work_order_list_tab import WorkOrderListTab
from ...types import UNSET, Unset

ROOT_RELATIVE = False
OPERATION = "list_work_order_lists"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


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


def _parse_response(response: httpx.Response, strict: bool = False) -> list[WorkOrderListTab]:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "list[WorkOrderListTab]",
            _m.decode_body(_m.List(_m.Model(WorkOrderListTab)), _m.json_body(response), strict),
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
