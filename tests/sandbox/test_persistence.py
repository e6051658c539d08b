"""State survives a restart on the same database; 20 concurrent writers lose no update (on
both backends: ``empty_db``)."""

from __future__ import annotations

import threading

import httpx
from starlette.testclient import TestClient

from sandbox.app import create_app
from sandbox.server import running

from .conftest import Api


def test_data_and_tokens_survive_restart(empty_db: str) -> None:
    db = empty_db
    with TestClient(create_app(db)) as client:
        api = Api(client)
        api.login()
        wo = api.call("create_work_order", json={"title": "Persist me"}, expect=201).json()["id"]
        api.call("publish_work_order", path={"work_order_id": wo}, expect=200)
        token = api.token
    with TestClient(create_app(db)) as client:
        api = Api(client)
        got = api.call("get_work_order", path={"work_order_id": wo}, token=token, expect=200).json()
        assert got["title"] == "Persist me" and got["status"]["name"] == "Published"
        again = api.call(
            "create_work_order", json={"title": "next"}, token=token, expect=201
        ).json()["id"]
        assert again > wo, "id counters persist too"


def test_reset_reseeds(empty_db: str) -> None:
    import subprocess
    import sys

    db = empty_db
    with TestClient(create_app(db)) as client:
        api = Api(client)
        api.call("create_work_order", json={"title": "gone after reset"}, expect=201)
    out = subprocess.run(
        [sys.executable, "-m", "sandbox", "reset", "--db", str(db)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "reseeded" in out.stdout
    with TestClient(create_app(db)) as client:
        api = Api(client)
        titles = [
            w["title"]
            for w in api.call("list_work_orders", query={"per_page": 100}, expect=200).json()[
                "results"
            ]
        ]
        assert "gone after reset" not in titles


def test_twenty_concurrent_writers_lose_no_update(empty_db: str) -> None:
    writers, each = 20, 5
    with running(empty_db) as base:
        with httpx.Client(base_url=base) as http:
            from sandbox.seed import COMPANIES

            creds = COMPANIES[0]
            token = http.post(
                "/authentication/api/oauth/token",
                json={
                    "grant_type": "password",
                    **{k: creds[k] for k in ("client_id", "client_secret", "username", "password")},
                },
            ).json()["access_token"]
            wo = http.post(
                "/api/rest/v2/workorders",
                params={"access_token": token},
                json={"title": "contended"},
            ).json()["id"]
        errors: list[str] = []

        def write(n: int) -> None:
            with httpx.Client(base_url=base, timeout=30) as http:
                for i in range(each):
                    r = http.post(
                        f"/api/rest/v2/workorders/{wo}/contacts",
                        params={"access_token": token},
                        json={
                            "role": "Location Contact",
                            "name": f"writer {n}.{i}",
                            "phone": "4805550000",
                        },
                    )
                    if r.status_code != 201:
                        errors.append(f"{r.status_code} {r.text[:200]}")

        threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        with httpx.Client(base_url=base) as http:
            contacts = http.get(
                f"/api/rest/v2/workorders/{wo}/contacts",
                params={"access_token": token, "per_page": 100},
            ).json()
        names = {c["name"] for c in contacts["results"]}
        assert {f"writer {n}.{i}" for n in range(writers) for i in range(each)} <= names
