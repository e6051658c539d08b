"""The whole document passes OpenAPI validation and the project's rules (examples valid,
refs resolved, shared error responses, snake_case ids)."""

from __future__ import annotations

from typing import Any

from generator.bundle import Bundle
from generator.lint import lint


def test_spec_has_no_problems(spec_bundle: Bundle) -> None:
    problems = [str(p) for p in lint(spec_bundle)]
    assert problems == []


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


def test_bundle_is_self_contained_and_every_ref_resolves(spec: dict[str, Any]) -> None:
    for ref in _refs(spec):
        assert ref.startswith("#/"), ref
        node: Any = spec
        for token in ref[2:].split("/"):
            node = node[token.replace("~1", "/").replace("~0", "~")]
