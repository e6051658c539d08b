"""Release tests: the spec diff on fixture pairs, release-check, build and publish; a local
package index (pypiserver) and clean clones of this commit for the publish gates."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import paths
from sandbox.server import free_port


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: builds, publishes and installs the client (deselect: -m 'not slow')"
    )


def _env(**extra: str) -> dict[str, str]:
    """This environment without make's recursion variables or a PYTHONPATH into the repo."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("MAKE", "MFLAGS")) and k != "PYTHONPATH"
    }
    return {**env, **extra}


@pytest.fixture(scope="session")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A pypiserver on a free port that accepts anonymous uploads; stopped afterwards."""
    root = tmp_path_factory.mktemp("index")
    (root / "packages").mkdir()
    port = free_port()
    log = (root / "server.log").open("w")
    cmd = [sys.executable, "-m", "pypiserver", "run", "-i", "127.0.0.1", "-p", str(port)]
    server = subprocess.Popen(
        [*cmd, "-a", ".", "-P", ".", str(root / "packages")], stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert server.poll() is None, (root / "server.log").read_text()
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            assert time.monotonic() < deadline, "pypiserver did not start"
            time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def clone(where: Path) -> Path:
    """A clean clone of the committed HEAD (what `make publish` would publish)."""
    repo = where / "repo"
    subprocess.run(["git", "clone", "--quiet", "--local", str(paths.ROOT), str(repo)], check=True)
    for key, value in (("user.email", "release@test.invalid"), ("user.name", "release test")):
        subprocess.run(["git", "-C", str(repo), "config", key, value], check=True)
    return repo


def make_publish(repo: Path, index: str, dist: Path) -> subprocess.CompletedProcess[str]:
    """``make publish`` in ``repo`` with this worktree's virtual environment."""
    return subprocess.run(
        [
            "make",
            "--no-print-directory",
            "publish",
            f"VENV={paths.ROOT / '.venv'}",
            f"REPOSITORY_URL={index}/",
            f"DIST={dist}",
        ],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env=_env(
            TWINE_USERNAME="release-test",
            TWINE_PASSWORD="release-test",
            PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        ),
    )


@pytest.fixture(scope="session")
def published(index: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``make publish`` from a clean clone of this commit, released before at an older
    ``info.version`` (tag ``client-v0.9.0.1``), into the local index; returns the dist
    directory."""
    import json

    repo = clone(tmp_path_factory.mktemp("clean"))
    git = ["git", "-C", str(repo)]
    bundle = repo / "spec" / "dist" / "openapi.json"
    doc = json.loads(bundle.read_text(encoding="utf-8"))
    doc["info"]["version"] = "0.9.0"
    subprocess.run([*git, "checkout", "-q", "-b", "previous-release"], check=True)
    bundle.write_text(json.dumps(doc), encoding="utf-8")
    subprocess.run([*git, "commit", "-qam", "the previous release"], check=True)
    subprocess.run([*git, "tag", "client-v0.9.0.1"], check=True)
    subprocess.run([*git, "checkout", "-q", "-"], check=True)
    dist = tmp_path_factory.mktemp("dist")
    proc = make_publish(repo, index, dist)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "gates passed" in proc.stdout
    assert "twine check passed" in proc.stdout
    assert f"tag it: git tag client-v{version()}" in proc.stdout
    return dist


def version() -> str:
    import json

    from generator.client_project import package_version

    return package_version(json.loads(paths.BUNDLE.read_text(encoding="utf-8"))["info"]["version"])
