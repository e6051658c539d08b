"""Auth: token placement, credential exchange, caching, refresh before expiry and on 401."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from fieldnation_client import UnauthorizedError

from .conftest import WORK_ORDER, json_response

CREDS = {"client_id": "cid", "client_secret": "csecret", "username": "u", "password": "pw"}


class FakeAPI:
    """Token endpoint + one protected resource; tokens are numbered as they are issued."""

    def __init__(self, expires_in: int = 3600, reject: set[str] | None = None) -> None:
        self.expires_in = expires_in
        self.reject = reject or set()
        self.grants: list[dict[str, str]] = []
        self.seen_tokens: list[str | None] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/authentication/api/oauth/token":
            body = json.loads(request.content)
            self.grants.append(body)
            n = len(self.grants)
            return json_response(
                200,
                {
                    "access_token": f"tok{n}",
                    "refresh_token": f"ref{n}",
                    "expires_in": self.expires_in,
                    "token_type": "bearer",
                },
            )
        token = (
            request.url.params.get("access_token")
            or request.headers.get("authorization", "").removeprefix("Bearer ")
            or None
        )
        self.seen_tokens.append(token)
        if token is None or token in self.reject:
            return json_response(
                401, {"status": 401, "message": "The access token provided has expired"}
            )
        return json_response(200, WORK_ORDER)


def test_static_token_rides_in_the_query(make_client) -> None:
    api = FakeAPI()
    make_client(api, token="static").work_orders.get_work_order(1001)
    assert api.seen_tokens == ["static"] and api.grants == []


def test_bearer_header_when_configured(make_client) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, WORK_ORDER)

    make_client(handler, token="static", token_in="header").work_orders.get_work_order(1001)
    assert seen[0].headers["authorization"] == "Bearer static"
    assert "access_token" not in seen[0].url.params


def test_credentials_are_exchanged_once_and_cached(make_client) -> None:
    api = FakeAPI()
    client = make_client(api, **CREDS)
    client.work_orders.get_work_order(1001)
    client.work_orders.get_work_order(1001)
    assert [g["grant_type"] for g in api.grants] == ["password"]
    assert api.grants[0] == {"grant_type": "password", **CREDS}
    assert api.seen_tokens == ["tok1", "tok1"]


def test_token_url_is_at_the_host_root(make_client) -> None:
    urls: list[str] = []
    api = FakeAPI()

    def handler(request: httpx.Request) -> httpx.Response:
        urls.append(str(request.url).split("?")[0])
        return api(request)

    make_client(handler, **CREDS).work_orders.get_work_order(1001)
    assert urls[0] == "https://api.test/authentication/api/oauth/token"
    assert urls[1] == "https://api.test/api/rest/v2/workorders/1001"


def test_token_is_refreshed_before_expiry(make_client) -> None:
    api = FakeAPI(expires_in=30)  # inside the 60 s refresh margin: stale at once
    client = make_client(api, **CREDS)
    client.work_orders.get_work_order(1001)
    client.work_orders.get_work_order(1001)
    assert [g["grant_type"] for g in api.grants] == ["password", "refresh_token"]
    assert api.grants[1]["refresh_token"] == "ref1"
    assert api.seen_tokens == ["tok1", "tok2"]


def test_401_refreshes_once_and_retries(make_client) -> None:
    api = FakeAPI(reject={"tok1"})
    client = make_client(api, **CREDS)
    assert client.work_orders.get_work_order(1001).id == 1001
    assert api.seen_tokens == ["tok1", "tok2"]
    assert len(api.grants) == 2


def test_401_twice_raises_unauthorized(make_client) -> None:
    api = FakeAPI(reject={"tok1", "tok2", "tok3"})
    client = make_client(api, **CREDS)
    with pytest.raises(UnauthorizedError) as info:
        client.work_orders.get_work_order(1001)
    assert info.value.status_code == 401 and "expired" in info.value.message
    assert api.seen_tokens == ["tok1", "tok2"]


def test_static_token_401_is_not_retried(make_client) -> None:
    api = FakeAPI(reject={"static"})
    with pytest.raises(UnauthorizedError):
        make_client(api, token="static").work_orders.get_work_order(1001)
    assert api.seen_tokens == ["static"]


def test_refresh_grant_failure_falls_back_to_password(make_client) -> None:
    api = FakeAPI(expires_in=30)

    def handler(request: httpx.Request) -> httpx.Response:
        if (
            request.url.path.endswith("/token")
            and json.loads(request.content)["grant_type"] == "refresh_token"
        ):
            return json_response(
                400, {"error": "invalid_grant", "error_description": "refresh token expired"}
            )
        return api(request)

    client = make_client(handler, **CREDS)
    client.work_orders.get_work_order(1001)
    client.work_orders.get_work_order(1001)
    assert [g["grant_type"] for g in api.grants] == ["password", "password"]


def test_incomplete_credentials_are_rejected() -> None:
    from fieldnation_client import FieldNation

    with pytest.raises(ValueError, match="credentials need"):
        FieldNation(client_id="cid", client_secret="s")


def test_async_refresh_on_401() -> None:
    from fieldnation_client import AsyncFieldNation

    api = FakeAPI(reject={"tok1"})

    async def main() -> int:
        transport = httpx.MockTransport(api)
        async with AsyncFieldNation(
            base_url="https://api.test/api/rest/v2",
            http_client=httpx.AsyncClient(transport=transport),
            **CREDS,
        ) as client:
            return (await client.work_orders.get_work_order(1001)).id

    assert asyncio.run(main()) == 1001
    assert api.seen_tokens == ["tok1", "tok2"]


def test_environment_presets() -> None:
    from fieldnation_client import ENVIRONMENTS, FieldNation

    assert FieldNation(token="t", environment="sandbox").base_url == ENVIRONMENTS["sandbox"]
    assert FieldNation(token="t", environment="local").base_url.startswith("http://127.0.0.1")
    assert FieldNation(token="t").base_url == "https://api.fieldnation.com/api/rest/v2"
    with pytest.raises(ValueError, match="unknown environment"):
        FieldNation(token="t", environment="staging")
