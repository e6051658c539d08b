"""The sandbox ASGI application: routes from the spec, one dispatcher, handlers by operationId.

Every request passes the same steps: route -> auth -> parameters and body validated against
the spec -> handler (inside a transaction when it writes) -> JSON answer. Any failure is an
answer in the API's error envelope; an unexpected exception is logged and becomes a 500
envelope, never a traceback.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import anyio
import anyio.to_thread
import orjson
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from . import auth, jsoncodec, playground, resources
from .errors import ApiError
from .group_commit import IN_FLIGHT, GroupCommit
from .registry import HANDLERS, Context, Reply
from .routing import PathTree, TreeFirst, TreeRoute
from .seed import seed_if_empty
from .spec import API_PREFIX, Operation, Spec, check
from .store import open_store

log = logging.getLogger("sandbox")
HANDLER_THREADS = int(os.environ["SANDBOX_THREADS"]) if os.environ.get("SANDBOX_THREADS") else None
"""Threads per process for write requests (``SANDBOX_THREADS``). 0 runs every request on the
event loop, the default on SQLite, where it is fastest: statements run in-process in
microseconds, and a thread hop costs a third of a create's throughput. 1, the default on
PostgreSQL, moves writes off the loop: there every statement waits for a round trip to the
server, and in a thread that wait (the GIL released) holds up no other client: a get's p99
beside heavy creates 7.0 -> 3.9 ms (bench P6). With --workers on SQLite, 1 also keeps a write
that waits for another process's lock from stalling reads. More threads only contend for the
GIL: the database serializes writes anyway."""
HEAVY_BODY = 64 * 1024
"""Writes with a body this large run in a worker thread whatever HANDLER_THREADS says: beside
~900 kB creates back to back, a get's p99 was 71 ms with them on the event loop (bench P6)."""
MAX_BODY = 1_000_000
"""Bodies above 1 MB (attachments included) are refused with a 400."""
JSON_TYPES = ("application/json", "text/json")


