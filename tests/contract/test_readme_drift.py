"""The README's "Checking the spec against the real API" section is executed: its make lines
render, its proxy and drift commands run for real (against a local sandbox instead of Field
Nation's), and its finding example and kind table match what the tool writes."""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from contract.check import KINDS
from contract.drift import Finding
from sandbox.seed import COMPANIES
from sandbox.server import free_port, running

ROOT = Path(__file__).resolve().parents[2]


def _section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("## Checking the spec against the real API")
    return text[start : text.index("\n## ", start + 10)]


def _blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", _section(), re.S)


def _rendered(make_line: str) -> list[str]:
    """The command ``make -n`` prints for a README make line (must render without error)."""
    proc = subprocess.run(
        ["make", "-n", *shlex.split(make_line)[1:]], cwd=ROOT, capture_output=True, text=True, check=False
    )  # fmt: skip
    assert proc.returncode == 0, (make_line, proc.stderr)
    lines = [line for line in proc.stdout.splitlines() if " -m " in line]
    assert lines, (make_line, proc.stdout)
    return shlex.split(lines[-1])


def test_the_readme_workflow_runs(tmp_path: Path) -> None:
    [script] = _blocks("sh")
    make_lines = [line.split("&&")[-1].strip() for line in script.splitlines() if "make " in line]
    make_lines = [line[line.index("make ") :] for line in make_lines]
    commands = {line: _rendered(line) for line in make_lines}
    proxy_cmd = next(cmd for line, cmd in commands.items() if line.startswith("make proxy"))
    drift_cmd = next(
        cmd
        for line, cmd in commands.items()
        if line.startswith("make drift") and "PROPOSE" not in line
    )
    assert "--propose" in next(cmd for line, cmd in commands.items() if "PROPOSE=1" in line)
    assert proxy_cmd[proxy_cmd.index("--upstream") + 1] == "https://api-sandbox.fndev.net"
    assert proxy_cmd[proxy_cmd.index("--port") + 1] == "8010"

    port = str(free_port())
    record = tmp_path / "proxy"
    with running() as origin:
        cmd = [sys.executable if part.endswith("python") else part for part in proxy_cmd]
        cmd[cmd.index("--upstream") + 1] = origin
        cmd[cmd.index("--port") + 1] = port
        cmd[cmd.index("--record") + 1] = str(record)
        proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 30
            while True:
                try:
                    httpx.get(base + "/api/rest/v2/workorders/1001", timeout=2)
                    break
                except httpx.TransportError:
                    assert time.monotonic() < deadline and proc.poll() is None, (
                        "proxy did not start"
                    )
                    time.sleep(0.1)
            demo = COMPANIES[0]
            body = {
                "grant_type": "password",
                **{k: demo[k] for k in ("client_id", "client_secret", "username", "password")},
            }
            token = httpx.post(base + "/authentication/api/oauth/token", json=body).json()[
                "access_token"
            ]
            assert (
                httpx.get(
                    base + "/api/rest/v2/workorders/1001", params={"access_token": token}
                ).status_code
                == 200
            )
        finally:
            os.killpg(proc.pid, signal.SIGINT)
            log = proc.communicate(timeout=30)[0]
    assert "proxy http://127.0.0.1" in log and "get_work_order ok" in log, log
    assert token not in log and demo["password"] not in log
    har = record / "traffic.har"
    assert len(json.loads(har.read_text())["log"]["entries"]) == 3

    cmd = [sys.executable if part.endswith("python") else part for part in drift_cmd]
    cmd[cmd.index("--har") + 1] = str(har)
    cmd[cmd.index("--out") + 1] = str(tmp_path / "drift")
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 findings" in done.stdout


def test_the_readme_finding_and_kinds_match_the_tool() -> None:
    [example] = _blocks("json")
    finding = json.loads(example)
    fields = Finding(None, "GET", "/x", "type_mismatch", "", None, "", 1, 0).public()
    assert list(finding) == list(fields)
    documented = re.findall(r"^\| `([a-z_]+)` \|", _section(), re.M)
    assert documented == list(KINDS)
    assert finding["kind"] in KINDS
