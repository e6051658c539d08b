"""Every seed operation is in the spec exactly once, named and tagged by the rules."""

from __future__ import annotations

import csv
from collections import Counter
from typing import Any

from generator import paths
from generator.lint import operations


def seeds() -> dict[int, str]:
    with paths.SEEDS.open(encoding="utf-8") as fh:
        return {int(row[0]): row[1] for row in csv.reader(fh, delimiter="\t") if row}


def test_seed_list_is_the_155_operations() -> None:
    assert sorted(seeds()) == list(range(1, 156))


def test_every_seed_operation_present_exactly_once(spec: dict[str, Any]) -> None:
    found = Counter(op.get("x-seed-operation") for _, _, op in operations(spec))
    missing = sorted(set(seeds()) - set(found))
    duplicated = sorted(n for n, count in found.items() if count > 1)
    unknown = sorted(n for n in found if n not in seeds())
    assert (missing, duplicated, unknown) == ([], [], [])


def test_summaries_are_the_seed_titles(spec: dict[str, Any]) -> None:
    titles = seeds()
    wrong = {
        op["x-seed-operation"]: op.get("summary")
        for _, _, op in operations(spec)
        if op.get("summary", "").casefold() != titles.get(op.get("x-seed-operation"), "").casefold()
    }
    assert wrong == {}


def test_operation_ids_unique(spec: dict[str, Any]) -> None:
    ids = Counter(op.get("operationId") for _, _, op in operations(spec))
    assert [oid for oid, n in ids.items() if n > 1] == []


def test_every_operation_has_one_declared_tag(spec: dict[str, Any]) -> None:
    tags = {t["name"] for t in spec["tags"]}
    bad = [
        op["operationId"]
        for _, _, op in operations(spec)
        if len(op.get("tags", [])) != 1 or op["tags"][0] not in tags
    ]
    assert bad == []
    used = {op["tags"][0] for _, _, op in operations(spec)}
    assert tags - used == set(), "declared tags without operations"


def test_attachment_upload_is_multipart(spec: dict[str, Any]) -> None:
    multipart = [
        op["x-seed-operation"]
        for _, _, op in operations(spec)
        if "multipart/form-data" in (op.get("requestBody") or {}).get("content", {})
    ]
    assert multipart == [48]


def test_token_operation_is_public_and_at_the_real_path(spec: dict[str, Any]) -> None:
    item = spec["paths"]["/authentication/api/oauth/token"]
    assert item["post"]["security"] == []
    assert {s["url"] for s in item["servers"]} >= {"https://api.fieldnation.com"}


def test_security_schemes_are_alternatives(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert schemes["access_token"] == {
        **schemes["access_token"],
        "in": "query",
        "name": "access_token",
    }
    assert schemes["bearer"]["scheme"] == "bearer"
    assert "password" in schemes["oauth2_password"]["flows"]
    assert spec["security"] == [{"access_token": []}, {"bearer": []}, {"oauth2_password": []}]


def test_create_operations_link_to_their_resource(spec: dict[str, Any]) -> None:
    unlinked = []
    for _, method, op in operations(spec):
        if method == "post" and op["operationId"].startswith("create_"):
            links = [
                link
                for code, resp in op["responses"].items()
                if code.startswith("2")
                for link in (resp.get("links") or {}).values()
            ]
            if not links:
                unlinked.append(op["operationId"])
    assert unlinked == []
