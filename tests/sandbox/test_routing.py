"""The sandbox's path tree: Starlette's precedence (static segments before parameters, with
backtracking), one non-empty segment per parameter, every operation reachable at its paths,
no API path shadowing a playground or simulation route, and the API's requests going past
Starlette's middleware stack with the same answers."""

from __future__ import annotations

import re
from typing import Any

import pytest
from starlette.requests import Request
from starlette.responses import Response
from starlette.testclient import TestClient

from sandbox.app import build_routes, create_app
from sandbox.routing import PathTree, TreeFirst, TreeRoute, _walk


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


def test_api_paths_skip_the_middleware_stack_and_others_do_not() -> None:
    app: Any = create_app()
    assert isinstance(app.middleware_stack, TreeFirst)
    client = TestClient(app)
    answer = client.get("/api/rest/v2/workorders/1001")
    assert answer.status_code == 401 and answer.json()["message"]  # the API's envelope
    unknown = client.get("/api/rest/v2/no/such/path")
    assert unknown.status_code == 404
    assert unknown.json()["message"] == "No such path: /api/rest/v2/no/such/path"
    assert client.get("/").status_code == 200  # the playground, by Starlette's router


def test_an_error_escaping_an_api_handler_is_a_500_envelope_and_raised_on() -> None:
    app: Any = create_app()

    async def broken(request: Request, target: object) -> Response:
        raise RuntimeError("a bug")

    app.routes[0].handler = broken
    answer = TestClient(app, raise_server_exceptions=False).get("/api/rest/v2/workorders/1001")
    assert answer.status_code == 500
    assert answer.json()["message"] == "An unexpected error occurred in the sandbox"
    with pytest.raises(RuntimeError, match="a bug"):  # the server logs it, as with Starlette
        TestClient(app).get("/api/rest/v2/workorders/1001")


def test_the_direct_path_and_the_search_agree() -> None:
    """``match`` tries the first path of the search in a loop and falls back to the search:
    on the API's paths, with parameters filled with names that are also static segments
    (which make the first path fail), both give the same answer."""
    app: Any = create_app()
    tree = app.routes[0].tree
    statics = {seg for path in tree.paths for seg in path.split("/") if "{" not in seg}
    fillers = ["7", "", *sorted(statics)[:40]]
    checked = 0
    for path in tree.paths:
        for filler in fillers:
            concrete = re.sub(r"\{[^}]+\}", filler, path)
            for candidate in (concrete, concrete + "/tasks", concrete.rsplit("/", 1)[0]):
                params: dict[str, str] = {}
                target = _walk(tree._root, candidate.split("/")[1:], 0, params)
                expected = None if target is None else (target, params)
                assert tree.match(candidate) == expected, candidate
                checked += 1
    assert checked > 10_000
