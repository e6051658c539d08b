"""Bundling is reproducible, committed, and reports broken sources by file and pointer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator import paths
from generator.bundle import bundle, dumps
from generator.errors import SpecError
from generator.lint import lint


def test_bundle_twice_gives_same_bytes() -> None:
    assert dumps(bundle(paths.SPEC_ROOT).document) == dumps(bundle(paths.SPEC_ROOT).document)


def test_committed_bundle_is_up_to_date() -> None:
    expected = dumps(bundle(paths.SPEC_ROOT).document)
    assert paths.BUNDLE.read_text(encoding="utf-8") == expected, "run `make bundle`"


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return root / "openapi.yaml"


ROOT = """openapi: 3.1.0
info: {title: t, version: '1'}
tags: [{name: T}]
paths:
  /things:
    $ref: 'paths/things.yaml#/~1things'
"""

THINGS = """/things:
  get:
    operationId: list_things
    summary: List things
    description: Lists things.
    tags: [T]
    x-seed-operation: 1
    security: []
    responses:
      '200':
        description: ok
        content:
          application/json:
            schema: {$ref: '../components/schemas/things.yaml#/Thing'}
            example: {id: 1}
      '400': {description: e}
      '401': {description: e}
      '429': {description: e}
      '500': {description: e}
"""


def test_broken_ref_names_file_and_pointer(tmp_path: Path) -> None:
    root = _write(tmp_path, {"openapi.yaml": ROOT, "paths/things.yaml": THINGS})
    with pytest.raises(SpecError) as info:
        bundle(root)
    assert info.value.file == "paths/things.yaml"
    assert info.value.pointer == "/~1things/get/responses/200/content/application~1json/schema/$ref"
    assert "components/schemas/things.yaml" in info.value.message


def test_missing_schema_name_is_reported(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {
            "openapi.yaml": ROOT,
            "paths/things.yaml": THINGS,
            "components/schemas/things.yaml": "Other: {type: object}\n",
        },
    )
    with pytest.raises(SpecError, match=r"things\.yaml#/Thing does not exist"):
        bundle(root)


def test_name_clash_between_files_is_reported(tmp_path: Path) -> None:
    things = THINGS.replace(
        "things.yaml#/Thing'}",
        "things.yaml#/Thing'}\n            x-other: {$ref: '../components/schemas/more.yaml#/Thing'}",
    )
    root = _write(
        tmp_path,
        {
            "openapi.yaml": ROOT,
            "paths/things.yaml": things,
            "components/schemas/things.yaml": "Thing: {type: object}\n",
            "components/schemas/more.yaml": "Thing: {type: string}\n",
        },
    )
    with pytest.raises(SpecError, match="also defined in"):
        bundle(root)


def test_invalid_example_is_located_in_its_source(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {
            "openapi.yaml": ROOT,
            "paths/things.yaml": THINGS.replace("example: {id: 1}", "example: {id: one}"),
            "components/schemas/things.yaml": "Thing:\n  type: object\n  properties:\n    id: {type: integer}\n",
        },
    )
    problems = lint(bundle(root))
    located = [(p.file, p.pointer) for p in problems]
    assert (
        "paths/things.yaml",
        "/~1things/get/responses/200/content/application~1json/example/id",
    ) in located


def test_cli_reports_yaml_error_without_traceback(tmp_path: Path) -> None:
    root = _write(tmp_path, {"openapi.yaml": ROOT + "  bad: [\n"})
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "--spec", str(root), "check"],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
        check=False,
    )
    assert proc.returncode == 1
    assert "openapi.yaml" in proc.stderr and "invalid YAML (line" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_key_given_twice_is_an_error_not_a_silent_overwrite(tmp_path: Path) -> None:
    twice = THINGS.replace(
        "    description: Lists things.\n",
        "    description: Lists things.\n    summary: Another summary\n",
    )
    root = _write(tmp_path, {"openapi.yaml": ROOT, "paths/things.yaml": twice})
    with pytest.raises(SpecError) as info:
        bundle(root)
    assert info.value.file == "paths/things.yaml"
    assert "key 'summary' appears twice" in info.value.message
    assert "(line 6, column 5)" in info.value.message and "first on line 4" in info.value.message
