"""Delete Work Order: ``DELETE /workorders/{work_order_id}``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...types import UNSET

ROOT_RELATIVE = False
OPERATION = "delete_work_order"
MAX_RETRIES: int | None = 1
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(work_order_id: int, *, cancel_reason: str) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cancel_reason"] = cancel_reason

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/workorders/{work_order_id}".format(work_order_id=quote(str(work_order_id), safe="")),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> None:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 204:
        return None
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
