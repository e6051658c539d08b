"""Smoke run of the bench harness (``python -m bench --quick``): every section runs end to end
with a few iterations and no downloaded anchors, and the report is written. No timing is
asserted: this only keeps ``make bench`` working between full runs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from generator import paths

SECTIONS = ("P1", "P2", "P3", "P4", "P5", "P6", "P7")


def test_quick_bench_writes_every_section(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench",
            "--quick",
            "--out",
            str(tmp_path),
            "--work",
            str(tmp_path / "work"),
        ],
        cwd=paths.ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    results = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert [s["key"] for s in results["sections"]] == list(SECTIONS)
    assert results["meta"]["mode"] == "quick (smoke)"
    for section in results["sections"]:
        assert section["targets"], section["key"]
    text = (tmp_path / "results.md").read_text(encoding="utf-8")
    assert "## Targets" in text
    for key in SECTIONS:
        assert f"## {key}:" in text
    assert "This section failed" not in text
