"""List Company Expenses: ``GET /company/{company_id}/expenses``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.company_expense_category_list import CompanyExpenseCategoryList
from ...types import UNSET, Unset

ROOT_RELATIVE = False


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


def _parse_response(response: httpx.Response) -> CompanyExpenseCategoryList:
    if response.status_code == 200:
        response_200 = CompanyExpenseCategoryList.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
