"""A broken spec gives one located error and leaves the previous output untouched."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator import paths
from generator.errors import SpecError, SpecErrors
from generator.generate import Target, generate

FIXTURE = Path(__file__).parent / "fixtures" / "mini.yaml"


def _existing_output(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    out = tmp_path / "client"
    generate(FIXTURE, Target(out, None), bundle_out=None, force=True)
    return out, {str(p): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = FIXTURE.read_text(encoding="utf-8")
    assert old in text
    spec = tmp_path / "broken.yaml"
    spec.write_text(text.replace(old, new, 1), encoding="utf-8")
    return spec


def test_broken_ref_is_located_and_output_untouched(tmp_path: Path) -> None:
    out, before = _existing_output(tmp_path)
    spec = _broken(tmp_path, "#/components/schemas/WorkOrderCreate", "#/components/schemas/Nope")
    with pytest.raises(SpecError) as info:
        generate(spec, Target(out, None), bundle_out=None, force=True)
    assert info.value.file == "broken.yaml"
    assert (
        info.value.pointer
        == "/paths/~1workorders/post/requestBody/content/application~1json/schema/$ref"
    )
    assert {str(p): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_invalid_openapi_is_located(tmp_path: Path) -> None:
    out, before = _existing_output(tmp_path)
    spec = _broken(
        tmp_path,
        "in: query, schema: {type: integer, minimum: 1, default: 1}",
        "in: querystring, schema: {type: integer}",
    )
    with pytest.raises(SpecErrors) as info:
        generate(spec, Target(out, None), bundle_out=None, force=True)
    assert any(
        e.pointer.startswith("/paths/~1workorders/get/parameters/0") for e in info.value.errors
    )
    assert {str(p): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_unsupported_enum_is_located(tmp_path: Path) -> None:
    spec = _broken(
        tmp_path, "enum: [workorders_draft, workorders_published]", "enum: [to site, to_site]"
    )
    with pytest.raises(SpecErrors) as info:
        generate(spec, Target(tmp_path / "out", None), bundle_out=None, force=True)
    (err,) = info.value.errors
    assert err.pointer == "/paths/~1workorders/get/parameters/2/schema/enum"
    assert "x-enum-varnames" in err.message
    assert not (tmp_path / "out").exists()


def test_cli_exit_code_and_message(tmp_path: Path) -> None:
    spec = _broken(tmp_path, "#/components/schemas/WorkOrderCreate", "#/components/schemas/Nope")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "--spec",
            str(spec),
            "generate",
            "--out",
            str(tmp_path / "o"),
            "--no-models",
        ],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith("error: broken.yaml#/paths/~1workorders/post/requestBody")
    assert "Traceback" not in proc.stderr
