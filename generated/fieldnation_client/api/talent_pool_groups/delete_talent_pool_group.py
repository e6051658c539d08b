"""Delete Talent Pool Group: ``DELETE /talent-pool-groups/{group_uuid}``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.success import Success

ROOT_RELATIVE = False
OPERATION = "delete_talent_pool_group"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(group_uuid: UUID) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/talent-pool-groups/{group_uuid}".format(group_uuid=quote(str(group_uuid), safe="")),
    }

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> Success:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast("Success", _m.decode_body(_m.Model(Success), _m.json_body(response), strict))
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
