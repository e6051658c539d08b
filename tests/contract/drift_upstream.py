"""Test doubles for the traffic tools: a small split spec (so the tests do not hang on the
details of the real one, which others edit), an upstream that answers every kind of drift
from it, and raw-socket upstreams that reset, hang or answer garbage."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from sandbox.server import free_port

TOKEN = "tok-9f2c7a41e6b84d0f8a3e"
REFRESH = "ref-r1f8b2c4d6e8f0a2b4c6"
CLIENT_SECRET = "cs-7d1f0c2e9b8a4f63a5c1"
PASSWORD = "pw-correct-horse-battery"
SECRETS = (TOKEN, REFRESH, CLIENT_SECRET, PASSWORD)

ROOT = """\
openapi: 3.1.0
info:
  title: Drift test API
  version: 1.0.0
servers:
  - url: http://127.0.0.1:8000/api/rest/v2
security:
  - access_token: []
tags:
  - name: Authentication
  - name: Work Orders
paths:
  '/authentication/api/oauth/token':
    $ref: 'paths/auth.yaml#/~1authentication~1api~1oauth~1token'
  '/workorders':
    $ref: 'paths/work_orders.yaml#/~1workorders'
  '/workorders/{work_order_id}':
    $ref: 'paths/work_orders.yaml#/~1workorders~1{work_order_id}'
components:
  securitySchemes:
    access_token:
      type: apiKey
      in: query
      name: access_token
"""

AUTH = """\
/authentication/api/oauth/token:
  servers:
    - url: http://127.0.0.1:8000
  post:
    operationId: generate_access_token
    tags: [Authentication]
    security: []
    requestBody:
      required: true
      content:
        application/json:
          schema:
            $ref: '../components/schemas/auth.yaml#/TokenRequest'
    responses:
      '200':
        description: A token.
        content:
          application/json:
            schema:
              $ref: '../components/schemas/auth.yaml#/Token'
"""

WORK_ORDER_PATHS = """\
# Work orders: a list, a create and a read.
/workorders:
  get:
    operationId: list_work_orders
    tags: [Work Orders]
    parameters:
      - name: per_page
        in: query
        required: false
        schema:
          type: integer
          minimum: 1
          maximum: 100
    responses:
      '200':
        description: One page.
        content:
          application/json:
            schema:
              $ref: '../components/schemas/work_orders.yaml#/WorkOrderList'
  post:
    operationId: create_work_order
    tags: [Work Orders]
    requestBody:
      required: true
      content:
        application/json:
          schema:
            $ref: '../components/schemas/work_orders.yaml#/WorkOrderCreate'
    responses:
      '201':
        description: Created.
        content:
          application/json:
            schema:
              $ref: '../components/schemas/work_orders.yaml#/WorkOrder'
/workorders/{work_order_id}:
  parameters:
    - name: work_order_id
      in: path
      required: true
      schema:
        type: integer
        minimum: 1
  get:
    operationId: get_work_order
    tags: [Work Orders]
    responses:
      '200':
        description: The work order.
        content:
          application/json:
            schema:
              $ref: '../components/schemas/work_orders.yaml#/WorkOrder'
      '404':
        description: Not found.
        content:
          application/json:
            schema:
              $ref: '../components/schemas/work_orders.yaml#/Error'
"""

AUTH_SCHEMAS = """\
TokenRequest:
  type: object
  required: [grant_type, client_id, client_secret, username, password]
  properties:
    grant_type:
      type: string
      enum: [password]
    client_id:
      type: string
    client_secret:
      type: string
    username:
      type: string
    password:
      type: string
Token:
  type: object
  required: [access_token, expires_in]
  properties:
    access_token:
      type: string
    expires_in:
      type: integer
    refresh_token:
      type: string
"""

WORK_ORDER_SCHEMAS = """\
# A deliberately small work order.
WorkOrder:
  type: object
  required: [id, title]
  properties:
    id:
      type: integer
      minimum: 1
    title:
      type: string  # short title
    status:
      $ref: '#/WorkOrderStatus'
    created:
      type: string
      format: date-time
    priority:
      type: integer
      minimum: 1
      maximum: 5
    contacts:
      type: array
      items:
        $ref: '#/Contact'
WorkOrderStatus:
  type: object
  required: [name]
  properties:
    name:
      type: string
      enum: [draft, published, assigned]
Contact:
  type: object
  properties:
    name:
      type: string
WorkOrderList:
  type: object
  required: [metadata, results]
  properties:
    metadata:
      type: object
      properties:
        total:
          type: integer
    results:
      type: array
      items:
        $ref: '#/WorkOrder'
WorkOrderCreate:
  type: object
  required: [title]
  additionalProperties: false
  properties:
    title:
      type: string
      minLength: 1
Error:
  type: object
  required: [message]
  properties:
    status:
      type: integer
    message:
      type: string
