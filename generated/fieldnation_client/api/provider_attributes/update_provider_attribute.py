"""Update Provider Attribute: ``PUT /talent-pools/{talent_pool_id}/providers/{provider_id}/attributes/{attribute_uuid}``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.provider_attribute import ProviderAttribute
from ...models.provider_attribute_update import ProviderAttributeUpdate

ROOT_RELATIVE = False


def _get_kwargs(
    talent_pool_id: int, provider_id: int, attribute_uuid: UUID, *, body: ProviderAttributeUpdate
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/talent-pools/{talent_pool_id}/providers/{provider_id}/attributes/{attribute_uuid}".format(
            talent_pool_id=quote(str(talent_pool_id), safe=""),
            provider_id=quote(str(provider_id), safe=""),
            attribute_uuid=quote(str(attribute_uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> ProviderAttribute:
    if response.status_code == 200:
        response_200 = ProviderAttribute.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
