"""Get Location: ``GET /locations/{location_id}``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._exceptions import UnexpectedStatus
from ...models.stored_location import StoredLocation

ROOT_RELATIVE = False


def _get_kwargs(location_id: int) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/locations/{location_id}".format(location_id=quote(str(location_id), safe="")),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> StoredLocation:
    if response.status_code == 200:
        response_200 = StoredLocation.from_dict(response.json())

        return response_200
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )
