"""After an operation is added or renamed in the spec, ``python -m sandbox`` names the
handlers it lacks and ``python -m sandbox scaffold`` writes stubs that load and answer 501."""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from pathlib import Path

import pytest

from sandbox import __main__ as cli
from sandbox import scaffold, spec
from sandbox.errors import ApiError
from sandbox.registry import HANDLERS, Context
from sandbox.store import Store


class RenamedSpec(spec.Spec):
    """The bundle with one operation renamed and moved to a new tag."""

    def __init__(self) -> None:
        super().__init__()
        op = self.operations.pop("get_work_order")
        self.operations["fetch_work_order"] = dataclasses.replace(
            op, operation_id="fetch_work_order", tag="Gadget Things"
        )


@pytest.fixture
def renamed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setattr(spec, "Spec", RenamedSpec)
    monkeypatch.setattr(scaffold, "RESOURCES", tmp_path)
    return tmp_path


def test_serve_names_the_missing_handlers_and_the_scaffold_command(
    renamed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["serve", "--port", "1"]) == 1
    err = capsys.readouterr().err
    assert "1 operation(s) of spec/dist/openapi.json have no sandbox handler" in err
    assert "fetch_work_order: GET /workorders/{work_order_id} (tag Gadget Things)" in err
    assert "python -m sandbox scaffold fetch_work_order" in err


def test_scaffold_writes_stubs_that_load_and_answer_501(
    renamed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["scaffold", "nope"]) == 1
    assert "not operations of the spec: nope" in capsys.readouterr().err
    assert cli.main(["scaffold"]) == 0
    written = renamed / "gadget_things.py"
    assert f"wrote {written}" in capsys.readouterr().out
    text = written.read_text()
    assert '@operation("fetch_work_order")' in text and "GET /workorders/{work_order_id}" in text
    assert cli.main(["scaffold", "fetch_work_order"]) == 0  # a second module, not overwritten
    assert (renamed / "gadget_things_new.py").is_file()

    name = "sandbox.resources.gadget_things"
    module_spec = importlib.util.spec_from_file_location(name, written)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    try:
        sys.modules[name] = module
        module_spec.loader.exec_module(module)
        handler = HANDLERS["fetch_work_order"]
        assert cli._handlers_complete()
        ctx = Context(Store(":memory:"), "fetch_work_order", 501, 7001, {}, {}, None)
        with pytest.raises(ApiError) as err:
            handler(ctx)
        assert err.value.status == 501
    finally:
        HANDLERS.pop("fetch_work_order", None)
        sys.modules.pop(name, None)
