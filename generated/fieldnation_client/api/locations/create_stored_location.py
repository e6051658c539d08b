"""Create Location: ``POST /locations``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.stored_location_created import StoredLocationCreated
from ...models.stored_location_input import StoredLocationInput, StoredLocationInputDict

ROOT_RELATIVE = False
OPERATION = "create_stored_location"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(*, body: StoredLocationInput | StoredLocationInputDict) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "POST", "url": "/locations"}

    _kwargs["json"] = _m.encode(body) if isinstance(body, dict) else body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> StoredLocationCreated:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "StoredLocationCreated",
            _m.decode_body(_m.Model(StoredLocationCreated), _m.json_body(response), strict),
        )
    if response.status_code == 201:
        return cast(
            "StoredLocationCreated",
            _m.decode_body(_m.Model(StoredLocationCreated), _m.json_body(response), strict),
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
