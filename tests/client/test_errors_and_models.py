"""Error statuses map to typed exceptions; models tolerate unknown enum values and fields."""

from __future__ import annotations

import subprocess
import sys

import fieldnation_client as fn
import httpx
import pytest
from fieldnation_client.models import (
    ListMetadata,
    ListMetadataOrder,
    LocationMode,
    WorkOrder,
    WorkOrderStatusName,
)

from generator import paths

from .conftest import WORK_ORDER, Recorder, json_response


@pytest.mark.parametrize(
    ("status", "exc"),
    [
        (400, fn.BadRequestError),
        (401, fn.UnauthorizedError),
        (403, fn.ForbiddenError),
        (404, fn.NotFoundError),
        (409, fn.ConflictError),
        (422, fn.UnprocessableEntityError),
        (429, fn.RateLimitError),
        (500, fn.InternalServerError),
        (418, fn.UnexpectedStatus),
    ],
)
def test_status_maps_to_exception(make_client, status: int, exc: type[fn.APIStatusError]) -> None:
    body = {"status": status, "message": f"problem {status}"}
    client = make_client(Recorder(json_response(status, body)), token="t", max_retries=0)
    with pytest.raises(exc) as info:
        client.work_orders.get_work_order(1001)
    assert isinstance(info.value, fn.APIStatusError)
    assert info.value.status_code == status
    assert info.value.message == f"problem {status}"
    assert info.value.body == body
    assert info.value.response.status_code == status


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"status_code": 404, "message": "Work order not found"}, "Work order not found"),
        ({"error": "invalid_grant", "error_description": "Bad credentials"}, "Bad credentials"),
        (
            {"code": 404, "message": "(404) Task does not exist", "fields": ""},
            "(404) Task does not exist",
        ),
        ({"errors": [{"field": "body.title", "message": "field required"}]}, "field required"),
        (  # RFC 9457 application/problem+json
            {
                "type": "about:blank",
                "title": "Not Found",
                "status": 404,
                "detail": "No work order 1001",
            },
            "No work order 1001",
        ),
        ({"type": "about:blank", "title": "Not Found", "status": 404}, "Not Found"),
        ("plain text failure", "plain text failure"),
    ],
)
def test_every_documented_error_shape_yields_the_message(make_client, body, message: str) -> None:
    response = (
        httpx.Response(404, json=body, headers={"content-type": "application/problem+json"})
        if isinstance(body, dict) and "title" in body
        else json_response(404, body)
        if not isinstance(body, str)
        else __import__("httpx").Response(404, text=body)
    )
    client = make_client(Recorder(response), token="t")
    with pytest.raises(fn.NotFoundError) as info:
        client.work_orders.get_work_order(1001)
    assert info.value.message == message


def test_unknown_enum_values_and_extra_fields_are_kept() -> None:
    data = {
        **WORK_ORDER,
        "status": {"id": 42, "name": "On Hold", "brand_new": True},
        "future_field": {"x": 1},
    }
    work_order = WorkOrder.from_dict(data)
    assert work_order.status.name == "On Hold"
    assert work_order.status.name.name == "UNKNOWN"
    assert int(work_order.status.id) == 42
    assert work_order.status.additional_properties == {"brand_new": True}
    assert work_order["future_field"] == {"x": 1}
    assert WorkOrderStatusName("Draft") is WorkOrderStatusName.DRAFT
    assert work_order.to_dict()["status"]["name"] == "On Hold"


@pytest.mark.parametrize("mode", ["site", "string_value", "Remote"])
def test_location_mode_outside_the_enum_is_kept(make_client, mode: str) -> None:
    """The spec lists custom/location/remote; an answer with another mode still decodes."""
    body = {"work_order_id": 1001, "mode": mode, "address1": "123 Main St"}
    client = make_client(Recorder(json_response(200, body)), token="t")
    location = client.location.get_work_order_location(1001)
    assert location.mode == mode
    assert location.mode.name == "UNKNOWN"
    assert location.to_dict()["mode"] == mode
    assert location.address1 == "123 Main St"
    assert LocationMode("remote") is LocationMode.REMOTE


@pytest.mark.parametrize("order", ["DESC", "string_value", ""])
def test_list_order_outside_the_enum_is_kept(order: str) -> None:
    """The spec lists asc/desc; metadata with another sort direction still decodes."""
    metadata = ListMetadata.from_dict({"total": 3, "page": 1, "order": order})
    assert metadata.order == order
    assert metadata.order.name == "UNKNOWN"
    assert metadata.total == 3
    assert metadata.to_dict()["order"] == order
    assert ListMetadata.from_dict({"total": 0, "order": "desc"}).order is ListMetadataOrder.DESC


def test_success_is_parsed_into_models(make_client) -> None:
    client = make_client(Recorder(json_response(200, WORK_ORDER)), token="t")
    work_order = client.work_orders.get_work_order(1001)
    assert isinstance(work_order, WorkOrder)
    assert work_order.status.name is WorkOrderStatusName.DRAFT


def test_import_is_lazy() -> None:
    """Importing the package loads no model, resource or operation module."""
    code = (
        "import sys, fieldnation_client as f;"
        "c = f.FieldNation(token='t');"
        "heavy = [m for m in sys.modules if m.startswith(('fieldnation_client.models.', 'fieldnation_client.resources.', 'fieldnation_client.api.'))];"
        "print(len(heavy));"
        "c.work_orders;"
        "print(any(m.startswith('fieldnation_client.resources.work_orders') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=paths.GENERATED,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.split() == ["0", "True"]


def test_every_operation_is_a_method_sync_and_async() -> None:
    import json

    doc = json.loads(paths.BUNDLE.read_text())
    sync, asynchronous = fn.FieldNation(token="t"), fn.AsyncFieldNation(token="t")
    missing = []
    for item in doc["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            group = op["tags"][0].lower().replace(" ", "_")
            for client in (sync, asynchronous):
                if not callable(getattr(getattr(client, group, None), op["operationId"], None)):
                    missing.append((group, op["operationId"], type(client).__name__))
    assert missing == []


def test_api_reference_lists_every_operation() -> None:
    import json

    doc = json.loads(paths.BUNDLE.read_text())
    reference = (paths.GENERATED / "api.md").read_text(encoding="utf-8")
    missing = [
        op["operationId"]
        for item in doc["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        and "operationId" in op
        and f"### `{op['operationId']}`" not in reference
    ]
    assert missing == []
