"""Integration tests: the generated client (``generated/``) against a real sandbox server.

Each test module gets its own sandbox (``sandbox.server.running``: 127.0.0.1, a free port, an
in-memory database, stopped when the module ends) and its own clients, so modules never see
each other's work orders and can run in parallel under pytest-xdist.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from itertools import count
from typing import Any, TypedDict

import httpx
import pytest

from generator import paths
from sandbox.seed import COMPANIES
from sandbox.server import running

if str(paths.GENERATED) not in sys.path:
    sys.path.insert(0, str(paths.GENERATED))

from fieldnation_client import AsyncFieldNation, FieldNation
from fieldnation_client.models import WorkOrder, WorkOrderCreate

API_PREFIX = "/api/rest/v2"
ACME, GLOBEX = 0, 1
PROVIDER, OTHER_PROVIDER = 9001, 9002
"""Seeded marketplace providers both companies can route to and assign."""

_TITLES = count(1)


class Credentials(TypedDict):
    client_id: str
    client_secret: str
    username: str
    password: str


def credentials(company: int = ACME) -> Credentials:
    """The seeded API credentials of ``company`` as client keyword arguments."""
    creds = COMPANIES[company]
    return Credentials(
        client_id=creds["client_id"],
        client_secret=creds["client_secret"],
        username=creds["username"],
        password=creds["password"],
    )


def make_client(origin: str, company: int = ACME, **options: Any) -> FieldNation:
    return FieldNation(base_url=origin + API_PREFIX, **credentials(company), **options)


def make_async_client(origin: str, company: int = ACME, **options: Any) -> AsyncFieldNation:
    return AsyncFieldNation(base_url=origin + API_PREFIX, **credentials(company), **options)


def work_order(result: object) -> WorkOrder:
    """Narrow the union an operation with an ``async`` flag (or several documented answer
    forms) returns to the work order."""
    assert isinstance(result, WorkOrder), f"expected a WorkOrder, got {result!r}"
    return result


def new_work_order(client: FieldNation, title: str | None = None, **extra: Any) -> WorkOrder:
    body = WorkOrderCreate.from_dict(
        {"title": title or f"Integration work order {next(_TITLES)}", **extra}
    )
    return work_order(client.work_orders.create_work_order(body=body))


async def new_work_order_async(
    client: AsyncFieldNation, title: str | None = None, **extra: Any
) -> WorkOrder:
    body = WorkOrderCreate.from_dict(
        {"title": title or f"Integration work order {next(_TITLES)}", **extra}
    )
    return work_order(await client.work_orders.create_work_order(body=body))


def simulate(origin: str, token: str | None, work_order_id: int, action: str) -> dict[str, Any]:
    """The provider's / payer's side: ``action`` is ``work-done`` or ``paid``."""
    response = httpx.post(
        f"{origin}/_sandbox/workorders/{work_order_id}/{action}",
        params={"access_token": token or ""},
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def status_name(wo: WorkOrder) -> str:
    assert wo.status, f"work order {wo.id} has no status"
    return str(wo.status.name.value)


@pytest.fixture(scope="module")
def origin() -> Iterator[str]:
    """``http://127.0.0.1:PORT`` of a sandbox private to the test module."""
    with running() as url:
        yield url


@pytest.fixture(scope="module")
def client(origin: str) -> Iterator[FieldNation]:
    """A sync client logged in as the first seeded company (Acme, 501)."""
    with make_client(origin) as c:
        yield c


@pytest.fixture(scope="module")
def other_client(origin: str) -> Iterator[FieldNation]:
    """A sync client of the second seeded company (Globex, 502) on the same sandbox."""
    with make_client(origin, GLOBEX) as c:
        yield c
