"""Tokens against a real sandbox: credentials exchanged once, renewed after a fraction of
their lifetime (a 2 s token after 1.6 s, not before every call), and renewed exactly once when
the API answers 401 for a revoked or expired token.

Revocation and expiry are done in the sandbox's SQLite file (the sandbox reads tokens from
the database on every request); no test sleeps longer than a second and a bit.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from fieldnation_client import FieldNation, UnauthorizedError
from fieldnation_client.models import TokenPasswordGrant, TokenRefreshGrant, WorkOrder

from sandbox.server import running

from .conftest import (
    API_PREFIX,
    credentials,
    make_async_client,
    make_client,
    new_work_order,
    new_work_order_async,
)

TOKEN_PATH = "/authentication/api/oauth/token"


class Recorder:
    """httpx request hook: the token requests (with their grant) and the API requests."""

    def __init__(self) -> None:
        self.grants: list[str] = []
        self.api_tokens: list[str | None] = []

    def __call__(self, request: httpx.Request) -> None:
        if request.url.path == TOKEN_PATH:
            if request.headers.get("content-type") == "application/json":
                body = json.loads(request.content)
            else:  # application/x-www-form-urlencoded
                body = dict(parse_qsl(request.content.decode()))
            self.grants.append(body["grant_type"])
        else:
            self.api_tokens.append(request.url.params.get("access_token"))

    async def async_hook(self, request: httpx.Request) -> None:
        self(request)

    def client(self, origin: str, **options: Any) -> FieldNation:
        http = httpx.Client(event_hooks={"request": [self]})
        return make_client(origin, http_client=http, **options)


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sandbox") / "sandbox.db"


@pytest.fixture(scope="module")
def origin(db_path: Path) -> Iterator[str]:
    """This module's sandbox keeps its database in a file the tests can reach into."""
    with running(db_path) as url:
        yield url


@pytest.fixture(scope="module")
def short_ttl_origin() -> Iterator[str]:
    """A sandbox whose tokens live 2 s: less than the client's 60 s refresh margin."""
    with running(token_ttl=2) as url:
        yield url


def tokens_table(db_path: Path, sql: str) -> None:
    with sqlite3.connect(db_path, isolation_level=None) as db:
        db.execute(sql)
    db.close()


def revoke_access_tokens(db_path: Path) -> None:
    tokens_table(db_path, "DELETE FROM tokens WHERE kind = 'access'")


# -- proactive refresh ----------------------------------------------------------------------------
def test_short_ttl_does_not_cost_a_token_per_call(short_ttl_origin: str) -> None:
    """A 2 s token is renewed after 80% of its life (1.6 s), not before every call."""
    recorder = Recorder()
    with recorder.client(short_ttl_origin) as client:
        wo_id = new_work_order(client).id
        for _ in range(4):
            assert client.work_orders.get_work_order(wo_id).id == wo_id
        time.sleep(1.7)
        client.workflow.publish_work_order(wo_id)
        assert client.work_orders.get_work_order(wo_id).id == wo_id
    assert len(recorder.api_tokens) == 7  # no 401, no retried request
    assert recorder.grants == ["password", "refresh_token"]
    assert len(set(recorder.api_tokens[:5])) == 1
    assert recorder.api_tokens[5] == recorder.api_tokens[6] != recorder.api_tokens[0]


def test_short_ttl_async(short_ttl_origin: str) -> None:
    recorder = Recorder()

    async def main() -> list[WorkOrder]:
        http = httpx.AsyncClient(event_hooks={"request": [recorder.async_hook]})
        async with make_async_client(short_ttl_origin, http_client=http) as client:
            wo = await new_work_order_async(client)
            got = [await client.work_orders.get_work_order(wo.id) for _ in range(2)]
            await asyncio.sleep(1.7)
            got.append(await client.work_orders.get_work_order(wo.id))
            return got

    got = asyncio.run(main())
    assert len({wo.id for wo in got}) == 1
    assert recorder.grants == ["password", "refresh_token"]
    assert len(set(recorder.api_tokens)) == 2


def test_expired_static_token_is_replaced_once(short_ttl_origin: str) -> None:
    """A token really expiring on the server (TTL 2 s, waited out): the client only learns it
    from the 401 (a given token has no known expiry), then refreshes once and retries."""
    with FieldNation(base_url=short_ttl_origin + API_PREFIX, **credentials()) as anonymous:
        token = anonymous.authentication.generate_access_token(
            body=TokenPasswordGrant.from_dict({"grant_type": "password", **credentials()})
        )
    assert token.expires_in == 2
    time.sleep(2.2)
    recorder = Recorder()
    with recorder.client(short_ttl_origin, token=token.access_token) as client:
        wos = client.work_orders.list_work_orders(per_page=1)
    assert wos.results
    assert recorder.grants == ["password"]  # a given token comes without a refresh token
    assert recorder.api_tokens[0] == token.access_token
    assert len(recorder.api_tokens) == 2 and recorder.api_tokens[1] != token.access_token


