"""The API's routes as one Starlette route backed by a tree of path segments.

Starlette matches a request against its routes one regular expression at a time: with the
API's ~300 paths (each operation also under the API prefix) a request walked ~40 of them, a
fifth of a small request's time. Here a path is looked up segment by segment (a dictionary
per level), so the cost does not depend on how many operations the spec has. Precedence is
Starlette's as the sandbox used it: at each segment a static name wins over a parameter
(``/workorders/lists`` over ``/workorders/{id}``), backtracking when the static branch fails.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from starlette._utils import get_route_path
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Match, NoMatchFound
from starlette.types import ASGIApp, Receive, Scope, Send

T = TypeVar("T")
OPERATIONS = "sandbox.operations"
"""The scope key that carries the matched path's handler target from ``matches`` to ``handle``."""


@dataclass
class _Node(Generic[T]):
    static: dict[str, _Node[T]] = field(default_factory=dict)
    params: dict[str, _Node[T]] = field(default_factory=dict)
    """Parameter name -> subtree (paths may name the same position differently)."""
    target: T | None = None


class PathTree(Generic[T]):
    """Paths such as ``/workorders/{work_order_id}/tasks`` -> a target each."""

    def __init__(self) -> None:
        self._root: _Node[T] = _Node()
        self.paths: list[str] = []

    def add(self, path: str, target: T) -> None:
        node = self._root
        for segment in path.split("/")[1:]:
            if segment.startswith("{") and segment.endswith("}"):
                node = node.params.setdefault(segment[1:-1], _Node())
            else:
                node = node.static.setdefault(segment, _Node())
        if node.target is not None:
            raise ValueError(f"{path} is added twice")
        node.target = target
        self.paths.append(path)

    def match(self, path: str) -> tuple[T, dict[str, str]] | None:
        """The target of ``path`` and its parameters, or None. A parameter matches one
        non-empty segment (Starlette's ``[^/]+``)."""
        if not path.startswith("/"):
            return None
        segments = path.split("/")[1:]
        # First the path the search below tries first (the static name at each segment, else
        # the first parameter), in a loop: it is the answer whenever it ends at a target, and
        # it is most requests; the search with backtracking only when it does not.
        node, params = self._root, {}
        for segment in segments:
            child = node.static.get(segment)
            if child is None:
                if not segment or not node.params:
                    break
                name = next(iter(node.params))
                child = node.params[name]
                params[name] = segment
            node = child
        else:
            if node.target is not None:
                return node.target, params
        params = {}
        target = _walk(self._root, segments, 0, params)
        return None if target is None else (target, params)


def _walk(node: _Node[T], segments: list[str], at: int, params: dict[str, str]) -> T | None:
    if at == len(segments):
        return node.target
    segment = segments[at]
    child = node.static.get(segment)
    if child is not None:
        found = _walk(child, segments, at + 1, params)
        if found is not None:
            return found
    if segment:
        for name, child in node.params.items():
            found = _walk(child, segments, at + 1, params)
            if found is not None:
                params[name] = segment
                return found
    return None


Handler = Callable[[Request, T], Awaitable[Response]]


class TreeRoute(BaseRoute, Generic[T]):
    """A Starlette route for every path of a ``PathTree``, every method (the handler answers
    405 itself, in the API's error envelope)."""

    def __init__(self, tree: PathTree[T], handler: Handler[T]) -> None:
        self.tree = tree
        self.handler = handler

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] != "http":
            return Match.NONE, {}
        found = self.tree.match(get_route_path(scope))
        if found is None:
            return Match.NONE, {}
        target, params = found
        return Match.FULL, {
            "path_params": {**scope.get("path_params", {}), **params},
            OPERATIONS: target,
        }

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        response = await self.handler(request, scope[OPERATIONS])
        await response(scope, receive, send)

    def url_path_for(self, name: str, /, **path_params: Any) -> Any:
        raise NoMatchFound(name, path_params)


ErrorHandler = Callable[[Request, Exception], Awaitable[Response]]


class TreeFirst:
    """The app's entry point when a ``TreeRoute`` is its first route: a request on one of the
    tree's paths goes straight to the route, any other one to Starlette's middleware stack.

    The API's requests are most requests, and they gain nothing from the stack's layers (an
    error middleware and an exception middleware, each wrapping ``send``, then the router's
    walk, which would pick this route first anyway): about 4 µs of a 50 µs get. What those
    layers did for an API request is kept: an exception from the handler is answered with the
    app's 500 handler and raised on to the server, as Starlette's error middleware does.
    """

    def __init__(self, route: TreeRoute[T], stack: ASGIApp, on_error: ErrorHandler) -> None:
        self.route = route
        self.stack = stack
        self.on_error = on_error

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            found = self.route.tree.match(get_route_path(scope))
            if found is not None:
                target, params = found
                scope["path_params"] = {**scope.get("path_params", {}), **params}
                request = Request(scope, receive)
                try:
                    response = await self.route.handler(request, target)
                except Exception as exc:
                    await (await self.on_error(request, exc))(scope, receive, send)
                    raise
                await response(scope, receive, send)
                return
        await self.stack(scope, receive, send)
