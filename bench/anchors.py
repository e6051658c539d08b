"""The generators we compare with, and the clients they make from the same bundled spec.

- ours: ``generator.generate.generate`` (our templates, runtime, resources, ruff) into a scratch
  dir, never into ``generated/``;
- stock openapi-python-client: the same pinned package, its own CLI, no templates of ours;
- OpenAPI Generator's ``python`` generator, from the PyPI package ``openapi-generator-cli``
  (bench/requirements.txt), which ships the jar and runs it on the system Java.

Each command is run as a fresh process so that every generator pays its own start-up, as a user
running it would. ``client(kind, work)`` gives a generated copy for the import and decode
benchmarks, generated once per spec version and cached under bench/out/.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from .harness import PY, ROOT, VENV_BIN, run

BUNDLE = ROOT / "spec" / "dist" / "openapi.json"
OGEN = VENV_BIN / "openapi-generator-cli"
STOCK = VENV_BIN / "openapi-python-client"

PACKAGES = {"ours": "fieldnation_client", "stock": "fn_stock", "ogen": "fn_ogen"}
"""Import name of each generated client."""

OURS_SNIPPET = """
import sys
from pathlib import Path
{patch}
from generator import paths
from generator.generate import Target, generate
changed = generate(paths.SPEC_ROOT, Target(Path(sys.argv[1]), None), bundle_out=None, force={force})
print("generated" if changed else "up to date")
"""


def ours_cmd(out: Path, *, force: bool = True, fixes: tuple[str, ...] = ()) -> list[str]:
    """Our generator as a process; ``out`` is the client project dir (package inside);
    ``fixes`` names proposed fixes from bench/fixes.py to apply first."""
    patch = f"import bench.fixes; bench.fixes.apply(*{fixes!r})" if fixes else ""
    return [PY, "-c", OURS_SNIPPET.format(patch=patch, force=force), str(out)]


def stock_cmd(out: Path) -> list[str]:
    """Stock openapi-python-client; ``out`` is the package dir (``--meta none``)."""
    return [
        str(STOCK),
        "generate",
        "--path",
        str(BUNDLE),
        "--output-path",
        str(out / PACKAGES["stock"]),
        "--overwrite",
        "--meta",
        "none",
    ]


def ogen_cmd(out: Path) -> list[str]:
    """OpenAPI Generator, python generator, defaults. ``--skip-validate-spec`` is required: its
    validator rejects an OpenAPI 3.1 link whose ``requestBody`` is an object (valid in 3.1)."""
    return [
        str(OGEN),
        "generate",
        "-i",
        str(BUNDLE),
        "-g",
        "python",
        "-o",
        str(out),
        "--package-name",
        PACKAGES["ogen"],
        "--skip-validate-spec",
    ]


def ogen_unavailable() -> str | None:
    """Why OpenAPI Generator cannot run here, or None."""
    if not OGEN.exists():
        return "openapi-generator-cli is not installed (bench/requirements.txt; `make bench` installs it)"
    if shutil.which("java") is None:
        return "no java on PATH (the PyPI package ships the jar, not a JVM)"
    return None


def import_root(kind: str, out: Path) -> Path:
    """The directory to put on sys.path to import the client generated into ``out``."""
    return out / "fieldnation-client" if kind == "ours" else out


def generate_cmd(kind: str, out: Path) -> list[str]:
    if kind == "ours":
        return ours_cmd(out / "fieldnation-client")
    return stock_cmd(out) if kind == "stock" else ogen_cmd(out)


def _digest() -> str:
    return hashlib.sha256(BUNDLE.read_bytes()).hexdigest()[:16]


def client(kind: str, work: Path) -> Path:
    """sys.path entry of a ``kind`` client of the current bundle, generating it if needed."""
    if kind == "ogen" and (why := ogen_unavailable()):
        raise RuntimeError(why)
    out = work / "clients" / f"{kind}-{_digest()}"
    done = out / ".complete"
    if not done.exists():
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        run(generate_cmd(kind, out), timeout=600)
        done.touch()
    return import_root(kind, out)
