"""Get Location: ``GET /locations/{location_id}``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.stored_location import StoredLocation

ROOT_RELATIVE = False
OPERATION = "get_stored_location"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(location_id: int) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/locations/{location_id}".format(location_id=quote(str(location_id), safe="")),
    }

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> StoredLocation:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "StoredLocation", _m.decode_body(_m.Model(StoredLocation), _m.json_body(response), strict)
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
