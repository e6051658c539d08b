"""Any answer shape decodes without an exception (default) or with only the typed error (strict).

Hypothesis builds answers for every operation's success schema from the generated models'
field tables: well-typed values mixed with the mutations a drifting API produces (absent
fields, nulls, values of the wrong type, extra fields, unknown enum values, empty objects).
Each answer goes through the operation's own ``_parse_response``, then every property of the
result is read, recursively, as user code would.
"""

from __future__ import annotations

import enum
import importlib
import json
import pkgutil
from decimal import Decimal
from typing import Any

import httpx
import pytest
from fieldnation_client import _models as m
from fieldnation_client import api
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

JSON_SCALARS = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8)
)
ANY_JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


def _typed(decoder: m.Decoder, depth: int) -> st.SearchStrategy[Any]:
    """A well-typed raw value for ``decoder`` (what the spec promises)."""
    if decoder is m.STR:
        return st.text(max_size=10)
    if decoder is m.INT:
        return st.integers(-(2**40), 2**40)
    if decoder in (m.FLOAT, m.DECIMAL):
        return st.integers(-1000, 1000) | st.floats(-1e6, 1e6, allow_nan=False)
    if decoder is m.BOOL:
        return st.booleans()
    if decoder is m.DATETIME:
        return st.datetimes().map(lambda d: d.isoformat())
    if decoder is m.DATE:
        return st.dates().map(lambda d: d.isoformat())
    if decoder is m.UUID:
        return st.uuids().map(str)
    if isinstance(decoder, m.Const):
        return st.just(decoder.value)
    if isinstance(decoder, m.Enum):
        return st.sampled_from([member.value for member in decoder.cls])
    if isinstance(decoder, m.List):
        return st.lists(_value(decoder.item, depth + 1), max_size=2)
    if isinstance(decoder, m.Union):
        return st.one_of([_typed(b, depth) for b in decoder.branches])
    if isinstance(decoder, m.Model):
        return _object(decoder.cls, depth + 1)
    return ANY_JSON


def _mutated(decoder: m.Decoder) -> st.SearchStrategy[Any]:
    """What a drifting API sends instead: null, another JSON type, an unknown enum value."""
    options = [st.none(), ANY_JSON]
    if isinstance(decoder, m.Enum):
        options.append(st.just("Brand new value") if decoder.kind is str else st.just(987654))
    return st.one_of(options)


def _value(decoder: m.Decoder, depth: int) -> st.SearchStrategy[Any]:
    if depth > 3:
        return _mutated(decoder)
    return st.one_of(_typed(decoder, depth), _typed(decoder, depth), _mutated(decoder))


def _object(cls: type[m.BaseModel], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    fields = cls._fields_table()
    optional = {key: _value(field.decoder, depth) for key, field in fields.items()}
    extra = st.dictionaries(
        st.text(min_size=1, max_size=6).filter(lambda k: k not in fields), ANY_JSON, max_size=2
    )
    known = st.fixed_dictionaries({}, optional=optional) if depth <= 3 else st.just({})
    return st.tuples(known, extra).map(lambda pair: {**pair[1], **pair[0]})


def read_all(value: Any, seen: int = 0) -> int:
    """Read every property of a decoded value (and of what it contains); count the reads."""
    if isinstance(value, m.BaseModel):
        for name, attr in list(vars(type(value)).items()):
            if isinstance(attr, property):
                seen = read_all(getattr(value, name), seen + 1)
        value.to_dict()
        repr(value)
        _ = value.additional_properties
        m.dumps(value.to_dict())
    elif isinstance(value, list):
        for item in value:
            seen = read_all(item, seen)
    return seen


def _operations() -> list[tuple[str, Any, m.Decoder]]:
    """(name, module, decoder) of every operation whose success answer is a JSON model."""
    found = []
    for group in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"{api.__name__}.{group.name}")
        for op in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{op.name}")
            source = open(module.__file__, encoding="utf-8").read()  # noqa: SIM115
            if "_m.Model(" not in source:
                continue
            cls_name = source.split("_m.Model(", 1)[1].split(")", 1)[0]
            status = int(source.split("response.status_code == ", 1)[1][:3])
            cls = getattr(module, cls_name)
            found.append((op.name, module, status, cls))
    # one operation per answer model is enough: the decoding is the model's
    unique: dict[str, tuple[str, Any, int, Any]] = {}
    for name, module, status, cls in sorted(found, key=lambda f: f[0]):
        unique.setdefault(cls.__name__, (name, module, status, cls))
    return sorted(unique.values(), key=lambda f: f[0])


OPERATIONS = _operations()


def test_the_operations_cover_the_main_answers() -> None:
    names = {cls.__name__ for _, _, _, cls in OPERATIONS}
    assert {"WorkOrder", "WorkOrderList"} <= names
    assert len(OPERATIONS) > 20


