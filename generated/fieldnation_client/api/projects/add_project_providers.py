"""Add multiple providers to project talent pool groups: ``POST /projects/{project_id}/providers``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.project_providers_add import ProjectProvidersAdd, ProjectProvidersAddDict
from ...models.success import Success

ROOT_RELATIVE = False
OPERATION = "add_project_providers"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(project_id: int, *, body: ProjectProvidersAdd | ProjectProvidersAddDict) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/projects/{project_id}/providers".format(project_id=quote(str(project_id), safe="")),
    }

    _kwargs["json"] = _m.encode(body) if isinstance(body, dict) else body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> Success:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast("Success", _m.decode_body(_m.Model(Success), _m.json_body(response), strict))
    if response.status_code == 201:
        return cast("Success", _m.decode_body(_m.Model(Success), _m.json_body(response), strict))
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
