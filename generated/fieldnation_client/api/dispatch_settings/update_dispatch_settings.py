"""Update Dispatch Settings: ``PUT /project/{project_id}/dispatch-settings``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.dispatch_settings import DispatchSettings
from ...models.dispatch_settings_update import DispatchSettingsUpdate

ROOT_RELATIVE = False


def _get_kwargs(project_id: int, *, body: DispatchSettingsUpdate) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/project/{project_id}/dispatch-settings".format(project_id=quote(str(project_id), safe="")),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> DispatchSettings:
    if response.status_code == 200:
        response_200 = DispatchSettings.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
