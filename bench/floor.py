"""``python -m bench.floor PORT``: the sandbox's HTTP server answering a constant.

The same uvicorn settings as ``python -m sandbox serve`` (httptools with the sandbox's guarded
protocol and its busy poll, uvloop, keep-alive) in front of an ASGI app that reads the request body and answers
a fixed small JSON object for any method and path. What it reaches is the most any handler on
this server can: P4 measures it side by side with the sandbox and Prism, so a missed target
says whether the handlers or the server itself stand in the way.
"""

from __future__ import annotations

import sys
from typing import Any

import uvicorn

from sandbox.server import settings

BODY = b'{"id":1001,"title":"constant"}'
HEADERS = [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())]


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    more = True
    while more:  # read the body, as any handler of a create must
        message = await receive()
        more = message.get("more_body", False)
    await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
    await send({"type": "http.response.body", "body": BODY})


def main() -> None:
    port = int(sys.argv[1])
    uvicorn.run(app, **settings(host="127.0.0.1", port=port, log_level="warning"))


if __name__ == "__main__":
    main()
