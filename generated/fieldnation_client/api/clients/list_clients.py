"""List Clients: ``GET /clients``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.client_list import ClientList
from ...models.list_clients_f_deactivated import ListClientsFDeactivated
from ...models.list_clients_f_deleted import ListClientsFDeleted
from ...types import UNSET, Unset

ROOT_RELATIVE = False
OPERATION = "list_clients"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    columns: str | Unset = UNSET,
    f_deactivated: ListClientsFDeactivated | Unset = UNSET,
    f_deleted: ListClientsFDeleted | Unset = UNSET,
    list_: str | Unset = UNSET,
    smart_list: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["columns"] = columns

    json_f_deactivated: int | Unset = UNSET
    if not isinstance(f_deactivated, Unset):
        json_f_deactivated = f_deactivated.value

    params["f_deactivated"] = json_f_deactivated

    json_f_deleted: int | Unset = UNSET
    if not isinstance(f_deleted, Unset):
        json_f_deleted = f_deleted.value

    params["f_deleted"] = json_f_deleted

    params["list"] = list_

    params["smart_list"] = smart_list

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": "GET", "url": "/clients", "params": params}

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> ClientList:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast("ClientList", _m.decode_body(_m.Model(ClientList), _m.json_body(response), strict))
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
