"""List Incomplete Reasons: ``GET /company/{company_id}/reasons/incomplete``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.company_reason import CompanyReason
from ...models.company_reason_list import CompanyReasonList

ROOT_RELATIVE = False
OPERATION = "list_incomplete_reasons"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(company_id: int) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/company/{company_id}/reasons/incomplete".format(company_id=quote(str(company_id), safe="")),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, strict: bool = False
) -> CompanyReasonList | list[CompanyReason]:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "CompanyReasonList | list[CompanyReason]",
            _m.decode_body(
                _m.Union((_m.Model(CompanyReasonList), _m.List(_m.Model(CompanyReason)))),
                _m.json_body(response),
                strict,
            ),
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
