"""Iterate over every item of a paginated list operation, fetching pages on demand.

Two styles exist in the API: page-based (``page``/``per_page``; ``metadata`` + ``results``)
and cursor-based (``cursor``/``limit``; ``data`` + ``pagination``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar

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


P = TypeVar("P")


def _next_position(style: str, page: Any, position: Any, items: list[Any]) -> Any:
    if style == "page":
        return position + 1 if items and _has_more_pages(page, position, len(items)) else None
    return _next_cursor(page)


class SyncPage(Generic[T, P]):
    """One page of a list operation, and the way to the next ones (openai-python's page).

    Attributes:
        items: This page's items.
        page: The page as the operation returned it (``metadata``/``pagination`` included).
    """

    def __init__(self, fetch: Callable[[Any], P], attr: str, style: str, position: Any, page: P) -> None:
        self._fetch, self._attr, self._style = fetch, attr, style
        self.position = position
        self.page = page
        self.items: list[T] = _items(page, attr)

    @classmethod
    def first(cls, fetch: Callable[[Any], P], attr: str, style: str) -> SyncPage[T, P]:
        start: Any = 1 if style == "page" else None
        return cls(fetch, attr, style, start, fetch(start))

    def has_next_page(self) -> bool:
        return _next_position(self._style, self.page, self.position, self.items) is not None

    def next_page(self) -> SyncPage[T, P]:
        """The following page. Raises ``StopIteration`` after the last one."""
        position = _next_position(self._style, self.page, self.position, self.items)
        if position is None:
            raise StopIteration("no next page")
        return type(self)(self._fetch, self._attr, self._style, position, self._fetch(position))

    def iter_pages(self) -> Iterator[SyncPage[T, P]]:
        """This page and every following one, fetched on demand."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items

    def __repr__(self) -> str:
        return f"<{type(self).__name__} position={self.position!r} items={len(self.items)}>"


class AsyncPage(Generic[T, P]):
    """The asyncio twin of :class:`SyncPage` (``await next_page()``, ``async for``)."""

    def __init__(
        self, fetch: Callable[[Any], Awaitable[P]], attr: str, style: str, position: Any, page: P
    ) -> None:
        self._fetch, self._attr, self._style = fetch, attr, style
        self.position = position
        self.page = page
        self.items: list[T] = _items(page, attr)

    @classmethod
    async def first(cls, fetch: Callable[[Any], Awaitable[P]], attr: str, style: str) -> AsyncPage[T, P]:
        start: Any = 1 if style == "page" else None
        return cls(fetch, attr, style, start, await fetch(start))

    def has_next_page(self) -> bool:
        return _next_position(self._style, self.page, self.position, self.items) is not None

    async def next_page(self) -> AsyncPage[T, P]:
        position = _next_position(self._style, self.page, self.position, self.items)
        if position is None:
            raise StopAsyncIteration("no next page")
        return type(self)(self._fetch, self._attr, self._style, position, await self._fetch(position))

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T, P]]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item