def _response(status: int, body: Any) -> httpx.Response:
    request = httpx.Request("GET", "https://api.test/x")
    return httpx.Response(status, content=json.dumps(body).encode(), request=request)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_any_answer_decodes_leniently_and_strict_raises_only_invalid(data: st.DataObject) -> None:
    _name, module, status, cls = data.draw(st.sampled_from(OPERATIONS), label="operation")
    body = data.draw(st.one_of(_object(cls, 0), st.just({}), ANY_JSON), label="body")
    response = _response(status, body)
    read_all(module._parse_response(response, False))
    try:
        strict = module._parse_response(response, True)
    except m.Invalid as exc:
        assert exc.pointer.startswith("/")
    else:
        read_all(strict)
        _assert_typed(strict)


def _assert_typed(value: Any) -> None:
    """After a strict pass every decoded field has its declared kind (no raw leftovers)."""
    if isinstance(value, m.BaseModel):
        table = value._fields_table()
        for key, field in table.items():
            raw = value._data.get(key)
            if raw is None:
                continue
            decoded = value._get(key)
            if isinstance(field.decoder, m.Model):
                assert isinstance(decoded, field.decoder.cls)
                _assert_typed(decoded)
            elif field.decoder is m.DECIMAL:
                assert isinstance(decoded, Decimal)
            elif isinstance(field.decoder, m.Enum):
                assert isinstance(decoded, enum.Enum)
            elif isinstance(field.decoder, m.List):
                assert isinstance(decoded, list)
                for item in decoded:
                    _assert_typed(item)


def test_strict_client_raises_the_typed_error_with_status_operation_and_pointer(
    make_client,
) -> None:
    import fieldnation_client as fn

    from .conftest import Recorder, json_response

    bad = {"id": 1001, "title": "x", "pay": {"base": {"amount": "lots"}}}
    client = make_client(Recorder(json_response(200, bad)), token="t", strict=True)
    with pytest.raises(fn.APIResponseValidationError) as info:
        client.work_orders.get_work_order(1001)
    assert info.value.status_code == 200
    assert info.value.operation == "get_work_order"
    assert info.value.pointer == "/pay/base/amount"
    assert isinstance(info.value, fn.FieldNationError)
    lenient = make_client(Recorder(json_response(200, bad)), token="t")
    work_order = lenient.work_orders.get_work_order(1001)
    assert work_order.pay is not None and work_order.pay.base is not None
    assert work_order.pay.base.amount == "lots"  # kept as it came


def test_non_json_success_is_the_typed_error(make_client) -> None:
    import fieldnation_client as fn

    from .conftest import Recorder

    client = make_client(Recorder(httpx.Response(200, text="<html>oops</html>")), token="t")
    with pytest.raises(fn.APIResponseValidationError):
        client.work_orders.get_work_order(1001)


def test_money_is_decimal_and_exact_on_the_wire(make_client) -> None:
    from fieldnation_client.models import PayAmountInput, PayInput, WorkOrder

    from .conftest import Recorder, json_response

    work_order = WorkOrder.from_dict({"id": 1, "pay": {"base": {"amount": 150.10, "units": 1}}})
    assert work_order.pay is not None and work_order.pay.base is not None
    assert work_order.pay.base.amount == Decimal("150.10")
    assert isinstance(work_order.pay.base.amount, Decimal)
    assert m.dumps({"amount": Decimal("150.10")}) == b'{"amount":150.10}'
    body = PayAmountInput(amount=Decimal("150.10"), units=1)
    recorder = Recorder(json_response(200, {"id": 1}))
    client = make_client(recorder, token="t")

    client.pay.update_work_order_pay(1001, body=PayInput(base=body))
    sent = recorder.requests[-1].content
    assert b'"amount":150.10' in sent
    assert Decimal(json.loads(sent, parse_float=Decimal)["base"]["amount"]) == Decimal("150.10")


def test_wrong_types_are_logged_once_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    from fieldnation_client.models import WorkOrder

    m._reported.clear()
    with caplog.at_level("DEBUG", logger="fieldnation_client"):
        for _ in range(3):
            assert WorkOrder.from_dict({"id": "one"}).id == "one"
    messages = [r.getMessage() for r in caplog.records if "WorkOrder.id" in r.getMessage()]
    assert len(messages) == 1
    assert "expected integer, got str" in messages[0]


def test_bodies_orjson_refuses_are_read_by_json(make_client) -> None:
    """orjson (used when installed) refuses NaN; the standard json module reads it."""
    from .conftest import Recorder

    body = b'{"id": 1001, "title": "x", "pay": {"total": NaN}}'
    client = make_client(Recorder(httpx.Response(200, content=body)), token="t")
    work_order = client.work_orders.get_work_order(1001)
    assert work_order.id == 1001 and work_order.pay is not None
