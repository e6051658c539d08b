"""List Site Revisit Reasons: ``GET /company/{company_id}/site-revisit-reasons``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.company_reason_list import CompanyReasonList
from ...models.list_site_revisit_reasons_action_type import ListSiteRevisitReasonsActionType
from ...types import UNSET

ROOT_RELATIVE = False
OPERATION = "list_site_revisit_reasons"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(company_id: int, *, action_type: ListSiteRevisitReasonsActionType) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_action_type = action_type.value
    params["action_type"] = json_action_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/company/{company_id}/site-revisit-reasons".format(
            company_id=quote(str(company_id), safe="")
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> CompanyReasonList:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "CompanyReasonList", _m.decode_body(_m.Model(CompanyReasonList), _m.json_body(response), strict)
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
