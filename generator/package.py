"""Build the generated client into a wheel and an sdist, check them, upload them.

``python -m build --no-isolation`` uses the pinned hatchling of ``.venv`` (no download at
build time); ``twine check --strict`` rejects metadata an index would render badly. The build
reads a staged copy of generated/ plus the repository's LICENSE and CHANGELOG.md (so both
distributions carry them, and nothing else, e.g. no ``.gitignore``, gets in), with the
Changelog URL added to the metadata. A stale generated/ (by content: spec, templates,
generator) is regenerated first, never packaged.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
import zipfile
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


LICENSE = paths.ROOT / "LICENSE"
CHANGELOG = paths.ROOT / "CHANGELOG.md"
CHANGELOG_URL = "https://pypi.org/project/{project}/{version}/#changelog"
"""Default Changelog URL: the release's page on PyPI, whose description ends with the
changelog section of that release."""


def ensure_fresh() -> bool:
    """Regenerate generated/ when the spec, templates or generator changed; True if it did."""
    from .generate import generate
    from .release import generated_is_fresh

    if generated_is_fresh():
        return False
    generate()
    return True


def stage(project: Path, work: Path, changelog_url: str, section: str) -> Path:
    """A copy of the client project with LICENSE, CHANGELOG.md and the Changelog URL."""
    version = project_version(project)
    staged = work / project.name
    staged.mkdir(parents=True)
    shutil.copytree(
        project / PACKAGE_NAME,
        staged / PACKAGE_NAME,
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    if not LICENSE.is_file():
        raise ReleaseError(f"{LICENSE} is missing (the package metadata says MIT)")
    shutil.copy2(LICENSE, staged / "LICENSE")
    changelog = CHANGELOG.read_text(encoding="utf-8") if CHANGELOG.is_file() else "# Changelog\n"
    if section and section.splitlines()[0] not in changelog:
        head, _, rest = changelog.partition("\n")
        changelog = f"{head}\n\n{section.rstrip()}\n{rest}"
    (staged / "CHANGELOG.md").write_text(changelog, encoding="utf-8")
    readme = (project / "README.md").read_text(encoding="utf-8")
    if section:
        readme = (
            readme.rstrip("\n") + "\n\n## Changelog\n\n" + section.split("\n", 1)[1].lstrip("\n")
        )
    (staged / "README.md").write_text(readme, encoding="utf-8")
    url = changelog_url.format(project=PROJECT_NAME, version=version)
    text = (project / "pyproject.toml").read_text(encoding="utf-8")
    text = text.replace('license = "MIT"\n', 'license = "MIT"\nlicense-files = ["LICENSE"]\n', 1)
    text = text.replace("[project.urls]\n", f'[project.urls]\nChangelog = "{url}"\n', 1)
    text = text.replace(
        '"README.md", "pyproject.toml"]',
        '"README.md", "pyproject.toml", "LICENSE", "CHANGELOG.md"]',
        1,
    )
    (staged / "pyproject.toml").write_text(text, encoding="utf-8")
    return staged


SDIST_TOP = {"PKG-INFO", "README.md", "pyproject.toml", "LICENSE", "CHANGELOG.md", PACKAGE_NAME}


def _contents(artifacts: list[Path], version: str) -> None:
    """Both distributions carry LICENSE; the sdist nothing beyond the project's files."""
    prefix = f"{PACKAGE_NAME}-{version}/"
    for artifact in artifacts:
        if artifact.suffix == ".whl":
            with zipfile.ZipFile(artifact) as wheel:
                names = wheel.namelist()
            if not any(n.endswith(".dist-info/licenses/LICENSE") for n in names):
                raise ReleaseError(f"{artifact.name} has no LICENSE")
        else:
            with tarfile.open(artifact) as sdist:
                names = [m[len(prefix) :] for m in sdist.getnames() if m.startswith(prefix)]
            stray = sorted({n.split("/", 1)[0] for n in names if n} - SDIST_TOP)
            if stray or "LICENSE" not in names:
                raise ReleaseError(f"{artifact.name}: stray {stray} or no LICENSE")


def build(
    outdir: Path,
    project: Path = paths.GENERATED,
    spec: Path = paths.BUNDLE,
    changelog_url: str = CHANGELOG_URL,
    section: str = "",
) -> list[Path]:
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
    with tempfile.TemporaryDirectory(prefix="fieldnation-build-") as tmp:
        staged = stage(project, Path(tmp), changelog_url, section)
        _run(
            [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(outdir), str(staged)],
            "python -m build",
        )
    artifacts = sorted(outdir.glob(f"{PACKAGE_NAME}-{version}*"))
    if sorted(a.suffix for a in artifacts) != [".gz", ".whl"]:
        raise ReleaseError(f"expected a wheel and an sdist in {outdir}, found {artifacts}")
    _contents(artifacts, version)
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
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    print(proc.stdout, end="")
    if proc.returncode != 0:
        output = (proc.stdout + proc.stderr).strip()
        hint = ""
        if "400" in output or "409" in output:
            hint = (
                " (the index refused the files: most often this version is already there; "
                "bump info.version in spec/openapi.yaml)"
            )
        raise ReleaseError(
            f"twine upload of {PROJECT_NAME} to {repository_url} failed{hint}:\n{output[-2000:]}"
        )
