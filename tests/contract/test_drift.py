"""The drift report and --propose, end to end: real traffic through the proxy, to the local
sandbox (no drift) and to an upstream that drifts in every way the report knows."""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from contract.drift import main as drift_main
from contract.proxy import running as proxy
from contract.spec_index import ApiSpec
from generator.bundle import bundle, dumps
from generator.paths import GENERATED
from sandbox.seed import COMPANIES
from sandbox.server import running as sandbox
from tests.contract.drift_upstream import (
    EXPECTED,
    SECRETS,
    drifting_app,
    drive,
    serving,
    write_spec,
)

ROOT = Path(__file__).resolve().parents[2]


def _report(out: Path) -> dict[str, Any]:
    return json.loads((out / "drift.json").read_text())


@pytest.fixture(scope="module")
def drifted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One recording of the drifting upstream through the proxy, against the small spec."""
    work = tmp_path_factory.mktemp("drifted")
    root = write_spec(work / "pristine")
    logger = logging.getLogger("contract.proxy")
    records: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: records.append(record.getMessage())  # type: ignore[method-assign]
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        with (
            serving(drifting_app()) as upstream,
            proxy(upstream, work / "rec", ApiSpec.load(root)) as (url, rec),
        ):
            drive(url)
            rec.drain()
    finally:
        logger.removeHandler(handler)
    return {"work": work, "root": root, "har": work / "rec" / "traffic.har", "log": records}


def test_every_drift_kind_is_found_with_its_operation_and_pointer(
    drifted: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = drift_main(
        ["--har", str(drifted["har"]), "--out", str(tmp_path), "--spec", str(drifted["root"])]
    )
    assert code == 1
    report = _report(tmp_path)
    found = {(f["operation_id"], f["kind"], f["pointer"]): f for f in report["findings"]}
    for key in EXPECTED:
        assert key in found, f"{key} not reported; got {sorted(found)}"
    assert len(found) == len(EXPECTED), sorted(set(found) - set(EXPECTED))
    # one finding per (operation, kind, pointer), counted over the exchanges
    assert (
        found[("get_work_order", "unknown_enum_value", "/response/200/body/status/name")]["count"]
        == 2
    )
    unknown = found[(None, "unknown_operation", "")]
    assert (unknown["method"], unknown["path"], unknown["count"]) == (
        "GET",
        "/api/rest/v2/gadgets/{id}",
        2,
    )
    enum = found[("get_work_order", "unknown_enum_value", "/response/200/body/status/name")]
    assert enum["observed"] == "on_hold" and "draft" in enum["expected"]
    assert enum["path"] == "/workorders/{work_order_id}" and enum["method"] == "GET"
    # example_entry points at an exchange that shows it
    har = json.loads(drifted["har"].read_text())["log"]["entries"]
    assert har[enum["example_entry"]]["request"]["url"].split("?")[0].endswith("/workorders/1")
    assert (
        har[found[("get_work_order", "undocumented_status", "/response/418")]["example_entry"]][
            "response"
        ]["status"]
        == 418
    )
    # the markdown groups by operation, worst first
    md = (tmp_path / "drift.md").read_text()
    assert md.index("## unknown operation") < md.index("## `get_work_order`")
    assert "| unknown_enum_value | `/response/200/body/status/name` | `on_hold` |" in md
    assert f"{len(EXPECTED)} findings" in capsys.readouterr().out


def test_secrets_never_reach_the_har_the_reports_or_the_logs(
    drifted: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drift_main(
        ["--har", str(drifted["har"]), "--out", str(tmp_path), "--spec", str(drifted["root"])]
    )
    out = capsys.readouterr()
    texts = {
        "har": drifted["har"].read_text(),
        "drift.json": (tmp_path / "drift.json").read_text(),
        "drift.md": (tmp_path / "drift.md").read_text(),
        "proxy log": "\n".join(drifted["log"]),
        "drift output": out.out + out.err,
    }
    assert drifted["log"], "the proxy logged nothing"
    for name, text in texts.items():
        for secret in SECRETS:
            assert secret not in text, f"{secret} leaked into {name}"
    har = texts["har"]
    assert "access_token=%5Bscrubbed%5D" in har or "access_token=[scrubbed]" in har
    assert '"Bearer [scrubbed]"' in har  # the scheme stays, the credential goes
    assert har.count("[scrubbed]") >= 10  # query, body fields, token answer, cookie, echo


def test_propose_edits_the_sources_so_a_second_run_finds_nothing(
    drifted: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec_dir = tmp_path / "spec"
    shutil.copytree(drifted["root"].parent, spec_dir)
    root = spec_dir / "openapi.yaml"
    (spec_dir / "dist").mkdir()
    base = spec_dir / "dist" / "base.json"
    base.write_text(dumps(bundle(root).document))
    (spec_dir / "dist" / "openapi.json").write_text(base.read_text())
    before = {p.relative_to(spec_dir): p.read_text() for p in spec_dir.rglob("*.yaml")}

    code = drift_main(
        [
            "--har",
            str(drifted["har"]),
            "--out",
            str(tmp_path / "r1"),
            "--propose",
            "--spec-root",
            str(root),
        ]
    )
    assert code == 1
    printed = capsys.readouterr().out
    assert "not proposed" not in printed, printed
    after = {p.relative_to(spec_dir): p.read_text() for p in spec_dir.rglob("*.yaml")}
    changed = {k for k in after if before.get(k) != after[k]}
    assert Path("components/schemas/work_orders.yaml") in changed
    assert Path("paths/observed.yaml") in changed
    schemas = after[Path("components/schemas/work_orders.yaml")]
    assert "# A deliberately small work order." in schemas  # comments survive
    assert "enum: [draft, published, assigned, on_hold]" in schemas
    assert "level: observed" in schemas
    # never the bundle by hand: it is rebuilt from the edited sources
    assert json.loads((spec_dir / "dist" / "openapi.json").read_text()) == bundle(root).document

    # the same HAR against the edited spec: nothing left
    assert (
        drift_main(
            ["--har", str(drifted["har"]), "--out", str(tmp_path / "r2"), "--spec", str(root)]
        )
        == 0
    )
    assert _report(tmp_path / "r2")["findings"] == []

    # make diff lists the changes
    diff = subprocess.run(
        [sys.executable, "-m", "generator", "--spec", str(root), "diff", "--base-file", str(base),
         "--head", str(spec_dir / "dist" / "openapi.json")],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert diff.returncode == 0, diff.stderr
    for expected in ("on_hold", "phone", "418", "/gadgets/{id}"):
        assert expected in diff.stdout, (expected, diff.stdout)


def test_the_local_sandbox_shows_no_drift(tmp_path: Path) -> None:
    demo = COMPANIES[0]
    creds = {k: demo[k] for k in ("client_id", "client_secret", "username", "password")}
    with sandbox() as origin, proxy(origin, tmp_path / "rec") as (url, rec):
        with httpx.Client(base_url=url, timeout=30) as client:
            token_url = "/authentication/api/oauth/token"
            client.post(token_url, data={"grant_type": "password", **creds}).raise_for_status()
            token = client.post(token_url, json={"grant_type": "password", **creds}).json()[
                "access_token"
            ]
            auth = {"access_token": token}
            api = "/api/rest/v2"
            client.get(f"{api}/workorders/1001", params=auth).raise_for_status()
            client.get(f"{api}/workorders/1001", headers={"Authorization": f"Bearer {token}"})
            client.get(
                f"{api}/workorders", params={**auth, "list": "workorders_in_flight", "per_page": 5}
            )
            created = client.post(f"{api}/workorders", params=auth, json={"title": "Drift check"})
            assert created.status_code in (200, 201), created.text
            client.get(f"{api}/workorders/{created.json()['id']}", params=auth).raise_for_status()
            assert client.get(f"{api}/workorders/99999999", params=auth).status_code == 404
            assert client.get(f"{api}/workorders/1001").status_code == 401
        # and our generated client pointed at the proxy, as the README says
        if str(GENERATED) not in sys.path:
            sys.path.insert(0, str(GENERATED))
        from fieldnation_client import FieldNation

        with FieldNation(base_url=f"{url}/api/rest/v2", **creds) as fn:
            assert fn.work_orders.get_work_order(1001).id == 1001
        rec.drain()
    code = drift_main(
        ["--har", str(tmp_path / "rec" / "traffic.har"), "--out", str(tmp_path / "out")]
    )
    report = _report(tmp_path / "out")
    assert report["checked"] == 11  # 9 + the client's token and get
    assert report["findings"] == [], (tmp_path / "out" / "drift.md").read_text()
    assert code == 0
    assert "No drift" in (tmp_path / "out" / "drift.md").read_text()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not a HAR file: invalid JSON"),
        ('{"entries": []}', "no top-level 'log' object"),
        ('{"log": {"entries": {}}}', "#/log/entries: missing or not a list"),
        (
            '{"log": {"entries": [{"response": {"status": 200}}]}}',
            "#/log/entries/0: missing 'request'",
        ),
        (
            '{"log": {"entries": [{"request": {"method": "GET"}, "response": {"status": 200}}]}}',
            "#/log/entries/0/request: missing 'url'",
        ),
        (
            '{"log": {"entries": [{"request": {"method": "GET", "url": "http://x/a"}, "response": {"status": "200"}}]}}',
            "#/log/entries/0/response/status: expected an integer",
        ),
        (
            '{"log": {"entries": [{"request": {"method": "GET", "url": "http://x/a"}, "response": {"status": 200, "content": {"text": "%%%", "encoding": "base64"}}}]}}',
            "response/content/text: invalid base64",
        ),
    ],
)
def test_a_malformed_har_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    har = tmp_path / "bad.har"
    har.write_text(content)
    assert drift_main(["--har", str(har), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {har}") and message in err, err
    assert "Traceback" not in err


def test_a_missing_har_is_a_clear_error(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "contract", "drift", "--har", str(tmp_path / "nope.har"), "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 2
    assert "error:" in proc.stderr and "nope.har" in proc.stderr and "Traceback" not in proc.stderr


def _entry(url: str, status: int, body: Any, **extra: Any) -> dict[str, Any]:
    text = body if isinstance(body, str) else json.dumps(body)
    return {
        "startedDateTime": "2026-11-30T10:00:00.000Z",
        "time": 12,
        "request": {"method": "GET", "url": url, "httpVersion": "HTTP/2", "headers": [], "cookies": [], "queryString": [], "headersSize": -1, "bodySize": 0},
        "response": {"status": status, "statusText": "", "httpVersion": "HTTP/2", "headers": [{"name": "content-encoding", "value": "gzip"}], "cookies": [], "content": {"size": len(text), "mimeType": "application/json; charset=utf-8", "text": text}, "redirectURL": "", "headersSize": -1, "bodySize": -1},
        "cache": {},
        "timings": {"send": 0, "wait": 10, "receive": 2},
        **extra,
    }  # fmt: skip


def test_huge_entries_and_foreign_hars(
    drifted: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A browser-style HAR (pages, decoded text with a gzip header, form params, aborted
    requests) is read like ours; a body above --max-body is skipped with a warning."""
    base = "https://api-sandbox.fndev.net"
    good = {"id": 7, "title": "Fine"}
    token_post = _entry(
        f"{base}/authentication/api/oauth/token",
        200,
        {"access_token": "x" * 20, "expires_in": 3600},
    )
    token_post["request"].update(
        method="POST",
        postData={
            "mimeType": "application/json",
            "text": json.dumps(
                {
                    "grant_type": "password",
                    "client_id": "c",
                    "client_secret": "s",
                    "username": "u",
                    "password": "p",
                }
            ),
        },
    )
    entries = [
        {**_entry(f"{base}/api/rest/v2/workorders/7?access_token=abc", 200, good), "pageref": "page_1"},
        _entry(f"{base}/api/rest/v2/workorders/8", 200, {"id": 8, "title": "x" * 5000}),
        _entry(f"{base}/api/rest/v2/workorders/9", 0, ""),  # aborted in the browser
        token_post,
        _entry(f"{base}/api/rest/v2/workorders/10", 200, {"id": 10, "title": 5}),
        _entry(f"{base}/api/rest/v2/no-such-thing/3", 404, {"message": "Not found"}),
        _entry("https://app.example.com/static/app.js", 200, "console.log(1)"),  # the page's own
    ]  # fmt: skip
    har = tmp_path / "browser.har"
    har.write_text(
        json.dumps(
            {
                "log": {
                    "version": "1.2",
                    "creator": {"name": "Firefox", "version": "140"},
                    "pages": [{"id": "page_1"}],
                    "entries": entries,
                }
            }
        )
    )
    code = drift_main(
        [
            "--har",
            str(har),
            "--out",
            str(tmp_path / "out"),
            "--spec",
            str(drifted["root"]),
            "--max-body",
            "4000",
        ]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert (
        "#/log/entries/1/response/content/text: body of 5022 bytes is above the 4000 bytes limit (--max-body); not checked"
        in err
    )
    assert "#/log/entries/2: no answer recorded; skipped" in err
    report = _report(tmp_path / "out")
    assert report["exchanges"] == 7 and report["checked"] == 6
    assert (
        "2 exchange(s) not checked: outside the API's paths (/api/rest/v2/, /authentication)" in err
    )
    assert [
        (f["operation_id"], f["kind"], f["pointer"], f["example_entry"]) for f in report["findings"]
    ] == [("get_work_order", "type_mismatch", "/response/200/body/title", 4)]
    # a HAR above --max-file is refused before it is read
    assert drift_main(["--har", str(har), "--out", str(tmp_path / "o2"), "--max-file", "100"]) == 2
    assert "larger than the" in capsys.readouterr().err


def test_propose_on_the_real_spec_keeps_it_valid(tmp_path: Path) -> None:
    """Drift seen on stable operations of the real spec: the proposal passes the spec's own
    checks (lint rules, fidelity) and the same traffic then shows no drift."""
    spec_dir = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec_dir)
    root = spec_dir / "openapi.yaml"
    demo = COMPANIES[0]
    creds = {k: demo[k] for k in ("client_id", "client_secret", "username", "password")}
    with sandbox() as origin, proxy(origin, tmp_path / "rec") as (url, rec):
        with httpx.Client(base_url=url, timeout=30) as client:
            token = client.post(
                "/authentication/api/oauth/token", json={"grant_type": "password", **creds}
            ).json()["access_token"]
            client.get(
                "/api/rest/v2/workorders/1001", params={"access_token": token}
            ).raise_for_status()
            client.get(
                "/api/rest/v2/workorders/1001", params={"access_token": token}
            ).raise_for_status()
        rec.drain()
    har = json.loads((tmp_path / "rec" / "traffic.har").read_text())
    entries = har["log"]["entries"]
    content = entries[1]["response"]["content"]
    content["text"] = json.dumps(
        {**json.loads(content["text"]), "zz_observed_field": {"a": 1, "b": "x"}}
    )
    gadget = json.loads(json.dumps(entries[2]))
    gadget["request"]["url"] = gadget["request"]["url"].replace("/workorders/1001", "/gizmos/77")
    gadget["response"]["content"]["text"] = json.dumps({"id": 77, "name": "gizmo"})
    entries[2] = gadget
    drifted = tmp_path / "drifted.har"
    drifted.write_text(json.dumps(har))

    args = [
        "--har",
        str(drifted),
        "--out",
        str(tmp_path / "r1"),
        "--propose",
        "--spec-root",
        str(root),
    ]
    assert drift_main(args) == 1
    kinds = {
        (f["operation_id"], f["kind"], f["pointer"]) for f in _report(tmp_path / "r1")["findings"]
    }
    assert kinds == {
        ("get_work_order", "undocumented_field", "/response/200/body/zz_observed_field"),
        (None, "unknown_operation", ""),
    }
    assert (
        drift_main(["--har", str(drifted), "--out", str(tmp_path / "r2"), "--spec", str(root)]) == 0
    )
    for command in (["check"], ["fidelity", "--check", "--out", str(tmp_path / "fidelity.md")]):
        done = subprocess.run(
            [sys.executable, "-m", "generator", "--spec", str(root), *command],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stdout + done.stderr
