"""The request's own parsing gives what the libraries it stands in for give: the query
string (Starlette's ``QueryParams``) and the API's timestamps (``datetime``)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from starlette.datastructures import QueryParams

from sandbox.app import query_values
from sandbox.jsoncodec import dumps
from sandbox.resources._common import date_obj, utc

from .conftest import Api

QUERIES = [
    "",
    "access_token=abc",
    "access_token=abc&per_page=5&page=2",
    "a=1&a=2&b=&c&&=x&d==e",
    "f_search=two+words&f_city=x%20y",
    "f_search=%E2%82%AC%zz&x=%",
    "columns=title,pay&sort=title&order=asc",
    "é=ü&k=v;w",
    "&&&",
]


@pytest.mark.parametrize("query", QUERIES)
def test_query_values_are_starlettes(query: str) -> None:
    raw = query.encode("utf-8")
    params = QueryParams(raw)
    expected: dict[str, list[str]] = {}
    for key, value in params.multi_items():
        expected.setdefault(key, []).append(value)
    got = query_values(raw)
    assert list(got.items()) == list(expected.items())
    for key in got:
        assert got[key][-1] == params[key]


STAMPS = [0.0, 1.0, 1764500000.0, 1764500000.4999995, 1764500000.9999995, 1764500000.9999994]
STAMPS += [1764500000.99999949, 253402300799.9999, -0.5, -1.0000004, 1e9 + 0.5]


@pytest.mark.parametrize("ts", STAMPS)
def test_timestamps_are_datetimes(ts: float) -> None:
    moment = datetime.fromtimestamp(ts, UTC)
    for _ in range(2):  # computed, then remembered
        assert utc(ts) == moment.strftime("%Y-%m-%d %H:%M:%S")
        assert date_obj(ts) == {
            "utc": moment.strftime("%Y-%m-%d %H:%M:%S"),
            "local": {"date": moment.strftime("%Y-%m-%d"), "time": moment.strftime("%H:%M:%S")},
        }


def test_work_order_answers_are_the_documents_json(api: Api, app: object) -> None:
    """A create or get answers the stored bytes as they are: exactly the JSON of the decoded
    document (what encoding it again would give), big integers included."""
    store = app.state.sandbox.store  # type: ignore[attr-defined]
    for body in ({"title": "Plain"}, {"title": "Big", "defaultTemplateId": 2**70 + 1}):
        created = api.call("create_work_order", json=body, expect=201)
        wo = created.json()
        got = api.call("get_work_order", path={"work_order_id": wo["id"]}, expect=200)
        doc = store.get("work_order", wo["id"])
        assert created.content == got.content == dumps(doc)
