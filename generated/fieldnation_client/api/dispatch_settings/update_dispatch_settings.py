"""Update Dispatch Settings: ``PUT /project/{project_id}/dispatch-settings``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.dispatch_settings import DispatchSettings
from ...models.dispatch_settings_update import DispatchSettingsUpdate, DispatchSettingsUpdateDict

ROOT_RELATIVE = False
OPERATION = "update_dispatch_settings"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(
    project_id: int, *, body: DispatchSettingsUpdate | DispatchSettingsUpdateDict
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/project/{project_id}/dispatch-settings".format(project_id=quote(str(project_id), safe="")),
    }

    _kwargs["json"] = _m.encode(body) if isinstance(body, dict) else body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> DispatchSettings:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "DispatchSettings", _m.decode_body(_m.Model(DispatchSettings), _m.json_body(response), strict)
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