"""


def write_spec(directory: Path) -> Path:
    """Write the small split spec; returns its root document."""
    files = {
        "openapi.yaml": ROOT,
        "paths/auth.yaml": AUTH,
        "paths/work_orders.yaml": WORK_ORDER_PATHS,
        "components/schemas/auth.yaml": AUTH_SCHEMAS,
        "components/schemas/work_orders.yaml": WORK_ORDER_SCHEMAS,
    }
    for name, text in files.items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return directory / "openapi.yaml"


GOOD = {"id": 7, "title": "Fine", "status": {"name": "draft"}, "created": "2026-11-30T10:00:00Z"}

# path -> what the drifting upstream answers, and the finding each one must produce
# (operation_id, kind, pointer).
EXPECTED = [
    ("get_work_order", "unknown_enum_value", "/response/200/body/status/name"),
    ("get_work_order", "format_mismatch", "/response/200/body/created"),
    ("get_work_order", "constraint_violation", "/response/200/body/priority"),
    ("get_work_order", "undocumented_field", "/response/200/body/surprise"),
    ("get_work_order", "undocumented_field", "/response/200/body/contacts/*/phone"),
    ("get_work_order", "missing_required", "/response/200/body/id"),
    ("get_work_order", "type_mismatch", "/response/200/body/title"),
    ("get_work_order", "undocumented_status", "/response/418"),
    ("get_work_order", "undocumented_media_type", "/response/200/header/content-type"),
    ("list_work_orders", "request_invalid", "/request/query/per_page"),
    ("list_work_orders", "undocumented_field", "/request/query/f_colour"),
    ("list_work_orders", "type_mismatch", "/response/200/body/results/*/title"),
    ("create_work_order", "request_invalid", "/request/body/title"),
    ("create_work_order", "undocumented_media_type", "/request/header/content-type"),
    (None, "unknown_operation", ""),
]


async def _token(request: Request) -> Response:
    await request.body()
    return JSONResponse(
        {"access_token": TOKEN, "expires_in": 3600, "refresh_token": REFRESH},
        headers={"Set-Cookie": f"session={TOKEN}; HttpOnly"},
    )


async def _get(request: Request) -> Response:
    wo = int(request.path_params["wo"])
    if wo == 1:  # enum, format, constraint, undocumented fields (nested in an array too)
        return JSONResponse(
            {
                **GOOD,
                "status": {"name": "on_hold"},
                "created": "yesterday",
                "priority": 9,
                "surprise": {"depth": 2, "note": "new"},
                "contacts": [{"name": "Dana", "phone": "555-0100"}, {"name": "Sam"}],
            }
        )
    if wo == 2:  # required field missing, wrong type
        return JSONResponse({"title": 12345})
    if wo == 3:  # a status the spec does not list
        return JSONResponse({"message": "I'm a teapot", "status": 418}, status_code=418)
    if wo == 4:  # a media type the spec does not list
        return PlainTextResponse("<html>maintenance</html>", media_type="text/html")
    if wo == 5:  # the token echoed in an error message
        return JSONResponse({"message": f"token {TOKEN} is fine"}, status_code=404)
    return JSONResponse(GOOD)


async def _list(request: Request) -> Response:
    return JSONResponse(
        {"metadata": {"total": 2}, "results": [GOOD, {**GOOD, "id": 8, "title": None}]}
    )


async def _create(request: Request) -> Response:
    await request.body()
    return JSONResponse({**GOOD, "id": 99}, status_code=201)


async def _unknown(request: Request) -> Response:
    return JSONResponse({"id": int(request.path_params["n"]), "kind": "gadget"})


def drifting_app() -> Starlette:
    return Starlette(
        routes=[
            Route("/authentication/api/oauth/token", _token, methods=["POST"]),
            Route("/api/rest/v2/workorders", _list, methods=["GET"]),
            Route("/api/rest/v2/workorders", _create, methods=["POST"]),
            Route("/api/rest/v2/workorders/{wo}", _get, methods=["GET"]),
            Route("/api/rest/v2/gadgets/{n}", _unknown, methods=["GET"]),
        ]
    )


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """Serve an ASGI app on 127.0.0.1 and a free port in a thread."""
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("test upstream did not start")
        threading.Event().wait(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextmanager
def flaky_upstream() -> Iterator[str]:
    """A raw TCP server that misbehaves by path: ``/reset`` resets the connection, ``/hang``
    never answers, ``/garbage`` answers something that is not HTTP, ``/truncated`` breaks off
    mid-body; anything else gets a small valid answer."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    sock.settimeout(0.2)
    stop = threading.Event()
    held: list[socket.socket] = []

    def handle(conn: socket.socket) -> None:
        conn.settimeout(2)
        try:
            head = conn.recv(65536).split(b" ", 2)
        except OSError:
            conn.close()
            return
        path = head[1].decode() if len(head) > 1 else "/"
        if path.startswith("/reset"):
            conn.setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
            )
            conn.close()
        elif path.startswith("/garbage"):
            conn.sendall(b"THIS IS NOT HTTP\r\n\x00\xff\r\n\r\n")
            conn.close()
        elif path.startswith("/hang"):
            held.append(conn)
        elif path.startswith("/truncated"):
            conn.sendall(
                b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\nContent-Type: application/json\r\n\r\n{"a": '
            )
            conn.close()
        else:
            conn.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{}"
            )
            conn.close()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(timeout=5)
        for conn in held:
            conn.close()
        sock.close()


def drive(base: str) -> None:
    """Through ``base`` (the proxy), the calls that make the drifting upstream drift."""
    import httpx

    with httpx.Client(base_url=base, timeout=30) as client:
        token = client.post(
            "/authentication/api/oauth/token",
            json={
                "grant_type": "password",
                "client_id": "fn501",
                "client_secret": CLIENT_SECRET,
                "username": "api.user@example.com",
                "password": PASSWORD,
            },
        ).json()["access_token"]
        auth = {"access_token": token}
        for wo in (1, 1, 2, 3, 4, 5, 6):
            client.get(f"/api/rest/v2/workorders/{wo}", params=auth)
        client.get("/api/rest/v2/workorders/6", headers={"Authorization": f"Bearer {token}"})
        client.get("/api/rest/v2/workorders", params={**auth, "per_page": 500, "f_colour": "red"})
        client.post("/api/rest/v2/workorders", params=auth, json={"title": ""})
        client.post(
            "/api/rest/v2/workorders",
            params=auth,
            content=b"title=x",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        client.get("/api/rest/v2/gadgets/12", params=auth)
        client.get("/api/rest/v2/gadgets/13", params=auth)
