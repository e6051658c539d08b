"""The playground page, its locally served Swagger UI assets and the spec it loads."""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from sandbox.playground import ASSETS
from tests.sandbox.conftest import SPEC, Api

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
                if isinstance(op, dict) and "operationId" in op and op["tags"] != ["Sandbox"]
            ]
        )
        == 155
    )


def test_root_redirects_to_the_playground(client: TestClient) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.status_code in (302, 307) and response.headers["location"] == "/playground"


def test_sandbox_helpers_have_their_own_section(client: TestClient) -> None:
    doc = client.get("/playground/openapi.json").json()
    sandbox_tag = next(t for t in doc["tags"] if t["name"] == "Sandbox")
    assert sandbox_tag["x-sandbox"] is True
    helpers = {
        op["operationId"]: (path, item)
        for path, item in doc["paths"].items()
        for op in item.values()
        if isinstance(op, dict) and op.get("tags") == ["Sandbox"]
    }
    assert set(helpers) == {"sandbox_work_done", "sandbox_paid"}
    for path, item in helpers.values():
        assert path.startswith("/_sandbox/workorders/")
        assert item["servers"][0]["url"] == "http://127.0.0.1:8000"  # not under /api/rest/v2
        assert item["post"]["x-sandbox"] is True
    # the bundle itself (and so the client) stays Field Nation's 155 operations
    assert not any(p.startswith("/_sandbox") for p in SPEC.document["paths"])


def test_a_work_order_reaches_paid_with_the_helpers(api: Api) -> None:
    wo = api.call("create_work_order", json={"title": "Helpers"}, expect=201).json()
    api.call("publish_work_order", path={"work_order_id": wo["id"]}, expect=200)
    for op in ("route_work_order", "assign_work_order"):
        api.call(op, path={"work_order_id": wo["id"]}, json={"user": {"id": 9001}}, expect=200)
    for action, status in (("work-done", "Work Done"), (None, "Approved"), ("paid", "Paid")):
        if action is None:
            answer = api.call("approve_work_order", path={"work_order_id": wo["id"]}, expect=200)
        else:
            answer = api.client.post(
                f"/_sandbox/workorders/{wo['id']}/{action}", params={"access_token": api.token}
            )
            assert answer.status_code == 200, answer.text
        assert answer.json()["status"]["name"] == status


def test_demo_walks_to_paid_and_keeps_serving(capsys: pytest.CaptureFixture[str]) -> None:
    import threading

    import httpx

    from sandbox.demo import main as demo

    stop = threading.Event()
    result: list[int] = []
    thread = threading.Thread(target=lambda: result.append(demo(keep=True, stop=stop)))
    thread.start()
    try:
        out = ""
        for _ in range(600):
            out += capsys.readouterr().out
            if "keeps running" in out or not thread.is_alive():
                break
            stop.wait(0.1)
        url = re.search(r"open (http://\S+/playground)", out)
        assert url, out
        assert "paid (sandbox helper) -> Paid" in out
        assert httpx.get(url[1]).status_code == 200  # still up for the printed URL
    finally:
        stop.set()
        thread.join(timeout=30)
    assert result == [0]
