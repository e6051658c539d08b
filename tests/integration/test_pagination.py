"""The ``iter_*`` iterators walk every page of a real list: 250 new work orders (plus the
seeded ones) come back exactly once each, sync and async, fetching each page once."""

from __future__ import annotations

import asyncio
import math
from collections import Counter
from collections.abc import Iterator

import httpx
import pytest
from fieldnation_client import FieldNation
from fieldnation_client.models import (
    ContactInput,
    ListWorkOrdersOrder,
    WorkOrderCreate,
)

from .conftest import GLOBEX, make_async_client, make_client, new_work_order, work_order

CREATED = 250
PER_PAGE = 40
TITLE = "Paginate"


def list_requests(requests: list[httpx.Request]) -> list[httpx.Request]:
    return [r for r in requests if r.method == "GET" and r.url.path.endswith("/workorders")]


@pytest.fixture(scope="module")
def created_ids(client: FieldNation) -> list[int]:
    """250 new work orders of Acme, titled ``Paginate NNN``."""
    ids = []
    for n in range(CREATED):
        body = WorkOrderCreate(title=f"{TITLE} {n:03d}")
        ids.append(work_order(client.work_orders.create_work_order(body=body)).id)
    assert len(set(ids)) == CREATED
    return ids


@pytest.fixture
def recorded(origin: str) -> Iterator[tuple[FieldNation, list[httpx.Request]]]:
    """A client whose requests are recorded (an httpx event hook on its own connection pool)."""
    requests: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [requests.append]})
    with make_client(origin, http_client=http) as c:
        yield c, requests


def test_every_work_order_exactly_once(
    created_ids: list[int], recorded: tuple[FieldNation, list[httpx.Request]]
) -> None:
    client, requests = recorded
    total = client.work_orders.list_work_orders(per_page=1).metadata.total
    assert isinstance(total, int) and total > CREATED  # the seeded ones too
    requests.clear()

    seen = [wo.id for wo in client.work_orders.iter_work_orders(per_page=PER_PAGE)]

    duplicates = [i for i, n in Counter(seen).items() if n > 1]
    assert not duplicates, duplicates
    assert len(seen) == total
    assert set(created_ids) <= set(seen)
    pages = list_requests(requests)
    assert len(pages) == math.ceil(total / PER_PAGE)
    assert [r.url.params["page"] for r in pages] == [str(p) for p in range(1, len(pages) + 1)]
    assert {r.url.params["per_page"] for r in pages} == {str(PER_PAGE)}


def test_filtered_and_sorted_iteration(
    created_ids: list[int], recorded: tuple[FieldNation, list[httpx.Request]]
) -> None:
    client, requests = recorded
    requests.clear()
    seen = list(
        client.work_orders.iter_work_orders(
            per_page=PER_PAGE,
            f_search=TITLE,
            sort="title",  # any column id (the sort is not a closed list)
            order=ListWorkOrdersOrder.ASC,
        )
    )
    assert [wo.id for wo in seen] == created_ids  # created in title order
    assert [wo.title for wo in seen] == [f"{TITLE} {n:03d}" for n in range(CREATED)]
    assert len(list_requests(requests)) == math.ceil(CREATED / PER_PAGE)  # 7: no extra fetch


def test_async_iterator_every_work_order_exactly_once(
    created_ids: list[int], origin: str, client: FieldNation
) -> None:
    expected = [wo.id for wo in client.work_orders.iter_work_orders(per_page=100)]
    requests: list[httpx.Request] = []

    async def record(request: httpx.Request) -> None:
        requests.append(request)

    async def main() -> list[int]:
        http = httpx.AsyncClient(event_hooks={"request": [record]})
        async with make_async_client(origin, http_client=http) as aclient:
            return [wo.id async for wo in aclient.work_orders.iter_work_orders(per_page=PER_PAGE)]

    seen = asyncio.run(main())
    assert len(seen) == len(set(seen))
    assert seen == expected  # same order too: id descending, the API's default
    assert set(created_ids) <= set(seen)
    assert len(list_requests(requests)) == math.ceil(len(expected) / PER_PAGE)


def test_sub_resource_iterator(origin: str) -> None:
    """A work order's contacts, three per page (Globex, so Acme's work orders stay as counted)."""
    with make_client(origin, GLOBEX) as globex:
        wo_id = new_work_order(globex).id
        names = [f"Contact {n}" for n in range(10)]
        for name in names:
            globex.contacts.create_work_order_contact(
                wo_id, body=ContactInput.from_dict({"role": "Location Contact", "name": name})
            )
        everyone = [c.id for c in globex.contacts.list_work_order_contacts(wo_id).results]
        paged = [c for c in globex.contacts.iter_work_order_contacts(wo_id, per_page=3)]
    assert [c.id for c in paged] == everyone
    assert set(names) <= {c.name for c in paged}