# -- refresh on 401 -------------------------------------------------------------------------------
def test_revoked_token_triggers_exactly_one_refresh(origin: str, db_path: Path) -> None:
    recorder = Recorder()
    with recorder.client(origin) as client:
        wo_id = new_work_order(client).id
        assert client.work_orders.get_work_order(wo_id).id == wo_id
        assert recorder.grants == ["password"]  # cached: a 1 h token is not refreshed early
        first = recorder.api_tokens[-1]

        revoke_access_tokens(db_path)
        assert client.work_orders.get_work_order(wo_id).id == wo_id

        assert recorder.grants == ["password", "refresh_token"]
        assert recorder.api_tokens[-2:] == [first, recorder.api_tokens[-1]]
        assert recorder.api_tokens[-1] != first
        # and the new token is kept
        client.work_orders.get_work_order(wo_id)
        assert recorder.grants == ["password", "refresh_token"]


def test_expired_token_triggers_exactly_one_refresh(origin: str, db_path: Path) -> None:
    recorder = Recorder()
    with recorder.client(origin) as client:
        client.work_orders.list_work_orders(per_page=1)
        tokens_table(db_path, "UPDATE tokens SET expires_at = 0 WHERE kind = 'access'")
        client.work_orders.list_work_orders(per_page=1)
    assert recorder.grants == ["password", "refresh_token"]
    assert len(recorder.api_tokens) == 3


def test_revoked_refresh_token_falls_back_to_password(origin: str, db_path: Path) -> None:
    recorder = Recorder()
    with recorder.client(origin) as client:
        client.work_orders.list_work_orders(per_page=1)
        tokens_table(db_path, "DELETE FROM tokens")  # access and refresh tokens alike
        client.work_orders.list_work_orders(per_page=1)
    assert recorder.grants == ["password", "refresh_token", "password"]
    assert len(recorder.api_tokens) == 3


def test_persistent_401_is_raised_after_one_refresh(origin: str, db_path: Path) -> None:
    """Every API request finds its token revoked: the client refreshes once, retries once,
    then raises; it does not loop."""
    recorder = Recorder()

    def revoke_before_api_requests(request: httpx.Request) -> None:
        if request.url.path != TOKEN_PATH:
            revoke_access_tokens(db_path)

    http = httpx.Client(event_hooks={"request": [recorder, revoke_before_api_requests]})
    with (
        make_client(origin, http_client=http) as client,
        pytest.raises(UnauthorizedError) as caught,
    ):
        client.work_orders.list_work_orders(per_page=1)
    assert caught.value.status_code == 401
    assert caught.value.message == "The access token provided is invalid"
    assert recorder.grants == ["password", "refresh_token"]
    assert len(recorder.api_tokens) == 2


def test_static_token_without_credentials_is_not_refreshed(origin: str) -> None:
    recorder = Recorder()
    http = httpx.Client(event_hooks={"request": [recorder]})
    with (
        FieldNation(base_url=origin + API_PREFIX, token="stale-token", http_client=http) as c,
        pytest.raises(UnauthorizedError),
    ):
        c.work_orders.list_work_orders(per_page=1)
    assert recorder.grants == []  # nothing to refresh with
    assert recorder.api_tokens == ["stale-token"]


# -- the token operation itself -------------------------------------------------------------------
def test_token_operation_through_the_client(origin: str) -> None:
    """``client.authentication.generate_access_token``: the password grant, then the refresh
    grant with the refresh token it returned; the second answer revokes the first refresh."""
    recorder = Recorder()
    http = httpx.Client(event_hooks={"request": [recorder]})
    creds = credentials()
    with FieldNation(base_url=origin + API_PREFIX, http_client=http, **credentials()) as anonymous:
        first = anonymous.authentication.generate_access_token(
            body=TokenPasswordGrant.from_dict({"grant_type": "password", **creds})
        )
        assert first.expires_in == 3600 and first.refresh_token
        assert "***" in repr(first) and first.access_token not in repr(first)
        refresh = TokenRefreshGrant.from_dict(
            {
                "grant_type": "refresh_token",
                "refresh_token": first.refresh_token,
                "client_id": creds["client_id"],
                "client_secret": creds["client_secret"],
            }
        )
        second = anonymous.authentication.generate_access_token(body=refresh)
        assert second.access_token != first.access_token
        with pytest.raises(UnauthorizedError) as reused:
            anonymous.authentication.generate_access_token(body=refresh)
    assert reused.value.message == "The refresh token is invalid or expired"
    assert recorder.grants == ["password", "refresh_token", "refresh_token"]
    with FieldNation(base_url=origin + API_PREFIX, token=second.access_token) as c:
        assert c.work_orders.list_work_orders(per_page=1).results


def test_token_operation_sends_json_like_the_clients_own_login(origin: str) -> None:
    sent: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [sent.append]})
    with FieldNation(base_url=origin + API_PREFIX, http_client=http, **credentials()) as anonymous:
        anonymous.authentication.generate_access_token(
            body=TokenPasswordGrant.from_dict({"grant_type": "password", **credentials()})
        )
    assert sent[0].headers["content-type"] == "application/json"


def test_client_credentials_grant_against_the_sandbox(origin: str) -> None:
    """client_id and client_secret alone: the documented client_credentials grant."""
    creds = credentials()
    recorder = Recorder()
    http = httpx.Client(event_hooks={"request": [recorder]})
    with FieldNation(
        base_url=origin + API_PREFIX,
        client_id=creds["client_id"],
        client_secret=creds["client_secret"],
        http_client=http,
    ) as client:
        listed = client.work_orders.list_work_orders(per_page=1)
    assert recorder.grants == ["client_credentials"]
    assert listed.results is not None
