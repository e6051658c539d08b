"""The playground in a real browser: Playwright driving Debian's chromium (the Makefile and
.ci/run install it; Playwright's own browser download is not used).

One person's session: open the playground, Authorize with the OAuth2 password flow, then "Try
it out" on the list, create and publish operations and on a sandbox helper, reading the
answers off the page. A failing run leaves a screenshot in reports/.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from sandbox.playground import ASSETS
from sandbox.seed import COMPANIES
from sandbox.server import running

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REPORTS = Path(__file__).resolve().parents[2] / "reports"
TIMEOUT_MS = 30_000

playwright_api = pytest.importorskip("playwright.sync_api")
pytestmark = [
    pytest.mark.skipif(not ASSETS.is_dir(), reason="run `make tools` to install swagger-ui-dist"),
    pytest.mark.skipif(
        shutil.which(CHROMIUM) is None, reason=f"{CHROMIUM} missing: `make test` installs it"
    ),
]


@pytest.fixture
def origin() -> Iterator[str]:
    with running() as base:
        yield base


@pytest.fixture
def page(request: pytest.FixtureRequest) -> Iterator[Any]:
    """A chromium page; when the test fails, a screenshot of it lands in reports/."""
    with playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(TIMEOUT_MS)
        failures = request.session.testsfailed
        try:
            yield page
        finally:
            if request.session.testsfailed > failures or _failed(request):
                REPORTS.mkdir(exist_ok=True)
                shot = REPORTS / f"{request.node.name}.png"
                page.screenshot(path=str(shot), full_page=True)
                print(f"screenshot: {shot}")
            browser.close()


def _failed(request: pytest.FixtureRequest) -> bool:
    return bool(getattr(request.node, "_browser_failed", False))


def authorize(page: Any) -> None:
    creds = COMPANIES[0]
    page.click("button.authorize")
    modal = page.locator(".modal-ux")
    oauth = modal.locator(".auth-container", has_text="(OAuth2, password)")
    oauth.locator("#oauth_username").fill(creds["username"])
    oauth.locator("#oauth_password").fill(creds["password"])
    oauth.locator("button.authorize").click()
    oauth.locator("button", has_text="Logout").wait_for()  # shown once a token was obtained
    modal.locator("button.close-modal").click()


def operation(page: Any, tag: str, operation_id: str) -> Any:
    """Scroll down to an operation (Swagger UI renders sections as they come into view),
    open it and press "Try it out"."""
    block = page.locator(f"#operations-{tag.replace(' ', '_')}-{operation_id}")
    page.evaluate("window.scrollTo(0, 0)")
    for _ in range(100):
        if block.count():
            break
        page.evaluate("window.scrollBy(0, 900)")
        page.wait_for_timeout(60)
    block.scroll_into_view_if_needed()
    block.locator(".opblock-summary").first.click()
    try_out = block.locator("button.try-out__btn")
    if try_out.count() and "Cancel" not in try_out.inner_text():
        try_out.click()
    return block


def execute(block: Any) -> tuple[int, Any]:
    block.locator("button.execute").click()
    status = block.locator(".live-responses-table .response .response-col_status").first
    status.wait_for()
    code = int(re.sub(r"\D.*", "", status.inner_text().strip()))
    text = block.locator(".live-responses-table .response-col_description pre").first.inner_text()
    try:
        return code, json.loads(text)
    except ValueError:
        return code, text


def set_parameter(block: Any, name: str, value: str) -> None:
    field = block.locator(f"tr[data-param-name='{name}'] input").first
    field.fill(value)


def test_a_person_walks_a_work_order_in_the_playground(
    page: Any, origin: str, request: pytest.FixtureRequest
) -> None:
    request.node._browser_failed = True  # cleared at the end: any exit before is a failure
    page.goto(f"{origin}/playground")
    page.locator("button.authorize").wait_for()
    authorize(page)

    listed = operation(page, "Work Orders", "list_work_orders")
    code, body = execute(listed)
    assert code == 200, body
    assert body["results"], "the list as pre-filled finds no work order in the seeded sandbox"

    create = operation(page, "Work Orders", "create_work_order")
    create.locator("textarea.body-param__text").fill(
        json.dumps({"title": "Browser test: replace POS terminal"})
    )
    code, created = execute(create)
    assert code in (200, 201), created
    assert created["status"]["name"] == "Draft"
    work_order = str(created["id"])

    publish = operation(page, "Workflow", "publish_work_order")
    set_parameter(publish, "work_order_id", work_order)
    code, published = execute(publish)
    assert code == 200, published
    assert published["status"]["name"] in ("Published", "Routed")

    # the provider's acceptance has no Client API operation: route and assign outside the page
    token = httpx.post(
        f"{origin}/authentication/api/oauth/token",
        json={
            "grant_type": "password",
            **{k: COMPANIES[0][k] for k in ("client_id", "client_secret", "username", "password")},
        },
    ).json()["access_token"]
    for step in ("route", "assignee"):
        answer = httpx.post(
            f"{origin}/api/rest/v2/workorders/{work_order}/{step}",
            params={"access_token": token},
            json={"user": {"id": 9001}},
        )
        assert answer.status_code == 200, answer.text

    helper = operation(page, "Sandbox", "sandbox_work_done")
    set_parameter(helper, "work_order_id", work_order)
    code, done = execute(helper)
    assert code == 200, done
    assert done["status"]["name"] == "Work Done"
    request.node._browser_failed = False
