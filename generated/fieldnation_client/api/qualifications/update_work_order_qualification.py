"""Update Work Order Qualification: ``PUT /workorders/{work_order_id}/qualifications``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.qualification_input import QualificationInput, QualificationInputDict
from ...models.qualification_list import QualificationList

ROOT_RELATIVE = False
OPERATION = "update_work_order_qualification"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(work_order_id: int, *, body: QualificationInput | QualificationInputDict) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/workorders/{work_order_id}/qualifications".format(
            work_order_id=quote(str(work_order_id), safe="")
        ),
    }

    _kwargs["json"] = _m.encode(body) if isinstance(body, dict) else body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> QualificationList:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast(
            "QualificationList", _m.decode_body(_m.Model(QualificationList), _m.json_body(response), strict)
        )
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
