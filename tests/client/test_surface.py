"""The openai-python-like surface: raw and streamed answers, per-call options, extra request
parts, request ids, logging, generic requests, custom http clients, retry rules and history,
page objects."""

from __future__ import annotations

import asyncio
import json
import logging

import fieldnation_client as fn
import httpx
import pytest
from fieldnation_client.models import WorkOrder, WorkOrderCreate

from .conftest import WORK_ORDER, Recorder, json_response


def test_raw_response_has_status_headers_request_id_and_parse(make_client) -> None:
    rec = Recorder(json_response(200, WORK_ORDER, **{"x-correlation-id": "corr-1"}))
    client = make_client(rec, token="t")
    raw = client.work_orders.with_raw_response.get_work_order(1001)
    assert raw.status_code == 200
    assert raw.headers["x-correlation-id"] == "corr-1"
    assert raw.request_id == "corr-1"
    assert raw.retries_taken == 0
    work_order = raw.parse()
    assert isinstance(work_order, WorkOrder) and work_order.id == 1001
    assert raw.parse() is work_order  # decoded once
    assert work_order._request_id == "corr-1"


def test_streaming_response_reads_on_demand(make_client) -> None:
    client = make_client(Recorder(json_response(200, WORK_ORDER)), token="t")
    with client.work_orders.with_streaming_response.get_work_order(1001) as response:
        assert response.status_code == 200
        body = b"".join(response.iter_bytes())
    assert json.loads(body)["id"] == 1001
    with client.work_orders.with_streaming_response.get_work_order(1001) as response:
        assert response.parse().id == 1001


def test_async_raw_and_streaming(make_async_client) -> None:
    client = make_async_client(Recorder(json_response(200, WORK_ORDER)), token="t")

    async def main() -> tuple[int, int]:
        raw = await client.work_orders.with_raw_response.get_work_order(1001)
        async with client.work_orders.with_streaming_response.get_work_order(1001) as streamed:
            parsed = await streamed.parse()
        return (await raw.parse()).id, parsed.id

    assert asyncio.run(main()) == (1001, 1001)


def test_with_options_changes_retries_timeout_and_headers_per_call(make_client, sleeps) -> None:
    rec = Recorder(json_response(503, {"message": "busy"}), json_response(200, WORK_ORDER))
    client = make_client(rec, token="t", max_retries=2)
    quick = client.with_options(max_retries=0, timeout=3.5, headers={"X-Trace": "abc"})
    with pytest.raises(fn.InternalServerError):
        quick.work_orders.get_work_order(1001)
    assert len(rec.requests) == 1
    assert rec.requests[0].headers["x-trace"] == "abc"
    assert rec.requests[0].extensions["timeout"]["read"] == 3.5
    assert client.work_orders.get_work_order(1001).id == 1001  # the original keeps its options
    assert "x-trace" not in rec.requests[-1].headers
    assert quick._auth is client._auth and quick._http is client._http


def test_extra_headers_query_and_body(make_client) -> None:
    rec = Recorder(json_response(201, WORK_ORDER))
    client = make_client(rec, token="t")
    client.work_orders.create_work_order(
        body=WorkOrderCreate(title="x"),
        extra_headers={"X-Idempotency": "k1"},
        extra_query={"debug": "1"},
        extra_body={"undocumented_flag": True},
    )
    sent = rec.requests[0]
    assert sent.headers["x-idempotency"] == "k1"
    assert sent.url.params["debug"] == "1"
    assert json.loads(sent.content) == {"title": "x", "undocumented_flag": True}


def test_request_id_on_errors_from_body_or_header(make_client) -> None:
    body = {"status": 404, "message": "gone", "correlation_id": "c-9"}
    client = make_client(Recorder(json_response(404, body)), token="t")
    with pytest.raises(fn.NotFoundError) as info:
        client.work_orders.get_work_order(1001)
    assert info.value.request_id == "c-9"
    assert "c-9" in str(info.value)


