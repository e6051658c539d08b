"""Recipes: for each operationId, how to call it with valid input against a freshly seeded
sandbox (creating what it needs first). ``test_walk`` runs every recipe and checks the answer
against the spec; each resource group contributes one module here.

A recipe is ``def recipe(api: Api) -> Response`` registered with ``@recipe("operation_id")``;
it returns the response of THAT operation (a 2xx).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import Any

RECIPES: dict[str, Callable[[Any], Any]] = {}


def recipe(*operation_ids: str) -> Callable[[Callable[[Any], Any]], Callable[[Any], Any]]:
    def register(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
        for oid in operation_ids:
            assert oid not in RECIPES, f"two recipes for {oid}"
            RECIPES[oid] = fn
        return fn

    return register


def load_all() -> dict[str, Callable[[Any], Any]]:
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    return RECIPES
