"""Get workorder template by id: ``GET /templates/{template_id}``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.template import Template
from ...types import UNSET, Unset

ROOT_RELATIVE = False
OPERATION = "get_template"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(template_id: int, *, columns: str | Unset = UNSET) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["columns"] = columns

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/templates/{template_id}".format(template_id=quote(str(template_id), safe="")),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> Template:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast("Template", _m.decode_body(_m.Model(Template), _m.json_body(response), strict))
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
