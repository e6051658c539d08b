"""Get project by ID: ``GET /projects/{project_id}``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.project import Project

ROOT_RELATIVE = False


def _get_kwargs(project_id: int) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/projects/{project_id}".format(project_id=quote(str(project_id), safe="")),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Project:
    if response.status_code == 200:
        response_200 = Project.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
