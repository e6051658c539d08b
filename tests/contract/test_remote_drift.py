"""A remote contract run records its traffic through the proxy and ends with the drift
report (a second sandbox stands in for the remote deployment)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contract.run import main
from sandbox.seed import COMPANIES
from sandbox.server import running


def test_remote_run_records_its_traffic_and_writes_the_drift_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = COMPANIES[1]
    names = ("FN_CLIENT_ID", "FN_CLIENT_SECRET", "FN_USERNAME", "FN_PASSWORD")
    for key, name in zip(
        ("client_id", "client_secret", "username", "password"), names, strict=True
    ):
        monkeypatch.setenv(name, demo[key])
    monkeypatch.delenv("FN_TOKEN_URL", raising=False)
    with running() as origin:
        main(["--base-url", f"{origin}/api/rest/v2", "--examples", "1", "--phases", "examples",
              "--report-dir", str(tmp_path)])  # fmt: skip
    out = capsys.readouterr().out
    har = tmp_path / "traffic" / "traffic.har"
    entries = json.loads(har.read_text())["log"]["entries"]
    paths = {e["request"]["url"].split("?")[0].removeprefix(origin) for e in entries}
    assert "/authentication/api/oauth/token" in paths  # the token operation went through it too
    assert len([p for p in paths if p.startswith("/api/rest/v2/")]) > 20
    assert {e["request"]["method"] for e in entries} <= {"GET", "POST"}  # read-only + token
    report = json.loads((tmp_path / "drift.json").read_text())
    probes = [e for e in entries if "/schemathesis-probe" in e["request"]["url"]]
    assert report["checked"] == len(entries) - len(probes) > 20
    assert all(f["kind"] != "unknown_operation" for f in report["findings"])
    assert (tmp_path / "drift.md").read_text().startswith("# Drift report")
    assert "drift:" in out and "finding(s)" in out
    text = har.read_text() + (tmp_path / "drift.json").read_text()
    for key in ("client_secret", "password"):
        assert demo[key] not in text
