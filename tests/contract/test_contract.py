"""The contract run is part of the test suite: bounded locally, and in remote mode against a
second sandbox standing in for another deployment."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from contract.run import main
from sandbox.seed import COMPANIES
from sandbox.server import running


def test_contract_run_passes_over_every_operation(tmp_path: Path) -> None:
    """The bounded run of `make test`: every operation through the examples, fuzzing and
    stateful phases, and the link walk with the whole lifecycle. `make contract` adds the
    coverage phase (~15,000 boundary cases, most of a full run's time) and more examples."""
    code = main(
        ["--examples", "2", "--phases", "examples,fuzzing,stateful", "--report-dir", str(tmp_path)]
    )
    report = (tmp_path / "report.md").read_text()
    assert code == 0, report + (tmp_path / "schemathesis.log").read_text()[-4000:]
    assert "- result: PASSED" in report
    assert "- operations tested: 155 / 155" in report
    assert list(tmp_path.glob("junit-*.xml")), "JUnit XML report missing"
    followed = re.search(r"- stateful links followed: (\d+) of (\d+)", report)
    assert followed, report[:2000]
    assert int(followed[1]) >= 0.9 * int(followed[2]), followed[0]
    lifecycle = " -> ".join(
        f"`{op}`"
        for op in (
            "create_work_order",
            "publish_work_order",
            "route_work_order",
            "assign_work_order",
            "sandbox_work_done",
            "approve_work_order",
            "sandbox_paid",
        )
    )
    assert f"- lifecycle PASSED: {lifecycle}" in report
    assert re.search(r"- 422 answers: \d+ on \d+ operations", report)
    assert re.search(r"^\| `POST /workorders` \| \d+ \| \d+ \| \d+ \| \d+ \|", report, re.M)


def test_remote_mode_is_read_only_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo = COMPANIES[1]
    for key, name in (
        ("client_id", "FN_CLIENT_ID"),
        ("client_secret", "FN_CLIENT_SECRET"),
        ("username", "FN_USERNAME"),
        ("password", "FN_PASSWORD"),
    ):
        monkeypatch.setenv(name, demo[key])
    with running() as origin:
        code = main(
            [
                "--base-url",
                f"{origin}/api/rest/v2",
                "--examples",
                "2",
                "--phases",
                "examples,fuzzing",
                "--report-dir",
                str(tmp_path),
            ]
        )
    report = (tmp_path / "report.md").read_text()
    assert code == 0, (tmp_path / "schemathesis.log").read_text()[-4000:]
    tested = [
        line
        for line in report.splitlines()
        if line.startswith("| `") and " | 0 | 0 | 0 |" not in line
    ]
    assert tested and all(line.startswith("| `GET ") for line in tested), tested[:5]


def test_remote_mode_needs_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("FN_CLIENT_ID", "FN_CLIENT_SECRET", "FN_USERNAME", "FN_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(SystemExit, match="FN_CLIENT_ID"):
        main(["--base-url", "http://127.0.0.1:9/api/rest/v2", "--report-dir", str(tmp_path)])
