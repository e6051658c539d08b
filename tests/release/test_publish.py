"""End to end: ``make publish`` to a real package index (pypiserver on 127.0.0.1), then a
fresh virtual environment installs the client from it and calls a running sandbox.

Dependencies of the client (httpx; orjson with the speedups extra) resolve through the machine's pip configuration
(its extra indexes); for anything else pypiserver redirects to its fallback index, PyPI.
"""

from __future__ import annotations

import json
import subprocess
import tarfile
import urllib.request
import venv
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

from generator import paths
from generator.client_project import PROJECT_NAME, package_version
from sandbox.server import running

from .conftest import _env

pytestmark = pytest.mark.slow

VERSION = package_version(json.loads(paths.BUNDLE.read_text(encoding="utf-8"))["info"]["version"])
WHEEL = f"fieldnation_client-{VERSION}-py3-none-any.whl"
SDIST = f"fieldnation_client-{VERSION}.tar.gz"


def test_the_packages_carry_full_metadata(published: Path) -> None:
    assert sorted(p.name for p in published.iterdir()) == [WHEEL, SDIST]
    with zipfile.ZipFile(published / WHEEL) as wheel:
        names = wheel.namelist()
        meta = Parser().parsestr(
            wheel.read(f"fieldnation_client-{VERSION}.dist-info/METADATA").decode()
        )
    assert "fieldnation_client/py.typed" in names
    assert "fieldnation_client/client.py" in names
    assert meta["Name"] == PROJECT_NAME and meta["Version"] == VERSION
    assert meta["License-Expression"] == "MIT"
    assert meta["Requires-Python"] == ">=3.11"
    assert meta["Description-Content-Type"] == "text/markdown"
    assert "# fieldnation-client" in meta.get_payload()
    urls = meta.get_all("Project-URL") or []
    assert any(u.startswith("Documentation, https://") for u in urls)
    classifiers = meta.get_all("Classifier") or []
    assert "Typing :: Typed" in classifiers
    assert "Programming Language :: Python :: 3.11" in classifiers
    requires = meta.get_all("Requires-Dist") or []
    # httpx is the one dependency; orjson only with the `speedups` extra
    assert {r.split("<")[0].split(">")[0] for r in requires if "extra ==" not in r} == {"httpx"}
    assert any(r.startswith("orjson") and "extra == 'speedups'" in r for r in requires), requires
    with tarfile.open(published / SDIST) as sdist:
        members = sdist.getnames()
    prefix = f"fieldnation_client-{VERSION}"
    top = {m.split("/")[1] for m in members if m.count("/") >= 1}
    assert top == {
        "README.md",
        "pyproject.toml",
        "PKG-INFO",
        "LICENSE",
        "CHANGELOG.md",
        "fieldnation_client",
    }
    assert f"{prefix}/LICENSE" in members and f"{prefix}/.gitignore" not in members
    with tarfile.open(published / SDIST) as sdist:
        changelog = sdist.extractfile(f"{prefix}/CHANGELOG.md")
        assert changelog is not None
        text = changelog.read().decode()
    assert text.startswith(f"# Changelog\n\n## fieldnation-client {VERSION} (spec ")
    assert "Compared with `client-v0.9.0.1` (spec 0.9.0)." in text
    assert f"fieldnation_client-{VERSION}.dist-info/licenses/LICENSE" in names
    assert any(u.startswith("Changelog, https://") for u in urls)


def test_the_index_serves_the_upload(published: Path, index: str) -> None:
    with urllib.request.urlopen(f"{index}/simple/{PROJECT_NAME}/", timeout=10) as resp:
        page = resp.read().decode()
    assert WHEEL in page and SDIST in page


CALL = """
import json, sys
import fieldnation_client
from fieldnation_client import FieldNation

base = sys.argv[1]
with FieldNation(
    base_url=base + "/api/rest/v2",
    client_id="fn501-acme-integration",
    client_secret="acme-sandbox-secret",
    username="api.user@acme-field.example",
    password="acme-demo-password",
    max_retries=0,
) as client:
    token = client.access_token()
    page = client.work_orders.list_work_orders(per_page=5)
print(json.dumps({
    "file": fieldnation_client.__file__,
    "version": fieldnation_client.__version__,
    "token": bool(token),
    "ids": [wo.id for wo in page.results],
}))
"""


def test_a_fresh_venv_installs_from_the_index_and_calls_the_sandbox(
    published: Path, index: str, tmp_path: Path
) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    pip = [str(python), "-m", "pip", "install", "--no-cache-dir", "--disable-pip-version-check"]
    install = subprocess.run(
        [*pip, "--index-url", f"{index}/simple/", f"{PROJECT_NAME}=={VERSION}"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=_env(PIP_NO_INPUT="1"),
    )
    assert install.returncode == 0, install.stdout + install.stderr
    assert WHEEL in install.stdout  # the only index that has the client is ours

    script = tmp_path / "call.py"
    script.write_text(CALL, encoding="utf-8")
    with running() as base_url:
        call = subprocess.run(
            [str(python), "-I", str(script), base_url],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env=_env(),
        )
    assert call.returncode == 0, call.stdout + call.stderr
    result = json.loads(call.stdout.strip().splitlines()[-1])
    assert Path(result["file"]).is_relative_to(env_dir)
    assert result["version"] == VERSION
    assert result["token"] is True
    assert result["ids"] and all(isinstance(i, int) for i in result["ids"])
