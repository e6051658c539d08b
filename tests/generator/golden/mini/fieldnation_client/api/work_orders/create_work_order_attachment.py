"""Create Work Order Attachment: ``POST /workorders/{work_order_id}/attachments/{folder_id}``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.create_work_order_attachment_body import CreateWorkOrderAttachmentBody
from ...models.work_order import WorkOrder

ROOT_RELATIVE = False


def _get_kwargs(work_order_id: int, folder_id: int, *, body: CreateWorkOrderAttachmentBody) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/workorders/{work_order_id}/attachments/{folder_id}".format(
            work_order_id=quote(str(work_order_id), safe=""), folder_id=quote(str(folder_id), safe="")
        ),
    }

    _kwargs["files"] = body.to_multipart()

    return _kwargs


def _parse_response(response: httpx.Response) -> WorkOrder:
    if response.status_code == 201:
        response_201 = WorkOrder.from_dict(response.json())

        return response_201
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
