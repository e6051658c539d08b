"""Retries: which statuses and methods, how many times, and how long between tries."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from fieldnation_client import APIConnectionError, InternalServerError, RateLimitError
from fieldnation_client.models import WorkOrderCreate

from .conftest import WORK_ORDER, Recorder, json_response


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_get_is_retried_on_transient_status(make_client, sleeps, status: int) -> None:
    rec = Recorder(
        json_response(status, {"message": "busy"}),
        json_response(status, {"message": "busy"}),
        json_response(200, WORK_ORDER),
    )
    client = make_client(rec, token="t")
    assert client.work_orders.get_work_order(1001).id == 1001
    assert len(rec.requests) == 3
    assert len(sleeps) == 2 and sleeps[0] < sleeps[1]


def test_retries_are_bounded_then_the_typed_error_is_raised(make_client, sleeps) -> None:
    rec = Recorder(json_response(503, {"status": 503, "message": "maintenance"}))
    client = make_client(rec, token="t", max_retries=3)
    with pytest.raises(InternalServerError) as info:
        client.work_orders.get_work_order(1001)
    assert len(rec.requests) == 4
    assert info.value.status_code == 503 and info.value.message == "maintenance"
    assert len(sleeps) == 3


def test_backoff_grows_exponentially_with_jitter(make_client, sleeps) -> None:
    rec = Recorder(json_response(502, {}))
    client = make_client(rec, token="t", max_retries=4)
    with pytest.raises(InternalServerError):
        client.work_orders.get_work_order(1001)
    for attempt, delay in enumerate(sleeps):
        base = min(0.5 * 2**attempt, 8.0)
        assert 0.75 * base <= delay <= base


def test_retry_after_seconds_is_honored(make_client, sleeps) -> None:
    rec = Recorder(
        json_response(429, {"message": "slow down"}, **{"Retry-After": "7"}),
        json_response(200, WORK_ORDER),
    )
    client = make_client(rec, token="t")
    client.work_orders.get_work_order(1001)
    assert sleeps == [7.0]


def test_retry_after_http_date_is_honored(make_client, sleeps) -> None:
    date = httpx.Headers({"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"})
    rec = Recorder(httpx.Response(429, headers=date, json={}), json_response(200, WORK_ORDER))
    client = make_client(rec, token="t")
    with pytest.raises(RateLimitError):  # far beyond the cap: raise instead of hanging
        client.work_orders.get_work_order(1001)
    assert len(rec.requests) == 1


def test_post_is_not_retried_by_default(make_client, sleeps) -> None:
    rec = Recorder(json_response(503, {"message": "busy"}), json_response(201, WORK_ORDER))
    client = make_client(rec, token="t")
    with pytest.raises(InternalServerError):
        client.work_orders.create_work_order(body=WorkOrderCreate.from_dict({"title": "x"}))
    assert len(rec.requests) == 1 and sleeps == []


def test_post_is_retried_when_the_caller_opts_in(make_client, sleeps) -> None:
    rec = Recorder(json_response(503, {"message": "busy"}), json_response(201, WORK_ORDER))
    client = make_client(rec, token="t", retry_post=True)
    created = client.work_orders.create_work_order(body=WorkOrderCreate.from_dict({"title": "x"}))
    assert created.id == 1001 and len(rec.requests) == 2


def test_connection_errors_are_retried_then_wrapped(make_client, sleeps) -> None:
    rec = Recorder(httpx.ConnectError("connection refused"))
    client = make_client(rec, token="t", max_retries=2)
    with pytest.raises(APIConnectionError):
        client.work_orders.get_work_order(1001)
    assert len(rec.requests) == 3


def test_400_is_not_retried(make_client, sleeps) -> None:
    rec = Recorder(json_response(400, {"status": 400, "message": "bad"}))
    client = make_client(rec, token="t")
    with pytest.raises(Exception, match="bad"):
        client.work_orders.get_work_order(1001)
    assert len(rec.requests) == 1


def test_async_client_retries_too(make_async_client, sleeps) -> None:
    rec = Recorder(json_response(503, {}), json_response(200, WORK_ORDER))

    async def main() -> int:
        async with make_async_client(rec, token="t") as client:
            return (await client.work_orders.get_work_order(1001)).id

    assert asyncio.run(main()) == 1001
    assert len(rec.requests) == 2 and len(sleeps) == 1
