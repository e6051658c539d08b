"""List Work Order Attachments: ``GET /workorders/{work_order_id}/attachments``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.attachment_folder_list import AttachmentFolderList

ROOT_RELATIVE = False


def _get_kwargs(work_order_id: int) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/workorders/{work_order_id}/attachments".format(
            work_order_id=quote(str(work_order_id), safe="")
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> AttachmentFolderList:
    if response.status_code == 200:
        response_200 = AttachmentFolderList.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
