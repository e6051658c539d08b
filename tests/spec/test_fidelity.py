"""Every operation says where its facts come from (``x-evidence``), and the checker that
enforces it reports each problem with the operation, the source file and the JSON pointer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.bundle import Bundle, bundle
from generator.cli import main
from generator.fidelity import check, evidence_problems, render, report

GOOD = {
    "level": "playground",
    "sources": ["https://developer.fieldnation.com/docs/rest-api/playground/work-orders"],
    "checked": "2026-11-30",
}


def test_every_operation_carries_well_formed_evidence(spec_bundle: Bundle) -> None:
    problems = [str(p) for p in check(spec_bundle)]
    assert problems == []


def _spec(tmp_path: Path, operations: dict[str, Any], extra: Any = None) -> Bundle:
    """A tiny split spec: a root plus one path file, bundled like the real one."""
    (tmp_path / "paths").mkdir()
    (tmp_path / "paths" / "things.yaml").write_text(yaml.safe_dump(operations), "utf-8")
    root = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "tags": [{"name": "Things"}],
        "paths": {p: {"$ref": f"paths/things.yaml#/{p.replace('/', '~1')}"} for p in operations},
        "components": extra or {},
    }
    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(root, sort_keys=False), "utf-8")
    return bundle(tmp_path / "openapi.yaml")


def _op(oid: str, **extra: Any) -> dict[str, Any]:
    return {
        "operationId": oid,
        "tags": ["Things"],
        "x-seed-operation": 1,
        "responses": {"200": {"description": "ok"}},
        **extra,
    }


def test_missing_evidence_names_operation_file_and_pointer(tmp_path: Path) -> None:
    result = _spec(
        tmp_path,
        {
            "/things": {"get": _op("list_things", **{"x-evidence": GOOD})},
            "/things/{id}": {"get": _op("get_thing")},
        },
    )
    problems = check(result)
    assert [str(p) for p in problems] == [
        "paths/things.yaml#/~1things~1{id}/get: GET /things/{id} (get_thing): x-evidence is missing"
    ]


@pytest.mark.parametrize(
    ("evidence", "expected"),
    [
        ({**GOOD, "level": "blog"}, ("/level", "level must be one of")),
        ({**GOOD, "sources": []}, ("/sources", "non-empty list of URLs")),
        ({**GOOD, "sources": ["developer.fieldnation.com"]}, ("/sources/0", "not an http(s) URL")),
        (
            {**GOOD, "sources": ["https://github.com/o/r/blob/HEAD/src/A.java"]},
            ("/sources/0", "name the commit read"),
        ),
        (
            {**GOOD, "sources": [GOOD["sources"][0], "https://github.com/o/r/blob/main/A.java"]},
            ("/sources/1", "cited at 'main'"),
        ),
        ({k: v for k, v in GOOD.items() if k != "sources"}, ("", "sources (a list of URLs)")),
        ({k: v for k, v in GOOD.items() if k != "checked"}, ("", "checked (the date")),
        ({**GOOD, "checked": "30/11/2026"}, ("/checked", "YYYY-MM-DD")),
        ({"level": "inferred", "checked": "2026-11-30"}, ("", "level inferred needs")),
        ({**GOOD, "url": "https://x.example"}, ("/url", "unknown key 'url'")),
        ("playground", ("", "must be a mapping")),
    ],
)
def test_malformed_evidence_is_located(
    tmp_path: Path, evidence: Any, expected: tuple[str, str]
) -> None:
    result = _spec(tmp_path, {"/things": {"get": _op("list_things", **{"x-evidence": evidence})}})
    problems = check(result)
    assert len(problems) == 1, [str(p) for p in problems]
    assert problems[0].file == "paths/things.yaml"
    assert problems[0].pointer == "/~1things/get/x-evidence" + expected[0]
    assert expected[1] in problems[0].message
    assert "GET /things (list_things)" in problems[0].message


def test_a_github_file_at_a_commit_is_evidence() -> None:
    pinned = "https://github.com/o/r/blob/7ddd1b43571c9f9778a24c71fa2e748147e3624a/src/A.java"
    assert evidence_problems({**GOOD, "sources": [pinned]}, operation=True) == []
    # a repository or an issue is not a file at a ref
    others = ["https://github.com/o/r", "https://github.com/o/r/issues/3"]
    assert evidence_problems({**GOOD, "sources": others}, operation=True) == []


def test_inferred_operation_needs_no_sources_but_says_what() -> None:
    ok = {"level": "inferred", "checked": "2026-11-30", "inferred": "path from the client's"}
    assert evidence_problems(ok, operation=True) == []
    # a field's evidence may be just the level and what was inferred
    assert (
        evidence_problems({"level": "inferred", "inferred": "the default"}, operation=False) == []
    )
    assert evidence_problems({"level": "inferred"}, operation=False) != []


def test_sandbox_marks_and_old_sources_key(tmp_path: Path) -> None:
    op = _op(
        "list_things",
        **{"x-evidence": GOOD, "x-fn-sources": ["https://developer.fieldnation.com/"]},
    )
    op["parameters"] = [
        {
            "name": "cursor",
            "in": "query",
            "schema": {"type": "string"},
            "x-sandbox": True,
            "description": "The local sandbox's name for the page cursor.",
        },
        {"name": "order", "in": "query", "schema": {"type": "string"}, "x-sandbox": True},
        {"name": "limit", "in": "query", "schema": {"type": "integer"}, "x-sandbox": "yes"},
    ]
    result = _spec(tmp_path, {"/things": {"get": op}})
    messages = sorted(f"{p.pointer}: {p.message}" for p in check(result))
    assert messages == [
        "/~1things/get/parameters/1: x-sandbox item needs a description or x-note saying it is ours",
        "/~1things/get/parameters/2/x-sandbox: x-sandbox must be true, got 'yes'",
        "/~1things/get/x-fn-sources: x-fn-sources is replaced by x-evidence.sources",
    ]
    rep = report(result)
    assert rep.sandbox[0].what == (
        "query parameter 'cursor' of GET /things: The local sandbox's name for the page cursor."
    )
    assert rep.sandbox[0].source == "paths/things.yaml#/~1things/get/parameters/0"


def test_report_counts_levels_and_lists_every_operation(tmp_path: Path) -> None:
    inferred = {"level": "inferred", "checked": "2026-11-30", "inferred": "the whole path"}
    result = _spec(
        tmp_path,
        {
            "/things": {
                "get": _op("list_things", **{"x-evidence": GOOD}),
                "post": _op("create_thing", **{"x-evidence": inferred}),
            },
            "/things/{id}": {"get": _op("get_thing")},
        },
    )
    rep = report(result)
    assert rep.counts() == {
        "observed": 0,
        "playground": 1,
        "guide": 0,
        "legacy": 0,
        "client": 0,
        "inferred": 1,
        "missing": 1,
    }
    text = render(rep)
    assert "| create_thing | Things | inferred | - (inferred: the whole path) |" in text
    assert GOOD["sources"][0] in text
    assert "| **all** | **3** |" in text


def test_cli_check_fails_with_located_messages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _spec(tmp_path, {"/things": {"get": _op("list_things")}})
    out = tmp_path / "report.md"
    code = main(
        ["--spec", str(tmp_path / "openapi.yaml"), "fidelity", "--check", "--out", str(out)]
    )
    captured = capsys.readouterr()
    assert code == 1
    assert "paths/things.yaml#/~1things/get: GET /things (list_things): x-evidence is missing" in (
        captured.err
    )
    assert "| missing | 1 |" in captured.out
    assert out.read_text("utf-8") in captured.out
