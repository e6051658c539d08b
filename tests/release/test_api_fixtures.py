"""Every fixture pair through the whole report (HTTP diff + the Python API diff of the two
generated packages): nothing goes unreported, and the edits that keep the HTTP contract but
change the Python API are caught and rated breaking."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.bump import Bump
from generator.diff import diff, required_bump
from generator.errors import SpecErrors
from generator.release import all_changes, document_side, load

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())
PYTHON_CASES = sorted(c for c in CASES if (FIXTURES / c / "python.yaml").is_file())
NO_EFFECT = {"parameters-reordered-is-no-change", "no-change"}
"""Pairs whose documents differ in nothing that means anything (order of a parameter list)."""
HTTP_ONLY = {
    "response-media-type-removed",
    "path-parameter-style-matrix",
    "security-added-to-public-operation",
    "security-scheme-changed",
}
"""Pairs the client generator refuses (an XML response, a matrix path parameter, security the
client cannot honour: generator/wire.py): only the HTTP diff applies."""


def _changes(case: str) -> list[Any]:
    base = document_side("base", load(FIXTURES / case / "base.yaml"))
    head = document_side("head", load(FIXTURES / case / "head.yaml"))
    try:
        return all_changes(base, head)
    except SpecErrors:
        assert case in HTTP_ONLY
        return diff(base.document, head.document)


def test_the_six_python_surface_edits_have_fixtures() -> None:
    surface = [c for c in PYTHON_CASES if c.startswith("python-")]
    assert len(surface) >= 6, surface


@pytest.mark.parametrize("case", CASES)
def test_no_change_goes_unreported(case: str) -> None:
    base = (FIXTURES / case / "base.yaml").read_text()
    head = (FIXTURES / case / "head.yaml").read_text()
    changes = _changes(case)
    if case in NO_EFFECT:
        assert changes == [], [f"{c.kind} {c.where}: {c.detail}" for c in changes]
    else:
        assert base != head
        assert changes, f"{case}: the documents differ but nothing was reported"


@pytest.mark.parametrize("case", PYTHON_CASES)
def test_python_api_changes_are_reported(case: str) -> None:
    expected: list[dict[str, str]] = yaml.safe_load((FIXTURES / case / "python.yaml").read_text())
    changes = _changes(case)
    python = sorted((c.kind, c.source) for c in changes if c.kind.startswith("python-"))
    assert python == sorted((e["kind"], e["where"]) for e in expected or []), python
    if case.startswith("python-"):
        assert required_bump(changes) is Bump.MAJOR
        assert all(c.breaking for c in changes if c.kind.startswith("python-"))


def test_tag_letter_case_is_no_client_change() -> None:
    changes = _changes("tag-case-changed")
    assert {c.kind for c in changes} == {"operation-tag-renamed"}
    assert required_bump(changes) is Bump.PATCH
    assert all("client group stays `client.work_orders`" in c.detail for c in changes)
