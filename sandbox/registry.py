"""Handlers by operationId, and the request context they receive.

A resource module registers one function per operation with ``@operation("get_work_order")``;
the app calls it with a :class:`Context` whose parameters and body are already validated
against the spec and typed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .errors import ApiError
from .store import Store


@dataclass
class Reply:
    """A handler's answer: status and JSON body (None for an empty body)."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Context:
    store: Store
    operation_id: str
    company_id: int
    user_id: int
    path: dict[str, Any]
    query: dict[str, Any]
    body: Any
    files: dict[str, Any] = field(default_factory=dict)
    base_url: str = ""
    client: str = ""
    """The caller's IP address (login throttling)."""
    now: float = field(default_factory=time.time)

    def param(self, name: str, default: Any = None) -> Any:
        if name in self.path:
            return self.path[name]
        return self.query.get(name, default)

    @property
    def is_async(self) -> bool:
        return bool(self.query.get("async"))


Handler = Callable[[Context], Reply]
HANDLERS: dict[str, Handler] = {}


def operation(*operation_ids: str) -> Callable[[Handler], Handler]:
    """Register ``fn`` as the handler of the named operations."""

    def register(fn: Handler) -> Handler:
        for oid in operation_ids:
            if oid in HANDLERS:
                raise RuntimeError(f"two handlers for {oid}")
            HANDLERS[oid] = fn
        return fn

    return register


def missing_handlers(operation_ids: Iterable[str]) -> list[str]:
    """Operations of the spec no module registered (after ``resources.load_all()``)."""
    return sorted(set(operation_ids) - HANDLERS.keys())


def require(doc: Any, what: str, ident: object) -> Any:
    """``doc`` or a 404 in the API's words."""
    if doc is None:
        raise ApiError(404, f"{what} {ident} not found")
    return doc


Seeder = Callable[[Store, dict[str, Any]], None]
SEEDERS: list[tuple[int, str, Seeder]] = []


def seeder(order: int) -> Callable[[Seeder], Seeder]:
    """Register a function that seeds one company's data (lower ``order`` runs first)."""

    def register(fn: Seeder) -> Seeder:
        SEEDERS.append((order, f"{fn.__module__}.{fn.__qualname__}", fn))
        return fn

    return register
