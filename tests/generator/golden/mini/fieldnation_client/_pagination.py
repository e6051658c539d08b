"""Iterate over every item of a paginated list operation, fetching pages on demand.

Two styles exist in the API: page-based (``page``/``per_page``; ``metadata`` + ``results``)
and cursor-based (``cursor``/``limit``; ``data`` + ``pagination``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, TypeVar

from .types import Unset

T = TypeVar("T")


def _items(page: Any, attr: str) -> list[Any]:
    items = getattr(page, attr, None)
    return [] if items is None or isinstance(items, Unset) else list(items)


def _has_more_pages(page: Any, number: int, count: int) -> bool:
    meta = getattr(page, "metadata", None)
    pages = getattr(meta, "pages", None)
    if isinstance(pages, int) and not isinstance(pages, bool):
        return number < pages
    return count > 0


def _next_cursor(page: Any) -> str | None:
    pagination = getattr(page, "pagination", None)
    if pagination is None or getattr(pagination, "has_next_page", True) is False:
        return None
    cursor = getattr(pagination, "next_cursor", None)
    return cursor if isinstance(cursor, str) and cursor else None


def iter_pages(fetch: Callable[[int], Any], attr: str, first: int = 1) -> Iterator[Any]:
    """Items of ``fetch(1)``, ``fetch(2)``, ... until the last page."""
    number = first
    while True:
        page = fetch(number)
        items = _items(page, attr)
        yield from items
        if not items or not _has_more_pages(page, number, len(items)):
            return
        number += 1


async def aiter_pages(
    fetch: Callable[[int], Awaitable[Any]], attr: str, first: int = 1
) -> AsyncIterator[Any]:
    number = first
    while True:
        page = await fetch(number)
        items = _items(page, attr)
        for item in items:
            yield item
        if not items or not _has_more_pages(page, number, len(items)):
            return
        number += 1


def iter_cursor(fetch: Callable[[str | None], Any], attr: str, first: str | None = None) -> Iterator[Any]:
    """Items of every page, following ``pagination.next_cursor``."""
    cursor = first
    while True:
        page = fetch(cursor)
        yield from _items(page, attr)
        cursor = _next_cursor(page)
        if cursor is None:
            return


async def aiter_cursor(
    fetch: Callable[[str | None], Awaitable[Any]], attr: str, first: str | None = None
) -> AsyncIterator[Any]:
    cursor = first
    while True:
        page = await fetch(cursor)
        for item in _items(page, attr):
            yield item
        cursor = _next_cursor(page)
        if cursor is None:
            return
