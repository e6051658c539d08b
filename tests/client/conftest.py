"""Client tests run the committed generated package against httpx.MockTransport."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from generator import paths

if str(paths.GENERATED) not in sys.path:
    sys.path.insert(0, str(paths.GENERATED))

from fieldnation_client import AsyncFieldNation, FieldNation

Handler = Callable[[httpx.Request], httpx.Response]

WORK_ORDER = {"id": 1001, "title": "Replace POS terminal", "status": {"id": 1, "name": "Draft"}}


class Recorder:
    """A MockTransport handler that replays scripted responses and records requests."""

    def __init__(self, *responses: httpx.Response | Exception | Handler) -> None:
        self.script = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if isinstance(step, Exception):
            raise step
        if callable(step) and not isinstance(step, httpx.Response):
            return step(request)
        return step


def json_response(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def make_client(sleeps: list[float]) -> Iterator[Callable[..., FieldNation]]:
    made: list[FieldNation] = []

    def make(handler: Handler, **options: Any) -> FieldNation:
        options.setdefault("base_url", "https://api.test/api/rest/v2")
        client = FieldNation(
            http_client=httpx.Client(transport=httpx.MockTransport(handler)), **options
        )
        client._sleep = sleeps.append
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def make_async_client(sleeps: list[float]) -> Callable[..., AsyncFieldNation]:
    def make(handler: Handler, **options: Any) -> AsyncFieldNation:
        options.setdefault("base_url", "https://api.test/api/rest/v2")
        client = AsyncFieldNation(
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)), **options
        )

        async def fake_sleep(seconds: float) -> None:
            sleeps.append(seconds)

        client._sleep = fake_sleep
        return client

    return make
