"""The playground page, its locally served Swagger UI assets and the spec it loads."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from sandbox.playground import ASSETS

pytestmark = pytest.mark.skipif(
    not ASSETS.is_dir(), reason="run `make tools` to install swagger-ui-dist"
)


def test_page_loads_local_assets_and_prefills_the_client(client: TestClient) -> None:
    page = client.get("/playground")
    assert page.status_code == 200
    assert "/playground/assets/swagger-ui-bundle.js" in page.text
    assert "cdn" not in page.text.lower()
    assert "fn501-acme-integration" in page.text
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "oauth2-redirect.html"):
        assert client.get(f"/playground/assets/{asset}").status_code == 200


def test_spec_defaults_to_this_sandbox(client: TestClient) -> None:
    doc = client.get("/playground/openapi.json").json()
    assert doc["servers"][0]["url"] == "http://127.0.0.1:8000/api/rest/v2"
    token = doc["paths"]["/authentication/api/oauth/token"]["servers"][0]["url"]
    assert token == "http://127.0.0.1:8000"
    flow = doc["components"]["securitySchemes"]["oauth2_password"]["flows"]["password"]
    assert flow["tokenUrl"] == "http://127.0.0.1:8000/authentication/api/oauth/token"
    assert (
        len(
            [
                op
                for item in doc["paths"].values()
                for op in item.values()
                if isinstance(op, dict) and "operationId" in op
            ]
        )
        == 155
    )


def test_root_redirects_to_the_playground(client: TestClient) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.status_code in (302, 307) and response.headers["location"] == "/playground"
