"""The interactive API page: Swagger UI served from the npm package ``swagger-ui-dist``
(installed by the Makefile into ``tools/node_modules``, no CDN), loaded with the bundled spec
rewritten so that the sandbox itself is the default server and the token URL.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from . import jsoncodec
from .helpers_spec import with_helpers
from .spec import API_PREFIX, Spec

ASSETS = Path(__file__).resolve().parent.parent / "tools" / "node_modules" / "swagger-ui-dist"
TOKEN_PATH = "/authentication/api/oauth/token"

PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Field Nation API sandbox - playground</title>
  <link rel="stylesheet" href="/playground/assets/swagger-ui.css">
  <style>body{{margin:0}} .sandbox-banner{{font:14px sans-serif;background:#0b3d91;color:#fff;padding:10px 20px}}
  .sandbox-banner code{{background:#ffffff22;padding:1px 4px;border-radius:3px}}</style>
</head>
<body>
  <div class="sandbox-banner">Local sandbox. <b>Authorize</b> with the OAuth2 password flow, demo user
  <code>{username}</code> / <code>{password}</code> (client id and secret are pre-filled).</div>
  <div id="swagger-ui"></div>
  <script src="/playground/assets/swagger-ui-bundle.js"></script>
  <script src="/playground/assets/swagger-ui-standalone-preset.js"></script>
  <script>
    window.ui = SwaggerUIBundle({{
      url: "/playground/openapi.json",
      dom_id: "#swagger-ui",
      deepLinking: true,
      persistAuthorization: true,
      tryItOutEnabled: true,
      oauth2RedirectUrl: window.location.origin + "/playground/assets/oauth2-redirect.html",
      presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
      layout: "StandaloneLayout"
    }});
    window.ui.initOAuth({{clientId: {client_id}, clientSecret: {client_secret}}});
  </script>
</body>
</html>
"""


def playground_spec(spec: Spec, origin: str) -> dict[str, Any]:
    """The bundle with this sandbox as first server and absolute token URL, plus the
    sandbox-only helpers in their own "Sandbox" section (to walk a work order to Paid)."""
    doc = with_helpers(spec.document, origin)
    local = {"url": origin + API_PREFIX, "description": "This sandbox"}
    doc["servers"] = [
        local,
        *[s for s in doc.get("servers", []) if s.get("x-environment") != "local"],
    ]
    token_item = doc["paths"].get(TOKEN_PATH)
    if token_item is not None:
        token_item["servers"] = [{"url": origin, "description": "This sandbox"}]
    for flow in doc["components"]["securitySchemes"]["oauth2_password"]["flows"].values():
        flow["tokenUrl"] = origin + TOKEN_PATH
    return doc


def routes(spec: Spec) -> list[BaseRoute]:
    from .seed import COMPANIES

    demo = COMPANIES[0]

    async def page(request: Request) -> Response:
        if not ASSETS.is_dir():
            return HTMLResponse(
                "<p>The playground assets are not installed: run <code>make tools</code> "
                "(it installs <code>swagger-ui-dist</code> from the npm registry).</p>",
                status_code=503,
            )
        text = PAGE.format(
            username=html.escape(demo["username"]),
            password=html.escape(demo["password"]),
            client_id=json.dumps(demo["client_id"]),
            client_secret=json.dumps(demo["client_secret"]),
        )
        return HTMLResponse(text)

    async def document(request: Request) -> Response:
        origin = str(request.base_url).rstrip("/")
        return Response(
            jsoncodec.dumps(playground_spec(spec, origin)), media_type="application/json"
        )

    async def home(request: Request) -> Response:
        return RedirectResponse("/playground")

    out: list[BaseRoute] = [
        Route("/", home, methods=["GET"]),
        Route("/playground", page, methods=["GET"]),
        Route("/playground/openapi.json", document, methods=["GET"]),
    ]
    if ASSETS.is_dir():
        out.append(
            Mount("/playground/assets", app=StaticFiles(directory=ASSETS), name="playground-assets")
        )
    return out
