"""List Talent Pool Groups: ``GET /talent-pool-groups``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.list_talent_pool_groups_sort_direction import ListTalentPoolGroupsSortDirection
from ...models.talent_pool_group_list import TalentPoolGroupList
from ...types import UNSET, Unset

ROOT_RELATIVE = False
OPERATION = "list_talent_pool_groups"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(
    *,
    f_ids: str | Unset = UNSET,
    f_name: str | Unset = UNSET,
    f_project_id: int | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: ListTalentPoolGroupsSortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["f_ids"] = f_ids

    params["f_name"] = f_name

    params["f_project_id"] = f_project_id

    params["limit"] = limit

    params["cursor"] = cursor

    params["sort_by"] = sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sort_direction"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": "GET", "url": "/talent-pool-groups", "params": params}

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> TalentPoolGroupList:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "TalentPoolGroupList",
            _m.decode_body(_m.Model(TalentPoolGroupList), _m.json_body(response), strict),
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
