"""Update Work Order Expense: ``PUT /workorders/{work_order_id}/expenses/{expense_id}``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.async_job import AsyncJob
from ...models.expense_update import ExpenseUpdate, ExpenseUpdateDict
from ...models.work_order import WorkOrder
from ...types import UNSET, Unset

ROOT_RELATIVE = False
OPERATION = "update_work_order_expense"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(
    work_order_id: int,
    expense_id: int | str,
    *,
    body: ExpenseUpdate | ExpenseUpdateDict,
    async_: bool | Unset = False,
    acting_user_id: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["async"] = async_

    params["acting_user_id"] = acting_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/workorders/{work_order_id}/expenses/{expense_id}".format(
            work_order_id=quote(str(work_order_id), safe=""), expense_id=quote(str(expense_id), safe="")
        ),
        "params": params,
    }

    _kwargs["json"] = _m.encode(body) if isinstance(body, dict) else body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> WorkOrder | AsyncJob:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast("WorkOrder", _m.decode_body(_m.Model(WorkOrder), _m.json_body(response), strict))
    if response.status_code == 202:
        return cast("AsyncJob", _m.decode_body(_m.Model(AsyncJob), _m.json_body(response), strict))
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
