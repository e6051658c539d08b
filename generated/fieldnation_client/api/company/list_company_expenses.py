"""List Company Expenses: ``GET /company/{company_id}/expenses``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.company_expense_category_list import CompanyExpenseCategoryList
from ...types import UNSET, Unset

ROOT_RELATIVE = False
OPERATION = "list_company_expenses"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(company_id: int, *, page: int | Unset = 1, per_page: int | Unset = 25) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/company/{company_id}/expenses".format(company_id=quote(str(company_id), safe="")),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> CompanyExpenseCategoryList:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "CompanyExpenseCategoryList",
            _m.decode_body(_m.Model(CompanyExpenseCategoryList), _m.json_body(response), strict),
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