class Sandbox:
    """State shared by all requests: the spec, the store and the settings."""

    def __init__(
        self,
        db: str | Path = ":memory:",
        token_ttl: int | None = None,
        spec: Spec | None = None,
        seed: bool = True,
        commit_delay: float = 0.0,
    ) -> None:
        """``commit_delay``: seconds a deferred group of writes waits for its COMMIT (SQLite
        on the event loop, one serving process; see sandbox.group_commit); 0: none."""
        resources.load_all()
        self.spec = spec or Spec()
        self.store = open_store(db)
        self.threads = (
            HANDLER_THREADS if HANDLER_THREADS is not None else (0 if self.store.embedded else 1)
        )
        self._limiter: anyio.CapacityLimiter | None = None
        # light writes on the event loop share their COMMIT (SQLite; see group_commit)
        self.group = (
            GroupCommit(self.store, commit_delay)
            if self.store.embedded and self.threads <= 0
            else None
        )
        self.token_ttl = token_ttl or int(os.environ.get("SANDBOX_TOKEN_TTL", auth.DEFAULT_TTL))
        if seed:
            seed_if_empty(self.store)
        self.store.set_meta("token_ttl", str(self.token_ttl))
        missing = sorted(set(self.spec.operations) - set(HANDLERS))
        if missing and not os.environ.get("SANDBOX_ALLOW_MISSING"):  # dev-only escape hatch
            raise RuntimeError(f"operations without a sandbox handler: {missing}")

    # -- request handling -----------------------------------------------------------------
    async def handle(self, request: Request, by_method: dict[str, Operation]) -> Response:
        op = by_method.get(request.method)
        if op is None:
            allowed = ", ".join(sorted(by_method))
            return _error(
                ApiError(
                    405,
                    f"Method {request.method} not allowed here; use {allowed}",
                    headers={"Allow": allowed},
                )
            )
        if self.group is not None and self.group.broken:
            return _error(ApiError(503, "The sandbox could not save changes; restart it"))
        try:
            raw = await _read_limited(request)
            form = None
            if _media(request) == "multipart/form-data" and "multipart/form-data" in op.body_media:
                form = await _multipart(request, raw, op.body_media["multipart/form-data"])
            # Writes run in a worker thread with threads (see HANDLER_THREADS), and heavy ones
            # always: a large body (SQLite then writes hundreds of pages and may checkpoint
            # its WAL in the commit), a round trip to PostgreSQL or a wait for another
            # process's write lock does not hold up the other clients.
            light = self.threads <= 0 and len(raw) < HEAVY_BODY
            group = self.group
            if light and op.method != "GET" and group is not None and group.deferred:
                reply = self.serve_deferred(group, request, op, raw, form)
                if len(request.scope.get(IN_FLIGHT, ())) > 1:
                    # the answers of the writes ready together go out together: one wake-up
                    # of the client's side for several (~15% of a create at c=16)
                    await group.released()
            elif (
                light
                and op.method != "GET"
                and group is not None
                and group.wanted(len(request.scope.get(IN_FLIGHT, ())))
            ):
                reply = await self.serve_in_group(group, request, op, raw, form)
            elif op.method == "GET" or light:
                # Reads are cheap (lists page in SQL, at most 100 items) and never wait for a
                # lock: they run on the event loop, which is fastest.
                reply = self.serve(request, op, raw, form)
            else:
                if group is not None and group.deferred:
                    group.flush()  # the thread's connection must see every answered write
                if self._limiter is None:
                    self._limiter = anyio.CapacityLimiter(max(1, self.threads))
                reply = await anyio.to_thread.run_sync(
                    self.serve, request, op, raw, form, limiter=self._limiter
                )
        except ApiError as exc:
            return _error(exc)
        except Exception:  # a bug in the sandbox: say so in the envelope, log the details
            log.exception("unhandled error in %s", op.operation_id)
            return _error(ApiError(500, "An unexpected error occurred in the sandbox"))
        return _json(reply.status, reply.body, reply.headers)

    async def serve_in_group(
        self,
        group: GroupCommit,
        request: Request,
        op: Operation,
        raw: bytes,
        form: tuple[dict[str, Any], dict[str, Any]] | None,
    ) -> Reply:
        """A write sharing its COMMIT with the others ready now (see group_commit): answered
        once that COMMIT is done, or with its own error if its writes were undone."""
        done = group.join()
        failure: BaseException | None = None
        reply: Reply | None = None
        try:
            with self.store.member(keep=_keeps_writes):
                reply = self.serve(request, op, raw, form)
        except BaseException as exc:  # its writes are undone; answered once the group commits
            failure = exc
        try:
            await done
        except ApiError:
            if failure is None or _keeps_writes(failure):
                raise
        if failure is not None:
            raise failure
        assert reply is not None
        return reply

    def serve_deferred(
        self,
        group: GroupCommit,
        request: Request,
        op: Operation,
        raw: bytes,
        form: tuple[dict[str, Any], dict[str, Any]] | None,
    ) -> Reply:
        """A write in the deferred group (see group_commit): answered once its writes are in
        the redo log, before their COMMIT."""
        group.open()
        try:
            with self.store.member(keep=_keeps_writes):
                return self.serve(request, op, raw, form)
        except OSError:
            log.exception("could not append to the redo log")
            raise ApiError(503, "The sandbox could not save this change; try again") from None
        finally:
            group.joined()

    def close(self) -> None:
        """Commit what is pending and close the store (once serving has stopped)."""
        self.store.close()

    def serve(
        self,
        request: Request,
        op: Operation,
        raw: bytes,
        form: tuple[dict[str, Any], dict[str, Any]] | None,
    ) -> Reply:
        ctx = self.context(request, op, raw, form)
        return self.run(op, ctx)

    def run(self, op: Operation, ctx: Context) -> Reply:
        try:
            return self._run(op, ctx)
        except ApiError as exc:
            # The request already matched the spec, so a handler's rejection is about meaning,
            # not shape: the spec's 422 ("matches this document but cannot be applied").
            if exc.status == 400:
                exc.status = 422
            raise

    def _run(self, op: Operation, ctx: Context) -> Reply:
        handler = HANDLERS[op.operation_id]
        if op.method == "GET":
            return handler(ctx)
        kept: ApiError | None = None
        with self.store.transaction():
            try:
                reply = handler(ctx)
            except ApiError as exc:
                if not exc.keep_writes:
                    raise
                kept = exc  # commit what the handler wrote (a failed login), then answer it
            else:
                if ctx.is_async and "202" in op.responses and reply.status < 300:
                    job = {"job_id": self.store.next_id("job", 880000), "status": "complete"}
                    return Reply(202, job)
                return reply
        raise kept

    def context(
        self,
        request: Request,
        op: Operation,
        raw: bytes = b"",
        form: tuple[dict[str, Any], dict[str, Any]] | None = None,
    ) -> Context:
        given = query_values(request.scope.get("query_string", b""))
        tokens = given.get("access_token")
        query_token = tokens[-1] if tokens else None
        if op.operation_id == "generate_access_token":
            user_id, company_id = 0, 0
        else:
            user_id, company_id = auth.authenticate(
                self.store, query_token, request.headers.get("authorization")
            )
        path, query = self.parameters(request, op, given)
        body, files = self.body(request, op, raw, form)
        client = request.client
        return Context(
            store=self.store,
            operation_id=op.operation_id,
            company_id=company_id,
            user_id=user_id,
            path=path,
            query=query,
            body=body,
            files=files,
            base_url=_base_url(request),
            client=client.host if client else "",
        )

    def parameters(
        self, request: Request, op: Operation, given: dict[str, list[str]] | None = None
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """The operation's path and query (and header, cookie) parameters, typed and checked;
        ``given``: the query's values by name (:func:`query_values`), when already parsed."""
        path: dict[str, Any] = {}
        query: dict[str, Any] = {}
        if given is None:
            given = query_values(request.scope.get("query_string", b""))
        # the parameters in the spec's order, leaving out the optional query parameters the
        # request did not send (they would be skipped below anyway)
        always, optional = op.param_plan
        sent = [optional[name] for name in given if name in optional]
        chosen = sorted(always + sent, key=_place) if sent else always
        for _, param in chosen:
            if param.location == "path":
                raw: Any = request.path_params.get(param.name)
            elif param.location == "query":
                values = given.get(param.name, ())
                raw = values if len(values) > 1 else (values[0] if values else None)
            elif param.location == "header":
                raw = request.headers.get(param.name)
            else:
                raw = request.cookies.get(param.name)
            where = f"{param.location}.{param.name}"
            if raw is None:
                if param.required:
                    raise ApiError(
                        400,
                        f"Missing required parameter {param.name}",
                        [{"field": where, "message": "required"}],
                    )
                continue
            try:
                value = param.coerce(raw)
            except ValueError as exc:
                raise ApiError(
                    400,
                    f"Invalid {param.location} parameter {param.name}: {exc}",
                    [{"field": where, "message": str(exc)}],
                ) from None
            check(param.validator, value, where)
            (path if param.location == "path" else query)[param.name] = value
        return path, query

    def body(
        self,
        request: Request,
        op: Operation,
        raw: bytes,
        form: tuple[dict[str, Any], dict[str, Any]] | None,
    ) -> tuple[Any, dict[str, Any]]:
        if not op.body_media:
            return None, {}
        ctype = _media(request)
        if not raw:
            if op.body_required:
                raise ApiError(
                    400, "A request body is required", [{"field": "body", "message": "required"}]
                )
            return None, {}
        media = ctype or "application/json"
        if media in JSON_TYPES:
            media = "application/json"
        validator = op.body_media.get(media)
        if validator is None:
            accepted = ", ".join(op.body_media)
            raise ApiError(
                400,
                f"Unsupported content type {ctype or '(none)'}; send {accepted}",
                [{"field": "body", "message": "content type"}],
            )
        files: dict[str, Any] = {}
        if media == "application/json":
            body = parse_json(raw)
        elif media == "application/x-www-form-urlencoded":
            body = dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
        elif media == "multipart/form-data" and form is not None:
            body, files = form
        else:
            body = raw.decode("utf-8", "replace")
        secret = op.operation_id == "generate_access_token"
        if secret and isinstance(body, dict):
            body = auth.with_basic_client(body, request.headers.get("authorization"))
        # The token operation's messages never quote a value: its values are secrets.
        check(validator, body, "body", quote=not secret)
        return body, files


def _place(planned: tuple[int, Any]) -> int:
    return planned[0]


def query_values(query_string: bytes) -> dict[str, list[str]]:
    """The query's values by name, in order: what Starlette's ``request.query_params`` holds
    (``parse_qsl`` of the Latin-1 text, blank values kept), grouped once (a list operation
    declares ~60 parameters, and Starlette's getlist scans every pair of the query for each).
    A query with nothing to unquote (no ``%`` or ``+``, nearly every request) is split
    directly: the same pairs, without ``parse_qsl``'s per-pair unquoting or Starlette's
    multidict copies (together a tenth of a get's time)."""
    text = query_string.decode("latin-1")
    given: dict[str, list[str]] = {}
    if "%" in text or "+" in text:
        for key, value in parse_qsl(text, keep_blank_values=True):
            given.setdefault(key, []).append(value)
        return given
    for part in text.split("&"):
        if part:
            key, _, value = part.partition("=")
            given.setdefault(key, []).append(value)
    return given


MAX_DEPTH = 64
"""Deepest JSON nesting a body may have (the spec's deepest schema needs far less)."""


def parse_json(raw: bytes) -> Any:
    """The JSON body; a 400 for malformed or too deeply nested JSON. Integers beyond 64 bits
    stay exact (orjson would turn them into floats)."""
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        reason = "too deeply nested" if "depth" in str(exc).lower() else "malformed JSON"
        if reason != "malformed JSON":
            raise ApiError(
                400,
                f"JSON body nested deeper than {MAX_DEPTH} levels",
                [{"field": "body", "message": reason}],
            ) from None
        raise ApiError(
            400, f"Malformed JSON body: {exc}", [{"field": "body", "message": reason}]
        ) from None
    # Each level opens a bracket: a body with few brackets cannot be too deep (the common
    # case, counted in C), so only the others are walked.
    if raw.count(b"[") + raw.count(b"{") > MAX_DEPTH and _depth(body) > MAX_DEPTH:
        raise ApiError(
            400,
            f"JSON body nested deeper than {MAX_DEPTH} levels",
            [{"field": "body", "message": "too deeply nested"}],
        )
    # orjson turns an integer beyond 64 bits into a float: a body holding such a float (only
    # possible with 19 digits or more, counted in C) is decoded again, exactly. A regular
    # expression looking for the digits cost 20 ns per byte: most of a 900 kB request.
    if len(raw) - len(raw.translate(None, _DIGITS)) >= 19 and _has_big_float(body):
        body = json.loads(raw, parse_constant=_no_constant)
    return body


_DIGITS = b"0123456789"


def _has_big_float(value: Any) -> bool:
    """Whether a decoded JSON value holds a float beyond the 64-bit integers, without
    recursion."""
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, float):
            if not -(2.0**63) < node < 2.0**63:
                return True
        elif isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return False


