"""Schemathesis hooks for the contract run (loaded through ``SCHEMATHESIS_HOOKS``).

Auth is obtained the way a real client does: the token operation's password grant, with the
credentials in ``FN_CLIENT_ID``/``FN_CLIENT_SECRET``/``FN_USERNAME``/``FN_PASSWORD`` and the
token URL in ``FN_TOKEN_URL``; the token rides as the ``access_token`` query parameter.
"""

from __future__ import annotations

import os
from typing import Any

import httpx
import schemathesis

TOKEN_OPERATION = "generate_access_token"


def fetch_token() -> str:
    body = {
        "grant_type": "password",
        "client_id": os.environ["FN_CLIENT_ID"],
        "client_secret": os.environ["FN_CLIENT_SECRET"],
        "username": os.environ["FN_USERNAME"],
        "password": os.environ["FN_PASSWORD"],
    }
    response = httpx.post(os.environ["FN_TOKEN_URL"], json=body, timeout=30)
    response.raise_for_status()
    return str(response.json()["access_token"])


@schemathesis.auth().skip_for(operation_id=TOKEN_OPERATION)
class TokenOperationAuth:
    """A token from the token operation, refreshed every 5 minutes and on a 401."""

    def get(self, case: Any, context: Any) -> str:
        return fetch_token()

    def set(self, case: Any, data: str, context: Any) -> None:
        case.query = {**(case.query or {}), "access_token": data}
