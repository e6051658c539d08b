"""Create Work Order Site Revisit: ``POST /workorders/{work_order_id}/site-revisit``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.site_revisit_input import SiteRevisitInput, SiteRevisitInputDict
from ...models.site_revisit_summary import SiteRevisitSummary

ROOT_RELATIVE = False
OPERATION = "create_work_order_site_revisit"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(work_order_id: int, *, body: SiteRevisitInput | SiteRevisitInputDict) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/workorders/{work_order_id}/site-revisit".format(
            work_order_id=quote(str(work_order_id), safe="")
        ),
    }

    _kwargs["json"] = _m.encode(body) if isinstance(body, dict) else body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> SiteRevisitSummary:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "SiteRevisitSummary", _m.decode_body(_m.Model(SiteRevisitSummary), _m.json_body(response), strict)
        )
    if response.status_code == 201:
        return cast(
            "SiteRevisitSummary", _m.decode_body(_m.Model(SiteRevisitSummary), _m.json_body(response), strict)
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