def _no_constant(name: str) -> Any:
    raise ApiError(
        400,
        f"Malformed JSON body: {name} is not JSON",
        [{"field": "body", "message": "malformed JSON"}],
    )


def _depth(value: Any) -> int:
    """Nesting depth of a decoded JSON value, without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict):
            node = list(node.values())
        if isinstance(node, list):
            deepest = max(deepest, level)
            if level > MAX_DEPTH:
                return level
            stack.extend((child, level + 1) for child in node)
    return deepest


_BASE_URLS: dict[tuple[Any, ...], str] = {}


def _base_url(request: Request) -> str:
    """``request.base_url`` without its trailing slash, remembered per (scheme, server, root
    path, Host header): Starlette builds it anew for every request. A bounded memo of a pure
    function of the request head, not data."""
    scope = request.scope
    key = (
        scope.get("scheme"),
        tuple(scope.get("server") or ()),
        scope.get("app_root_path", scope.get("root_path", "")),
        request.headers.get("host"),
    )
    found = _BASE_URLS.get(key)
    if found is None:
        if len(_BASE_URLS) >= 64:  # the Host header is the client's: keep the memo small
            _BASE_URLS.clear()
        found = _BASE_URLS[key] = str(request.base_url).rstrip("/")
    return found


def _media(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def _read_limited(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY:
        raise ApiError(
            400,
            f"Request body too large (limit {MAX_BODY} bytes)",
            [{"field": "body", "message": "too large"}],
        )
    # The ASGI messages read directly: Starlette's request.stream() is an async generator,
    # a few µs per request for the one message a small body comes in.
    chunks, size, receive = [], 0, request.receive
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnect
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            raise ApiError(
                400,
                f"Request body too large (limit {MAX_BODY} bytes)",
                [{"field": "body", "message": "too large"}],
            )
        chunks.append(chunk)
        if not message.get("more_body", False):
            return chunks[0] if len(chunks) == 1 else b"".join(chunks)


async def _multipart(
    request: Request, raw: bytes, validator: Any
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Form fields for validation (files stand in as their name) and the uploaded files."""
    from starlette.datastructures import UploadFile

    from .multipart import reject_repeated

    async def replay() -> dict[str, Any]:
        return {"type": "http.request", "body": raw, "more_body": False}

    form_request = Request(request.scope, receive=replay)
    try:
        form = await form_request.form(max_part_size=MAX_BODY)
    except Exception as exc:  # malformed multipart
        raise ApiError(
            400,
            f"Malformed multipart body: {exc}",
            [{"field": "body", "message": "malformed multipart"}],
        ) from None
    reject_repeated(form, validator)
    fields: dict[str, Any] = {}
    files: dict[str, Any] = {}
    for key, value in form.multi_items():
        if isinstance(value, UploadFile):
            content = await value.read()
            files[key] = {
                "filename": value.filename or key,
                "content": content,
                "content_type": value.content_type,
            }
            fields[key] = value.filename or key
        else:
            text = str(value)
            if text[:1] in "{[":
                try:
                    fields[key] = orjson.loads(text)
                    continue
                except orjson.JSONDecodeError:
                    pass
            fields[key] = text
    return fields, files


