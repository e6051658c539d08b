"""Every operation of the spec, called with valid input, answers a declared 2xx whose body
matches the spec (the recipes in ``recipes/`` say how to call each one)."""

from __future__ import annotations

import pytest

from .conftest import SPEC, Api
from .recipes import load_all

RECIPES = load_all()


def test_every_operation_has_a_recipe() -> None:
    assert sorted(set(SPEC.operations) - set(RECIPES)) == []
    assert sorted(set(RECIPES) - set(SPEC.operations)) == []


@pytest.mark.parametrize("operation_id", sorted(SPEC.operations))
def test_operation_answers_valid_input(api: Api, operation_id: str) -> None:
    if operation_id not in RECIPES:
        pytest.fail(f"no recipe for {operation_id}")
    response = RECIPES[operation_id](api)
    assert 200 <= response.status_code < 300, (
        f"{operation_id}: {response.status_code} {response.text[:500]}"
    )