def test_fieldnation_log_logs_attempts_and_retries_without_secrets(
    make_client, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("FIELDNATION_LOG", "info")
    rec = Recorder(json_response(503, {"message": "busy"}), json_response(200, WORK_ORDER))
    with caplog.at_level(logging.INFO, logger="fieldnation_client"):
        client = make_client(rec, token="very-secret-token")
        client.work_orders.get_work_order(1001)
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "Retrying GET" in text and "status 503" in text
    assert text.count("HTTP GET") == 2 and "(attempt 2," in text
    assert "very-secret-token" not in text


def test_fieldnation_log_sets_the_level_and_a_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldnation_client import _logs

    logger = logging.getLogger("fieldnation_client")
    before = logger.level
    monkeypatch.setenv("FIELDNATION_LOG", "debug")
    try:
        fn.FieldNation(token="t")
        assert logger.level == logging.DEBUG
        assert _logs._handler is not None and _logs._handler in logger.handlers
    finally:
        logger.setLevel(before)
        if _logs._handler is not None:
            logger.removeHandler(_logs._handler)
            _logs._handler = None


def test_generic_requests_carry_auth_for_any_path(make_client) -> None:
    rec = Recorder(lambda request: json_response(200, {**WORK_ORDER, "path": request.url.path}))
    client = make_client(rec, token="t")
    work_order = client.get("/workorders/1001", cast_to=WorkOrder)
    assert isinstance(work_order, WorkOrder) and work_order.id == 1001
    raw = client.post("/workorders/1001/undocumented", body={"a": 1})
    assert raw["path"] == "/api/rest/v2/workorders/1001/undocumented"
    client.put("/authentication/something", body=WorkOrderCreate(title="y"), root_relative=True)
    client.delete("/workorders/1001/tags/3")
    paths = [(r.method, r.url.path, r.url.params.get("access_token")) for r in rec.requests]
    assert paths == [
        ("GET", "/api/rest/v2/workorders/1001", "t"),
        ("POST", "/api/rest/v2/workorders/1001/undocumented", "t"),
        ("PUT", "/authentication/something", "t"),
        ("DELETE", "/api/rest/v2/workorders/1001/tags/3", "t"),
    ]
    assert json.loads(rec.requests[2].content) == {"title": "y"}
    with pytest.raises(ValueError, match="sends its token only there"):
        client.get("https://elsewhere.example/steal")


def test_custom_http_client_keeps_its_timeout_and_headers() -> None:
    rec = Recorder(json_response(200, WORK_ORDER))
    http = httpx.Client(
        transport=httpx.MockTransport(rec),
        timeout=httpx.Timeout(42.0),
        headers={"User-Agent": "mine/1.0"},
    )
    client = fn.FieldNation(token="t", base_url="https://api.test/api/rest/v2", http_client=http)
    client.work_orders.get_work_order(1001)
    sent = rec.requests[0]
    assert sent.headers["user-agent"] == "mine/1.0"
    assert sent.extensions["timeout"]["read"] == 42.0
    plain = httpx.Client(transport=httpx.MockTransport(rec))
    fn.FieldNation(
        token="t", base_url="https://api.test/api/rest/v2", http_client=plain
    ).work_orders.get_work_order(1)
    assert rec.requests[-1].headers["user-agent"].startswith("fieldnation-client/")


@pytest.mark.parametrize("status", [408, 500])
def test_408_and_500_are_retried_for_idempotent_methods_only(
    make_client, sleeps, status: int
) -> None:
    rec = Recorder(json_response(status, {"message": "x"}), json_response(200, WORK_ORDER))
    assert make_client(rec, token="t").work_orders.get_work_order(1001).id == 1001
    assert len(rec.requests) == 2
    post = Recorder(json_response(status, {"message": "x"}), json_response(201, WORK_ORDER))
    with pytest.raises(fn.APIStatusError):
        make_client(post, token="t").work_orders.create_work_order(body=WorkOrderCreate(title="x"))
    assert len(post.requests) == 1


def test_never_sent_post_is_retried(make_client, sleeps) -> None:
    rec = Recorder(httpx.ConnectError("refused"), json_response(201, WORK_ORDER))
    created = make_client(rec, token="t").work_orders.create_work_order(
        body=WorkOrderCreate(title="x")
    )
    assert created.id == 1001 and len(rec.requests) == 2
    lost = Recorder(httpx.ReadTimeout("lost"), json_response(201, WORK_ORDER))
    with pytest.raises(fn.APITimeoutError):
        make_client(lost, token="t").work_orders.create_work_order(body=WorkOrderCreate(title="x"))
    assert len(lost.requests) == 1  # sent: it may have created the work order


def test_attempt_history_says_a_lost_answer_may_have_succeeded(make_client, sleeps) -> None:
    rec = Recorder(
        httpx.ReadTimeout("lost"), json_response(409, {"status": 409, "message": "already deleted"})
    )
    client = make_client(rec, token="t")
    with pytest.raises(fn.ConflictError) as info:
        client.get("/workorders/1001")
    error = info.value
    assert [a.status_code for a in error.attempts] == [None, 409]
    assert error.attempts[0].error == "ReadTimeout" and error.attempts[0].sent
    assert "after 2 attempts" in str(error) and "may have succeeded" in str(error)


def _pages(request: httpx.Request) -> httpx.Response:
    page = int(request.url.params.get("page", "1"))
    items = [{"id": page * 10 + i} for i in range(2)] if page <= 3 else []
    meta = {"total": 6, "page": page, "pages": 3, "per_page": 2}
    return json_response(200, {"metadata": meta, "results": items})


def test_page_objects(make_client) -> None:
    client = make_client(Recorder(_pages), token="t")
    first = client.work_orders.page_work_orders(per_page=2)
    assert [wo.id for wo in first.items] == [10, 11]
    assert first.has_next_page()
    second = first.next_page()
    assert [wo.id for wo in second.items] == [20, 21]
    assert [len(p.items) for p in first.iter_pages()] == [2, 2, 2]
    assert [wo.id for wo in first] == [10, 11, 20, 21, 30, 31]
    last = list(first.iter_pages())[-1]
    assert not last.has_next_page()
    with pytest.raises(StopIteration):
        last.next_page()


def test_async_page_objects(make_async_client) -> None:
    client = make_async_client(Recorder(_pages), token="t")

    async def main() -> list[int]:
        first = await client.work_orders.page_work_orders(per_page=2)
        return [wo.id async for wo in first]

    assert asyncio.run(main()) == [10, 11, 20, 21, 30, 31]


def test_hooks_run_before_each_attempt_after_each_answer_and_on_error(make_client, sleeps) -> None:
    seen: list[str] = []

    def before(request: httpx.Request) -> None:
        request.headers["X-Hooked"] = "yes"
        seen.append(f"before {request.method}")

    def after(response: httpx.Response) -> None:
        seen.append(f"after {response.status_code}")

    def on_error(error: fn.FieldNationError) -> None:
        seen.append(f"error {type(error).__name__}")

    hooks: fn.Hooks = {
        "before_request": [before],
        "after_response": [after],
        "on_error": [on_error],
    }
    rec = Recorder(json_response(503, {"message": "busy"}), json_response(200, WORK_ORDER))
    client = make_client(rec, token="t", hooks=hooks)
    client.work_orders.get_work_order(1001)
    assert seen == ["before GET", "after 503", "before GET", "after 200"]
    assert rec.requests[0].headers["x-hooked"] == "yes"
    seen.clear()
    failing = make_client(Recorder(json_response(404, {"message": "no"})), token="t", hooks=hooks)
    with pytest.raises(fn.NotFoundError):
        failing.work_orders.get_work_order(1)
    assert seen == ["before GET", "after 404", "error NotFoundError"]


def test_x_retries_in_the_spec_overrides_the_client_for_its_operation(make_client, sleeps) -> None:
    """update_work_order_pay carries ``x-retries: false``: a pay change is never sent twice."""
    from fieldnation_client.api.pay import update_work_order_pay
    from fieldnation_client.models import PayInput

    assert update_work_order_pay.MAX_RETRIES == 0
    rec = Recorder(httpx.ConnectError("refused"), json_response(200, {"id": 1}))
    client = make_client(rec, token="t", max_retries=3)
    with pytest.raises(fn.APIConnectionError):
        client.pay.update_work_order_pay(1001, body=PayInput())
    assert len(rec.requests) == 1
    rec = Recorder(json_response(503, {"message": "busy"}), json_response(200, WORK_ORDER))
    assert make_client(rec, token="t", max_retries=3).work_orders.get_work_order(1001).id == 1001
    assert len(rec.requests) == 2  # the others follow the client's setting


def test_bodies_may_be_plain_typed_dicts(make_client) -> None:
    from decimal import Decimal

    rec = Recorder(json_response(201, WORK_ORDER), json_response(200, {"id": 1}))
    client = make_client(rec, token="t")
    client.work_orders.create_work_order(
        body={"title": "Plain", "pay": {"type": "fixed", "base": {"amount": Decimal("150.10")}}}
    )
    assert json.loads(rec.requests[0].content) == {
        "title": "Plain",
        "pay": {"type": "fixed", "base": {"amount": 150.10}},
    }
    assert b'"amount":150.10' in rec.requests[0].content
    from fieldnation_client.models import IdRef

    client.work_orders.create_work_order(body={"title": "Mixed", "project": IdRef(id=55)})
    assert json.loads(rec.requests[1].content)["project"] == {"id": 55}
