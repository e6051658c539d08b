"""Each fixture pair is one change category; the diff must report exactly what its
``expected.yaml`` lists (category, breaking or not, operation, location)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diff import CATEGORIES, Bump, diff, required_bump
from generator.release import load

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())


def test_enough_categories_have_fixtures() -> None:
    kinds = {
        entry["kind"]
        for case in CASES
        for entry in yaml.safe_load((FIXTURES / case / "expected.yaml").read_text()) or []
    }
    assert len(kinds) >= 15, sorted(kinds)
    assert kinds <= CATEGORIES.keys()


@pytest.mark.parametrize("case", CASES)
def test_fixture_pair_is_classified(case: str) -> None:
    base = load(FIXTURES / case / "base.yaml")
    head = load(FIXTURES / case / "head.yaml")
    expected: list[dict[str, Any]] = (
        yaml.safe_load((FIXTURES / case / "expected.yaml").read_text()) or []
    )
    changes = diff(base, head)
    got = sorted((c.kind, c.breaking, c.operation) for c in changes)
    want = sorted((e["kind"], e["breaking"], e["operation"]) for e in expected)
    assert got == want, [f"{c.kind} {c.operation} {c.where}: {c.detail}" for c in changes]
    for entry in expected:
        match = [c for c in changes if (c.kind, c.operation) == (entry["kind"], entry["operation"])]
        assert any(entry.get("where", "") in c.where for c in match), (entry, match)
    bump = required_bump(changes)
    if any(e["breaking"] for e in expected):
        assert bump is Bump.MAJOR
    else:
        assert bump < Bump.MAJOR


@pytest.mark.parametrize("case", CASES)
def test_reverse_direction_is_consistent(case: str) -> None:
    """Undoing a change is never reported as nothing, and no-change stays no-change."""
    base = load(FIXTURES / case / "base.yaml")
    head = load(FIXTURES / case / "head.yaml")
    assert bool(diff(head, base)) == bool(diff(base, head))
    assert diff(head, head) == []
