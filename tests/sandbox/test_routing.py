"""The sandbox's path tree: Starlette's precedence (static segments before parameters, with
backtracking), one non-empty segment per parameter, every operation reachable at its paths,
and no API path shadowing a playground or simulation route."""

from __future__ import annotations

import re
from typing import Any

from sandbox.app import build_routes, create_app
from sandbox.routing import PathTree, TreeRoute


def _tree() -> PathTree[str]:
    tree: PathTree[str] = PathTree()
    for path in (
        "/workorders",
        "/workorders/lists",
        "/workorders/{id}",
        "/workorders/{id}/tasks",
        "/workorders/{id}/tasks/{task_id}",
        "/workorders/lists/special",
    ):
        tree.add(path, path)
    return tree


def test_static_segments_win_over_parameters() -> None:
    tree = _tree()
    assert tree.match("/workorders/lists") == ("/workorders/lists", {})
    assert tree.match("/workorders/1001") == ("/workorders/{id}", {"id": "1001"})


def test_a_failed_static_branch_backtracks_to_the_parameter() -> None:
    # "lists" has a static child, but not "tasks": the parameter branch must still be tried
    assert _tree().match("/workorders/lists/tasks") == (
        "/workorders/{id}/tasks",
        {"id": "lists"},
    )


def test_parameters_take_one_non_empty_segment() -> None:
    tree = _tree()
    assert tree.match("/workorders//tasks") is None
    assert tree.match("/workorders/1/2") is None
    assert tree.match("/workorders/") is None  # Starlette answers it with a redirect
    assert tree.match("workorders") is None
    assert tree.match("/workorders/7/tasks/9") == (
        "/workorders/{id}/tasks/{task_id}",
        {"id": "7", "task_id": "9"},
    )


def test_one_position_may_carry_different_parameter_names() -> None:
    tree: PathTree[str] = PathTree()
    tree.add("/projects/{project_id}", "one")
    tree.add("/projects/{id}/members", "two")
    assert tree.match("/projects/5") == ("one", {"project_id": "5"})
    assert tree.match("/projects/5/members") == ("two", {"id": "5"})


def test_every_operation_routes_to_itself() -> None:
    app: Any = create_app()
    sandbox = app.state.sandbox
    (route,) = build_routes(sandbox)
    assert isinstance(route, TreeRoute)
    for op in sandbox.spec.operations.values():
        concrete = re.sub(r"\{[^}]+\}", "7", op.route_path)
        found = route.tree.match(concrete)
        assert found is not None, op.route_path
        ops, params = found
        assert ops[op.method] is op, (op.operation_id, concrete)
        assert set(params) == set(re.findall(r"\{([^}]+)\}", op.route_path))


def test_no_api_path_shadows_another_route() -> None:
    app: Any = create_app()
    tree = app.routes[0].tree
    others = [getattr(r, "path", "") for r in app.routes[1:]]
    assert others, "the playground and simulation routes are registered"
    for path in others:
        concrete = re.sub(r"\{[^}]+\}", "7", path)
        assert tree.match(concrete) is None, path
