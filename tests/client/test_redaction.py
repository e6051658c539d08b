"""Secrets never leak: exception messages, tracebacks' causes, log records, reprs."""

from __future__ import annotations

import logging
import traceback

import httpx
import pytest
from fieldnation_client import APIConnectionError, APITimeoutError, BadRequestError, FieldNation
from fieldnation_client._redact import redact
from fieldnation_client.models import Token, TokenPasswordGrant

from .conftest import WORK_ORDER, Recorder, json_response

SECRETS = ("sekret-token", "csecret", "hunter2", "ref-123")


def _clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} leaked in {text!r}"


def test_connection_error_with_url_is_scrubbed(make_client) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"failed to connect to {request.url}", request=request)

    client = make_client(handler, token="sekret-token", max_retries=0)
    with pytest.raises(APIConnectionError) as info:
        client.work_orders.get_work_order(1001)
    _clean(str(info.value))
    _clean(repr(info.value))
    _clean("".join(traceback.format_exception(info.value)))
    assert "access_token=***" in str(info.value)


def test_timeout_is_scrubbed(make_client) -> None:
    rec = Recorder(httpx.ReadTimeout("timed out reading access_token=sekret-token"))
    client = make_client(rec, token="sekret-token", max_retries=0)
    with pytest.raises(APITimeoutError) as info:
        client.work_orders.get_work_order(1001)
    _clean("".join(traceback.format_exception(info.value)))


def test_api_error_message_echoing_secrets_is_scrubbed(make_client) -> None:
    body = {
        "status": 400,
        "message": 'bad grant {"password": "hunter2", "client_secret": "csecret"}',
    }
    client = make_client(Recorder(json_response(400, body)), token="sekret-token")
    with pytest.raises(BadRequestError) as info:
        client.work_orders.get_work_order(1001)
    _clean(str(info.value))
    _clean(repr(info.value))


def test_httpx_log_records_are_scrubbed(make_client, caplog: pytest.LogCaptureFixture) -> None:
    client = make_client(Recorder(json_response(200, WORK_ORDER)), token="sekret-token")
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("httpx").info(
            "HTTP Request: GET %s", "https://api.test/x?access_token=sekret-token&page=2"
        )
        client.work_orders.get_work_order(1001)
    assert caplog.records, "expected httpx log records"
    for record in caplog.records:
        _clean(record.getMessage())
    assert any("access_token=***" in r.getMessage() for r in caplog.records)


def test_reprs_hide_secrets() -> None:
    client = FieldNation(client_id="cid", client_secret="csecret", username="u", password="hunter2")
    _clean(repr(client))
    _clean(repr(client.credentials))
    _clean(repr(client._auth))
    grant = TokenPasswordGrant(
        grant_type="password",
        client_id="cid",
        client_secret="csecret",
        username="u",
        password="hunter2",
    )
    _clean(repr(grant))
    token = Token.from_dict(
        {
            "access_token": "sekret-token",
            "refresh_token": "ref-123",
            "expires_in": 3600,
            "token_type": "bearer",
        }
    )
    _clean(repr(token))
    assert token.access_token == "sekret-token"  # still usable, only hidden from reprs


@pytest.mark.parametrize(
    "text",
    [
        "GET https://h/x?access_token=sekret-token&page=1",
        '{"refresh_token": "ref-123", "x": 1}',
        "{'password': 'hunter2'}",
        "Authorization: Bearer sekret-token",
        "client_secret=csecret&grant_type=password",
    ],
)
def test_redact_patterns(text: str) -> None:
    _clean(redact(text))
