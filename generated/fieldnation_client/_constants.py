"""Defaults of the client: environments, timeouts, retry policy."""

from __future__ import annotations

ENVIRONMENTS: dict[str, str] = {
    "production": "https://api.fieldnation.com/api/rest/v2",  # Production
    "sandbox": "https://api-sandbox.fndev.net/api/rest/v2",  # Field Nation sandbox
    "local": "http://127.0.0.1:8000/api/rest/v2",  # Local sandbox (`make sandbox`)
}
"""Base URL of each environment; pass ``environment=`` or ``base_url=`` to the client."""

DEFAULT_ENVIRONMENT = "production"
TOKEN_PATH = "/authentication/api/oauth/token"
"""The token operation lives at the host root, outside the ``/api/rest/v2`` base path."""

DEFAULT_TIMEOUT = 30.0
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_MAX_RETRIES = 2
RETRY_STATUSES = frozenset({429, 502, 503, 504})
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
"""A longer Retry-After is not waited for: the error is raised instead."""
TOKEN_REFRESH_MARGIN = 60.0
"""Renew a long-lived token this many seconds before it expires."""
TOKEN_REFRESH_FRACTION = 0.8
"""Renew a short-lived token after this fraction of its lifetime (a 60 s token after 48 s)."""

USER_AGENT = "fieldnation-client/2.0.0.1 (python)"
