"""The generator refuses, with file and JSON pointer, a parameter style/explode or an
operation's security that the generated client would not put on the wire."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from generator import paths
from generator.bundle import Bundle, Origin, bundle
from generator.client_project import render_client
from generator.errors import SpecErrors
from generator.release import load
from generator.wire import problems

BASE = load(Path(__file__).parent / "fixtures" / "operation-tag-changed" / "base.yaml")
GET = ("paths", "/workorders/{work_order_id}", "get")


def _doc() -> dict[str, Any]:
    doc = copy.deepcopy(BASE)
    doc["servers"] = [{"url": "https://api.example.com/v2", "x-environment": "production"}]
    return doc


def _op(doc: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = doc["paths"]["/workorders/{work_order_id}"]["get"]
    return op


def _messages(doc: dict[str, Any]) -> list[str]:
    return [str(p) for p in problems(Bundle(doc))]


def test_the_current_spec_and_the_defaults_pass() -> None:
    assert problems(bundle(paths.SPEC_ROOT)) == []
    doc = _doc()
    _op(doc)["parameters"][1].update(style="form", explode=True)
    _op(doc)["parameters"][0].update(style="simple", explode=False)
    assert _messages(doc) == []


@pytest.mark.parametrize(
    ("index", "edit", "message"),
    [
        (0, {"style": "matrix"}, "style 'matrix' for a path parameter"),
        (0, {"style": "label"}, "style 'label' for a path parameter"),
        (1, {"style": "deepObject"}, "style 'deepObject'"),
        (1, {"style": "pipeDelimited"}, "style 'pipeDelimited'"),
    ],
)
def test_unsupported_styles_fail_with_their_location(
    index: int, edit: dict[str, Any], message: str
) -> None:
    doc = _doc()
    _op(doc)["parameters"][index].update(edit)
    found = _messages(doc)
    assert len(found) == 1
    assert found[0].startswith(
        f"openapi.yaml#/paths/~1workorders~1{{work_order_id}}/get/parameters/{index}: "
    )
    assert message in found[0]


def test_explode_false_on_a_list_fails_but_not_on_a_scalar() -> None:
    doc = _doc()
    _op(doc)["parameters"][1].update(explode=False)
    assert _messages(doc) == []
    _op(doc)["parameters"][1]["schema"] = {"type": "array", "items": {"type": "string"}}
    assert "explode: false on a list" in _messages(doc)[0]


def test_per_operation_security_the_client_cannot_honour_fails() -> None:
    doc = _doc()
    _op(doc)["security"] = []
    (msg,) = _messages(doc)
    assert msg.startswith("openapi.yaml#/paths/~1workorders~1{work_order_id}/get/security: ")
    assert "the client would send its token here" in msg

    doc = _doc()
    doc["components"]["securitySchemes"]["partner_key"] = {
        "type": "apiKey",
        "in": "header",
        "name": "X-Partner-Key",
    }
    _op(doc)["security"] = [{"partner_key": []}]
    assert "no alternative the client can satisfy" in _messages(doc)[0]

    doc = _doc()
    _op(doc)["servers"] = [{"url": "https://auth.example.com"}]
    assert "called without the token" in _messages(doc)[0]

    doc = _doc()  # optional auth, or another sendable scheme: fine
    doc["components"]["securitySchemes"]["bearer"] = {"type": "http", "scheme": "bearer"}
    _op(doc)["security"] = [{"bearer": []}, {}]
    assert _messages(doc) == []


def test_the_generator_fails_loudly_in_the_source_file(tmp_path: Path) -> None:
    doc = _doc()
    _op(doc)["parameters"][0]["style"] = "matrix"
    located = Bundle(
        doc,
        {
            "/paths/~1workorders~1{work_order_id}": Origin(
                "paths/work_orders.yaml", "/~1workorders~1{work_order_id}"
            )
        },
    )
    with pytest.raises(SpecErrors) as err:
        render_client(located, tmp_path / "client", paths.TEMPLATES)
    assert str(err.value).startswith(
        "paths/work_orders.yaml#/~1workorders~1{work_order_id}/get/parameters/0: unsupported by the client"
    )
    assert not (tmp_path / "client").exists()


def test_make_check_reports_it_too() -> None:
    from generator.lint import lint

    result = bundle(paths.SPEC_ROOT)
    for item in result.document["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and any(
                p.get("in") == "path" for p in op.get("parameters", [])
            ):
                param = next(p for p in op["parameters"] if p.get("in") == "path")
                param["style"] = "label"
                found = [str(e) for e in lint(result) if "unsupported by the client" in str(e)]
                assert len(found) == 1 and "style 'label'" in found[0]
                assert found[0].split("#", 1)[0].startswith("paths/")  # the source file
                return
    pytest.fail("no operation with an inline path parameter")
