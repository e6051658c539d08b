"""Every Python example of README.md's client section and of generated/README.md runs against a
sandbox and passes ``mypy --strict``.

The examples take their credentials from the ``FIELDNATION_*`` environment variables (as they
say); here those name the seeded company and ``FIELDNATION_BASE_URL`` points at this module's
sandbox, which wins over the ``environment=`` preset the examples show.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator import paths

from .conftest import API_PREFIX, credentials

FENCE = re.compile(r"```python\n(.*?)```", re.S)


def _client_section(text: str) -> str:
    start = text.index("## The client")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else None]


def examples() -> list[tuple[str, str]]:
    found = []
    root = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    for i, code in enumerate(FENCE.findall(_client_section(root))):
        found.append((f"README.md#{i + 1}", code))
    generated = (paths.GENERATED / "README.md").read_text(encoding="utf-8")
    for i, code in enumerate(FENCE.findall(generated)):
        found.append((f"generated/README.md#{i + 1}", code))
    return found


EXAMPLES = examples()


def test_there_are_examples() -> None:
    assert len([name for name, _ in EXAMPLES if name.startswith("generated")]) >= 4
    assert any(name.startswith("README.md") for name, _ in EXAMPLES)


@pytest.fixture
def sandbox_env(origin: str, monkeypatch: pytest.MonkeyPatch) -> None:
    creds = credentials()
    monkeypatch.setenv("FIELDNATION_BASE_URL", origin + API_PREFIX)
    monkeypatch.setenv("FIELDNATION_CLIENT_ID", creds["client_id"])
    monkeypatch.setenv("FIELDNATION_CLIENT_SECRET", creds["client_secret"])
    monkeypatch.setenv("FIELDNATION_USERNAME", creds["username"])
    monkeypatch.setenv("FIELDNATION_PASSWORD", creds["password"])
    monkeypatch.delenv("FIELDNATION_ACCESS_TOKEN", raising=False)


@pytest.mark.parametrize(("name", "code"), EXAMPLES, ids=[n for n, _ in EXAMPLES])
def test_example_runs_against_the_sandbox(name: str, code: str, sandbox_env: None) -> None:
    namespace: dict[str, object] = {"__name__": "__readme__"}
    if "asyncio.run(" in code:  # pytest may already run a loop in this thread in some setups
        asyncio.set_event_loop(None)
    exec(compile(code, name, "exec"), namespace)


def test_examples_pass_mypy_strict(tmp_path: Path) -> None:
    files = []
    for i, (_, code) in enumerate(EXAMPLES):
        path = tmp_path / f"example_{i}.py"
        path.write_text(code, encoding="utf-8")
        files.append(str(path))
    env = {**os.environ, "MYPYPATH": str(paths.GENERATED)}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(paths.ROOT / ".mypy_cache"),
            *files,
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=paths.ROOT,
        check=False,
    )
    names = {f"example_{i}.py": name for i, (name, _) in enumerate(EXAMPLES)}
    report = proc.stdout
    for file, name in names.items():
        report = report.replace(str(tmp_path / file), name)
    assert proc.returncode == 0, report
