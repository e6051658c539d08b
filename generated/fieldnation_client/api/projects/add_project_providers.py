"""Add multiple providers to project talent pool groups: ``POST /projects/{project_id}/providers``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.project_providers_add import ProjectProvidersAdd
from ...models.success import Success

ROOT_RELATIVE = False


def _get_kwargs(project_id: int, *, body: ProjectProvidersAdd) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/projects/{project_id}/providers".format(project_id=quote(str(project_id), safe="")),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> Success:
    if response.status_code == 200:
        response_200 = Success.from_dict(response.json())

        return response_200
    if response.status_code == 201:
        response_201 = Success.from_dict(response.json())

        return response_201
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
