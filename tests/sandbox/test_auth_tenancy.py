"""Auth on every operation, and tenancy on every id-bearing operation."""

from __future__ import annotations

import re
import time
from typing import Any

import pytest

from .conftest import SPEC, Api
from .recipes import load_all

RECIPES = load_all()
PROTECTED = sorted(oid for oid in SPEC.operations if oid != "generate_access_token")
ID_BEARING = sorted(oid for oid in PROTECTED if "{" in SPEC.operations[oid].path)
GLOBAL_IDS = {
    # Types of work and their service types are Field Nation's shared taxonomy, not a company's.
    "list_service_types",
}


def _placeholder_url(operation_id: str) -> str:
    return re.sub(r"{[^}]+}", "1", SPEC.operations[operation_id].route_path)


@pytest.mark.parametrize("operation_id", PROTECTED)
def test_missing_token_is_401(api: Api, operation_id: str) -> None:
    op = SPEC.operations[operation_id]
    r = api.client.request(op.method, _placeholder_url(operation_id))
    assert r.status_code == 401
    assert r.json()["status"] == 401 and "token" in r.json()["message"]


@pytest.mark.parametrize("operation_id", PROTECTED)
def test_invalid_token_is_401(api: Api, operation_id: str) -> None:
    op = SPEC.operations[operation_id]
    r = api.client.request(
        op.method, _placeholder_url(operation_id), params={"access_token": "not-a-token"}
    )
    assert r.status_code == 401 and "invalid" in r.json()["message"]


def test_expired_token_is_401(api: Api, app: Any) -> None:
    app.state.sandbox.store.save_token("old-token", "access", 7001, 501, time.time() - 1)
    r = api.call("list_work_orders", token="old-token", expect=401)
    assert "expired" in r.json()["message"]


def test_bearer_header_is_accepted(api: Api) -> None:
    r = api.client.get("/api/rest/v2/workorders", headers={"Authorization": f"Bearer {api.token}"})
    assert r.status_code == 200


def test_refresh_grant_issues_a_new_token(api: Api) -> None:
    c = api.creds
    first = api.call(
        "generate_access_token",
        auth=False,
        json={
            "grant_type": "password",
            **{k: c[k] for k in ("client_id", "client_secret", "username", "password")},
        },
        expect=200,
    ).json()
    second = api.call(
        "generate_access_token",
        auth=False,
        json={
            "grant_type": "refresh_token",
            "client_id": c["client_id"],
            "client_secret": c["client_secret"],
            "refresh_token": first["refresh_token"],
        },
        expect=200,
    ).json()
    assert second["access_token"] != first["access_token"]
    api.call("list_work_orders", token=second["access_token"], expect=200)
    # a refresh token is single use
    api.call(
        "generate_access_token",
        auth=False,
        json={
            "grant_type": "refresh_token",
            "client_id": c["client_id"],
            "client_secret": c["client_secret"],
            "refresh_token": first["refresh_token"],
        },
        expect=401,
    )


def test_form_encoded_token_request_with_basic_client_auth(api: Api) -> None:
    import base64

    c = api.creds
    basic = base64.b64encode(f"{c['client_id']}:{c['client_secret']}".encode()).decode()
    r = api.client.post(
        "/authentication/api/oauth/token",
        data={"grant_type": "password", "username": c["username"], "password": c["password"]},
        headers={"Authorization": f"Basic {basic}"},
    )
    assert r.status_code == 200, r.text


@pytest.mark.parametrize(
    "change",
    [
        {"password": "wrong"},
        {"client_secret": "wrong"},
        {"username": "nobody@example.com"},
        {"client_id": "fn502-globex-integration", "client_secret": "globex-sandbox-secret"},
    ],
)
def test_bad_credentials_are_401(api: Api, change: dict[str, str]) -> None:
    c = api.creds
    body = {
        "grant_type": "password",
        **{k: c[k] for k in ("client_id", "client_secret", "username", "password")},
        **change,
    }
    api.call("generate_access_token", auth=False, json=body, expect=401)


def test_token_ttl_is_configurable() -> None:
    from starlette.testclient import TestClient

    from sandbox.app import create_app

    with TestClient(create_app(":memory:", token_ttl=1)) as client:
        api = Api(client)
        api.login()
        api.call("list_work_orders", expect=200)
        time.sleep(1.2)
        api.call("list_work_orders", expect=401)


@pytest.mark.parametrize("operation_id", ID_BEARING)
def test_other_company_gets_404(api: Api, other: Api, operation_id: str) -> None:
    """Replay company 501's valid call with company 502's token: the ids are not theirs."""
    if operation_id in GLOBAL_IDS:
        pytest.skip("global taxonomy ids are shared by every company")
    response = RECIPES[operation_id](api)
    assert 200 <= response.status_code < 300, response.text
    request = response.request
    url = request.url.copy_remove_param("access_token").copy_add_param("access_token", other.token)
    replay = api.client.request(
        request.method,
        str(url),
        content=request.content,
        headers={k: v for k, v in request.headers.items() if k.lower() in ("content-type",)},
    )
    assert replay.status_code == 404, f"{operation_id}: {replay.status_code} {replay.text[:300]}"
    assert replay.json()["status"] == 404
