"""Signatures: add (both body spellings), list newest first, get, delete; errors and tenancy."""

from __future__ import annotations

import base64
import hashlib

from .conftest import Api
from .recipes.signatures import PNG, SIGNATURE, signed
from .recipes.work_orders import new_work_order


def test_create_get_list_delete(api: Api) -> None:
    wo, sig = signed(api)
    got = api.call(
        "get_work_order_signature", path={"work_order_id": wo, "signature_id": sig}, expect=200
    ).json()
    assert got["name"] == "Jordan Blake" and got["format"] == "image/png" and got["data"] == PNG
    assert got["hash"] == hashlib.md5(base64.b64decode(PNG), usedforsecurity=False).hexdigest()
    assert got["author"]["id"] == 7001 and got["actions"] == ["delete"]
    listed = api.call("list_work_order_signatures", path={"work_order_id": wo}, expect=200).json()
    assert [s["id"] for s in listed["results"]] == [sig] and listed["actions"] == ["add"]
    after = api.call(
        "delete_work_order_signature", path={"work_order_id": wo, "signature_id": sig}, expect=200
    ).json()
    assert after["signatures"]["results"] == [] and after["signatures"]["metadata"]["total"] == 0
    api.call(
        "get_work_order_signature", path={"work_order_id": wo, "signature_id": sig}, expect=404
    )
    api.call(
        "delete_work_order_signature", path={"work_order_id": wo, "signature_id": sig}, expect=404
    )


def test_guide_spelling_with_data_url(api: Api) -> None:
    wo = new_work_order(api)
    body = {
        "name": "Jordan Blake",
        "title": "Store Manager",
        "signature": f"data:image/png;base64,{PNG}",
    }
    created = api.call(
        "create_work_order_signature", path={"work_order_id": wo}, json=body, expect=201
    ).json()
    first = created["signatures"]["results"][0]
    assert first["format"] == "image/png" and first["data"] == PNG


def test_newest_first_and_pages(api: Api) -> None:
    wo = new_work_order(api)
    ids = []
    for name in ("First Signer", "Second Signer", "Third Signer"):
        body = api.call(
            "create_work_order_signature",
            path={"work_order_id": wo},
            json={**SIGNATURE, "name": name},
            expect=201,
        ).json()
        ids.append(body["signatures"]["results"][0]["id"])
    listed = api.call(
        "list_work_order_signatures", path={"work_order_id": wo}, query={"per_page": 2}, expect=200
    ).json()
    assert [s["id"] for s in listed["results"]] == ids[::-1][:2] and listed["metadata"][
        "pages"
    ] == 2
    last = api.call(
        "list_work_order_signatures",
        path={"work_order_id": wo},
        query={"per_page": 2, "page": 2},
        expect=200,
    ).json()
    assert [s["id"] for s in last["results"]] == [ids[0]]
    embedded = api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()[
        "signatures"
    ]
    assert embedded["metadata"]["total"] == 3


def test_svg_and_bad_images(api: Api) -> None:
    wo = new_work_order(api)
    svg = "<svg xmlns='http://www.w3.org/2000/svg'><path d='M0 0 L10 10'/></svg>"
    body = api.call(
        "create_work_order_signature",
        path={"work_order_id": wo},
        json={"name": "A", "format": "svg", "data": svg},
        expect=201,
    ).json()
    assert body["signatures"]["results"][0]["data"] == svg
    r = api.call(
        "create_work_order_signature",
        path={"work_order_id": wo},
        json={"name": "A", "data": "not base64!!"},
        expect=422,
    )
    assert r.json()["errors"][0]["field"] == "body.data"
    api.call(
        "create_work_order_signature", path={"work_order_id": wo}, json={"name": "A"}, expect=400
    )


def test_unknown_task_is_422(api: Api) -> None:
    wo = new_work_order(api)
    r = api.call(
        "create_work_order_signature",
        path={"work_order_id": wo},
        json={**SIGNATURE, "task": {"id": 999999}},
        expect=422,
    )
    assert r.json()["errors"][0]["field"] == "body.task.id"


def test_async_is_202(api: Api) -> None:
    wo = new_work_order(api)
    r = api.call(
        "create_work_order_signature",
        path={"work_order_id": wo},
        query={"async": "true"},
        json=SIGNATURE,
        expect=202,
    )
    assert r.json()["job_id"] >= 1
    assert (
        api.call("list_work_order_signatures", path={"work_order_id": wo}, expect=200).json()[
            "metadata"
        ]["total"]
        == 1
    )


def test_unknown_and_foreign_are_404(api: Api, other: Api) -> None:
    wo, sig = signed(api)
    api.call("list_work_order_signatures", path={"work_order_id": 999999}, expect=404)
    api.call(
        "get_work_order_signature", path={"work_order_id": wo, "signature_id": 999999}, expect=404
    )
    other.call("list_work_order_signatures", path={"work_order_id": wo}, expect=404)
    other.call(
        "get_work_order_signature", path={"work_order_id": wo, "signature_id": sig}, expect=404
    )
    other.call(
        "create_work_order_signature", path={"work_order_id": wo}, json=SIGNATURE, expect=404
    )
    other.call(
        "delete_work_order_signature", path={"work_order_id": wo, "signature_id": sig}, expect=404
    )
    api.call(
        "get_work_order_signature", path={"work_order_id": wo, "signature_id": sig}, expect=200
    )
