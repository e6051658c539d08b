"""Bundle Work Order: ``POST /workorders/bundle``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.async_job import AsyncJob
from ...models.bundle_create_request import BundleCreateRequest, BundleCreateRequestDict
from ...models.bundle_created import BundleCreated

ROOT_RELATIVE = False
OPERATION = "bundle_work_orders"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(*, body: BundleCreateRequest | BundleCreateRequestDict) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "POST", "url": "/workorders/bundle"}

    _kwargs["json"] = _m.encode(body) if isinstance(body, dict) else body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> AsyncJob | BundleCreated:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "AsyncJob | BundleCreated",
            _m.decode_body(
                _m.Union((_m.Model(AsyncJob), _m.Model(BundleCreated))), _m.json_body(response), strict
            ),
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
