"""Iterators walk every page of page-based and cursor-based lists, sync and async."""

from __future__ import annotations

import asyncio

import httpx

from .conftest import json_response


def page_api(total: int, per_page: int):
    pages = -(-total // per_page)
    seen: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        size = int(request.url.params.get("per_page", "25"))
        seen.append(page)
        start = (page - 1) * size
        ids = range(start + 1, min(start + size, total) + 1)
        return json_response(
            200,
            {
                "metadata": {"total": total, "page": page, "pages": pages, "per_page": size},
                "results": [
                    {"id": i, "title": f"WO {i}", "status": {"id": 2, "name": "Published"}}
                    for i in ids
                ],
            },
        )

    return handler, seen


def test_iterates_three_pages(make_client) -> None:
    handler, seen = page_api(total=7, per_page=3)
    client = make_client(handler, token="t")
    ids = [wo.id for wo in client.work_orders.iter_work_orders(per_page=3)]
    assert ids == list(range(1, 8))
    assert seen == [1, 2, 3]


def test_iterator_is_lazy(make_client) -> None:
    handler, seen = page_api(total=7, per_page=3)
    client = make_client(handler, token="t")
    it = client.work_orders.iter_work_orders(per_page=3)
    assert next(it).id == 1
    assert seen == [1]


def test_filters_are_passed_on_every_page(make_client) -> None:
    requests: list[httpx.Request] = []
    handler, _ = page_api(total=4, per_page=2)

    def recording(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return handler(request)

    client = make_client(recording, token="t")
    list(client.work_orders.iter_work_orders(per_page=2, f_search="POS"))
    assert [r.url.params.get("f_search") for r in requests] == ["POS", "POS"]


def test_empty_list_stops(make_client) -> None:
    handler, seen = page_api(total=0, per_page=25)
    assert list(make_client(handler, token="t").work_orders.iter_work_orders()) == []
    assert seen == [1]


def test_async_iterates_three_pages(make_async_client) -> None:
    handler, seen = page_api(total=9, per_page=3)

    async def main() -> list[int]:
        async with make_async_client(handler, token="t") as client:
            return [wo.id async for wo in client.work_orders.iter_work_orders(per_page=3)]

    assert asyncio.run(main()) == list(range(1, 10))
    assert seen == [1, 2, 3]


def test_cursor_pagination_follows_next_cursor(make_client) -> None:
    cursors: list[str | None] = []
    groups = [
        {
            "talent_pool_group_id": "c9024ae8-781c-4aa9-b86f-543671db9208",
            "name": "A",
            "project_id": 2201,
        },
        {
            "talent_pool_group_id": "0b7e3c52-6d0e-4a51-9a45-7f0c1a2b3c4d",
            "name": "B",
            "project_id": 2201,
        },
        {
            "talent_pool_group_id": "5d1f1a0e-2f6b-4c1d-8e3a-9b8c7d6e5f40",
            "name": "C",
            "project_id": 2201,
        },
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        cursors.append(cursor)
        index = 0 if cursor is None else int(cursor)
        last = index == len(groups) - 1
        return json_response(
            200,
            {
                "data": [groups[index]],
                "pagination": {
                    "next_cursor": None if last else str(index + 1),
                    "prev_cursor": None,
                    "limit": 1,
                    "has_next_page": not last,
                    "has_prev_page": index > 0,
                },
            },
        )

    client = make_client(handler, token="t")
    names = [g.name for g in client.talent_pool_groups.iter_talent_pool_groups(limit=1)]
    assert names == ["A", "B", "C"]
    assert cursors == [None, "1", "2"]
