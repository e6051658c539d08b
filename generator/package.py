"""Build the generated client into a wheel and an sdist, check them, upload them.

``python -m build --no-isolation`` uses the pinned hatchling of ``.venv`` (no download at
build time); ``twine check --strict`` rejects metadata an index would render badly. The
package must match the spec's version, so a stale ``generated/`` is refused rather than
shipped under the wrong number.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

from . import paths
from .client_project import PACKAGE_NAME, PROJECT_NAME, package_version
from .errors import ReleaseError
from .release import load


def project_version(project: Path) -> str:
    pyproject = project / "pyproject.toml"
    if not pyproject.is_file():
        raise ReleaseError(f"{pyproject} is missing: run `make generate` first")
    with pyproject.open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def _run(cmd: list[str], what: str) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        output = (proc.stdout + proc.stderr).strip().splitlines()
        raise ReleaseError(f"{what} failed:\n" + "\n".join(output[-30:]))


def build(outdir: Path, project: Path = paths.GENERATED, spec: Path = paths.BUNDLE) -> list[Path]:
    """Wheel and sdist of ``project`` in ``outdir`` (older builds of the client removed)."""
    version = project_version(project)
    expected = package_version(str(load(spec)["info"]["version"]))
    if version != expected:
        raise ReleaseError(
            f"{project.name}/ is version {version} but the spec says {expected}: "
            "run `make generate` first"
        )
    outdir.mkdir(parents=True, exist_ok=True)
    for old in outdir.glob(f"{PACKAGE_NAME}-*"):
        old.unlink()
    _run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(outdir), str(project)],
        "python -m build",
    )
    artifacts = sorted(outdir.glob(f"{PACKAGE_NAME}-{version}*"))
    if sorted(a.suffix for a in artifacts) != [".gz", ".whl"]:
        raise ReleaseError(f"expected a wheel and an sdist in {outdir}, found {artifacts}")
    _run([sys.executable, "-m", "twine", "check", "--strict", *map(str, artifacts)], "twine check")
    return artifacts


def publish(repository_url: str, artifacts: list[Path]) -> None:
    """Upload with twine; credentials come from twine's usual places (TWINE_USERNAME,
    TWINE_PASSWORD, ~/.pypirc, keyring)."""
    if urlsplit(repository_url).scheme not in ("http", "https"):
        raise ReleaseError(
            f"REPOSITORY_URL must be an http(s) upload URL, got {repository_url!r} "
            "(PyPI: https://upload.pypi.org/legacy/)"
        )
    cmd = [
        sys.executable,
        "-m",
        "twine",
        "upload",
        "--non-interactive",
        "--disable-progress-bar",
        "--repository-url",
        repository_url,
        *map(str, artifacts),
    ]
    if subprocess.run(cmd, check=False).returncode != 0:
        raise ReleaseError(f"twine upload of {PROJECT_NAME} to {repository_url} failed (see above)")
