"""Validation beside rendering: the verdict of the forked child decides, a failure is raised
with the usual located errors, a child that dies is not taken for a pass, and the bundle is
not written for an invalid spec."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import validation
from generator.bundle import bundle
from generator.errors import SpecErrors
from generator.generate import Target, generate

FIXTURE = Path(__file__).parent / "fixtures" / "mini.yaml"
BROKEN = (
    "in: query, schema: {type: integer, minimum: 1, default: 1}",
    "in: querystring, schema: {type: integer}",
)


def _broken(tmp_path: Path) -> Path:
    text = FIXTURE.read_text(encoding="utf-8")
    spec = tmp_path / "broken.yaml"
    spec.write_text(text.replace(*BROKEN, 1), encoding="utf-8")
    return spec


def test_runs_in_a_child_on_this_machine() -> None:
    check = validation.Validation(bundle(FIXTURE)).start()
    assert check._child is not None, "two cores and fork: validation runs beside rendering"
    check.settle()  # valid: no error
    check.settle()  # settling twice is harmless


def test_invalid_spec_raises_located_errors_from_settle(tmp_path: Path) -> None:
    check = validation.Validation(bundle(_broken(tmp_path))).start()
    with pytest.raises(SpecErrors) as info:
        check.settle()
    assert any(
        e.pointer.startswith("/paths/~1workorders/get/parameters/0") for e in info.value.errors
    )


def test_a_child_that_dies_is_not_a_pass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def die(result: object, sender: object) -> None:
        os._exit(3)  # no verdict sent

    monkeypatch.setattr(validation, "_child", die)
    check = validation.Validation(bundle(_broken(tmp_path))).start()
    with pytest.raises(SpecErrors):  # the parent validated again and found the errors
        check.settle()


def test_no_bundle_written_for_an_invalid_spec(tmp_path: Path) -> None:
    out = tmp_path / "bundle.json"
    with pytest.raises(SpecErrors):
        generate(_broken(tmp_path), Target(tmp_path / "client", None), bundle_out=out, force=True)
    assert not out.exists()
    assert not (tmp_path / "client").exists()
