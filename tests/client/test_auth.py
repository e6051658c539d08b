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


def _clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    from types import SimpleNamespace

    from fieldnation_client import _auth

    now = [1000.0]
    monkeypatch.setattr(_auth, "time", SimpleNamespace(monotonic=lambda: now[0]))
    return now


def test_short_ttl_token_is_reused_then_renewed_at_a_fraction_of_its_life(
    make_client, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = _clock(monkeypatch)
    api = FakeAPI(expires_in=30)  # under the 60 s margin: renewed after 80% of it, 24 s
    client = make_client(api, **CREDS)
    for _ in range(5):
        client.work_orders.get_work_order(1001)
    now[0] += 23.9
    client.work_orders.get_work_order(1001)
    assert [g["grant_type"] for g in api.grants] == ["password"]
    now[0] += 0.2
    client.work_orders.get_work_order(1001)
    assert [g["grant_type"] for g in api.grants] == ["password", "refresh_token"]
    assert api.grants[1]["refresh_token"] == "ref1"
    assert api.seen_tokens == ["tok1"] * 6 + ["tok2"]


def test_long_ttl_is_renewed_a_minute_before_expiry() -> None:
    from fieldnation_client._auth import renew_after

    assert renew_after(3600) == 3540
    assert renew_after(60) == 48
    assert renew_after(2) == pytest.approx(1.6)


def test_without_a_refresh_token_the_password_grant_renews(
    make_client, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = _clock(monkeypatch)
    issued = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            issued.append(json.loads(request.content))
            return json_response(200, {"access_token": f"t{len(issued)}", "expires_in": 60})
        return json_response(200, WORK_ORDER)

    client = make_client(handler, **CREDS)
    client.work_orders.get_work_order(1001)
    now[0] += 50
    client.work_orders.get_work_order(1001)
    assert [g["grant_type"] for g in issued] == ["password", "password"]


def test_client_credentials_grant_without_a_user(make_client) -> None:
    api = FakeAPI()
    client = make_client(api, client_id="cid", client_secret="csecret")
    client.work_orders.get_work_order(1001)
    assert api.grants == [
        {"grant_type": "client_credentials", "client_id": "cid", "client_secret": "csecret"}
    ]


def test_expired_token_answered_400_also_reauthenticates(make_client) -> None:
    """The legacy docs show an expired token answered 400 "You must provide a valid OAuth token"."""
    api = FakeAPI()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("access_token") == "tok1":
            api.seen_tokens.append("tok1")
            body = {
                "status": 400,
                "message": "You must provide a valid OAuth token to access this resource.",
            }
            return json_response(400, body)
        return api(request)

    client = make_client(handler, **CREDS)
    assert client.work_orders.get_work_order(1001).id == 1001
    assert api.seen_tokens == ["tok1", "tok2"]


def test_an_ordinary_400_is_not_an_auth_problem(make_client) -> None:
    from fieldnation_client import BadRequestError

    api = FakeAPI()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return api(request)
        api.seen_tokens.append(request.url.params.get("access_token"))
        return json_response(400, {"status": 400, "message": "title is required"})

    client = make_client(handler, **CREDS)
    with pytest.raises(BadRequestError):
        client.work_orders.get_work_order(1001)
    assert len(api.grants) == 1 and api.seen_tokens == ["tok1"]


def test_no_credentials_fails_fast(monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldnation_client import FieldNation, FieldNationError

    for name in ("ACCESS_TOKEN", "CLIENT_ID", "CLIENT_SECRET", "USERNAME", "PASSWORD"):
        monkeypatch.delenv(f"FIELDNATION_{name}", raising=False)
    with pytest.raises(FieldNationError, match="no credentials"):
        FieldNation()
    monkeypatch.setenv("FIELDNATION_ACCESS_TOKEN", "from-env")
    assert FieldNation().access_token() == "from-env"


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


def test_refresh_grant_failure_falls_back_to_password(
    make_client, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = _clock(monkeypatch)
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
    now[0] += 25
    client.work_orders.get_work_order(1001)
    assert [g["grant_type"] for g in api.grants] == ["password", "password"]


def test_incomplete_credentials_are_rejected() -> None:
    from fieldnation_client import FieldNation

    with pytest.raises(ValueError, match="credentials need"):
        FieldNation(client_id="cid")
    with pytest.raises(ValueError, match="credentials need"):
        FieldNation(client_id="cid", client_secret="s", username="u")


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
