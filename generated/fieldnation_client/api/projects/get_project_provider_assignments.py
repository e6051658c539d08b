"""Get Provider Talent Pool Group Assignments in Project: ``GET /projects/{project_id}/providers/{provider_id}``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.project_provider_assignments import ProjectProviderAssignments

ROOT_RELATIVE = False
OPERATION = "get_project_provider_assignments"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(project_id: int, provider_id: int) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/projects/{project_id}/providers/{provider_id}".format(
            project_id=quote(str(project_id), safe=""), provider_id=quote(str(provider_id), safe="")
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> ProjectProviderAssignments:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "ProjectProviderAssignments",
            _m.decode_body(_m.Model(ProjectProviderAssignments), _m.json_body(response), strict),
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
