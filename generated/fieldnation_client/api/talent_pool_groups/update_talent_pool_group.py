"""Update Talent Pool Group: ``PUT /talent-pool-groups/{group_uuid}``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.talent_pool_group import TalentPoolGroup
from ...models.talent_pool_group_update import TalentPoolGroupUpdate

ROOT_RELATIVE = False


def _get_kwargs(group_uuid: UUID, *, body: TalentPoolGroupUpdate) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/talent-pool-groups/{group_uuid}".format(group_uuid=quote(str(group_uuid), safe="")),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> TalentPoolGroup:
    if response.status_code == 200:
        response_200 = TalentPoolGroup.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