class _Answer(Response):
    """A Response given its body and raw headers as they are sent: Starlette's constructor
    works out both (about 1 µs), and every answer of the API passes here."""

    def __init__(self, status: int, body: bytes, raw_headers: list[tuple[bytes, bytes]]) -> None:
        self.status_code = status
        self.body = body
        self.raw_headers = raw_headers
        self.background = None


_JSON_TYPE = (b"content-type", b"application/json")
_NO_LENGTH = {204, 304}
"""Statuses Starlette sends without a Content-Length (with those below 200)."""


def _json(status: int, body: Any, headers: dict[str, str] | None = None) -> Response:
    """The answer, with the headers Starlette's Response would give it, in the same order:
    the handler's own, then Content-Length and Content-Type."""
    raw = (
        [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
        if headers
        else []
    )
    if headers and any(name in (b"content-length", b"content-type") for name, _ in raw):
        return _json_by_starlette(status, body, headers)
    empty = body is None or status == 204
    content = b"" if empty else jsoncodec.dumps(body)
    if status >= 200 and status not in _NO_LENGTH:
        raw.append((b"content-length", b"%d" % len(content)))
    if not empty:
        raw.append(_JSON_TYPE)
    return _Answer(status, content, raw)


def _json_by_starlette(status: int, body: Any, headers: dict[str, str] | None) -> Response:
    if body is None or status == 204:
        return Response(status_code=status, headers=headers)
    content = jsoncodec.dumps(body)
    return Response(content, status_code=status, media_type="application/json", headers=headers)


def _error(exc: ApiError) -> Response:
    return _json(exc.status, exc.body(), exc.headers)


def build_routes(sandbox: Sandbox) -> list[TreeRoute[dict[str, Operation]]]:
    """One route for every operation's path (and, for root-relative ones, the same path under
    the API prefix), looked up segment by segment (sandbox.routing)."""
    tree: PathTree[dict[str, Operation]] = PathTree()
    by_path: dict[str, dict[str, Operation]] = {}
    for op in sandbox.spec.operations.values():
        by_path.setdefault(op.route_path, {})[op.method] = op
        if op.root_relative:  # also under the API prefix, for tools given only the base URL
            by_path.setdefault(API_PREFIX + op.path, {})[op.method] = op
    for path, methods in by_path.items():
        tree.add(path, methods)
    return [TreeRoute(tree, sandbox.handle)]


def _keeps_writes(exc: BaseException) -> bool:
    """A failure whose writes are committed all the same (a failed login's record)."""
    return isinstance(exc, ApiError) and exc.keep_writes


def create_app(
    db: str | Path = ":memory:",
    token_ttl: int | None = None,
    seed: bool = True,
    spec: Spec | None = None,
    commit_delay: float = 0.0,
) -> Starlette:
    """The ASGI app; ``db`` is a SQLite file (or ``:memory:``) or a PostgreSQL URL. ``spec``
    shares an already loaded spec (the tests build a thousand apps; it is read-only);
    ``commit_delay``: see :class:`Sandbox` (only for a process that serves ``db`` alone)."""
    sandbox = Sandbox(db, token_ttl=token_ttl, seed=seed, spec=spec, commit_delay=commit_delay)
    # The API's paths first: they are most requests, and none of them is also a playground
    # or simulation path (tests/sandbox/test_routing.py), so the order changes no answer.
    (api,) = build_routes(sandbox)
    routes: list[BaseRoute] = [
        api,
        *playground.routes(sandbox.spec),
        *resources.simulation_routes(sandbox),
    ]

    async def not_found(request: Request, exc: Exception) -> Response:
        return _error(ApiError(404, f"No such path: {request.url.path}"))

    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error", exc_info=exc)
        return _error(ApiError(500, "An unexpected error occurred in the sandbox"))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        if sandbox.group is not None:  # on the loop's thread, the group's own
            sandbox.group.flush()

    app = Starlette(
        routes=routes,
        exception_handlers={404: not_found, 500: server_error},
        lifespan=lifespan,
    )
    app.state.sandbox = sandbox
    # the API's paths skip the middleware stack (sandbox.routing.TreeFirst)
    app.middleware_stack = TreeFirst(api, app.build_middleware_stack(), server_error)
    return app


def app_from_env() -> Starlette:
    """The app of one worker of ``serve --workers N`` (settings come from the environment)."""
    return create_app(os.environ.get("SANDBOX_DB", "sandbox.db"))
