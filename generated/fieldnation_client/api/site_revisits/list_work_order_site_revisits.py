"""List Work Order Site Revisits: ``GET /workorders/{work_order_id}/site-revisit``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.site_revisit_list import SiteRevisitList
from ...types import UNSET, Unset

ROOT_RELATIVE = False
OPERATION = "list_work_order_site_revisits"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(work_order_id: int, *, page: int | Unset = 1, per_page: int | Unset = 25) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/workorders/{work_order_id}/site-revisit".format(
            work_order_id=quote(str(work_order_id), safe="")
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> SiteRevisitList:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "SiteRevisitList", _m.decode_body(_m.Model(SiteRevisitList), _m.json_body(response), strict)
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
