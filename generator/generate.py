"""Regenerate the client package (and the sandbox's pydantic models) from the spec.

Steps: bundle -> validate (in a forked child, beside the rendering: generator/validation.py)
-> openapi-python-client with ``templates/`` into a temporary directory -> our extra runtime
modules and resources -> ruff -> datamodel-code-generator -> swap into place. A fingerprint of
every input makes an unchanged regeneration a no-op; nothing in ``generated/`` is touched
unless every step succeeded, and the bundle is written only once the spec is valid.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import paths
from .errors import SpecError
from .validation import Validation

FINGERPRINT_FILE = ".fingerprint"
OUTPUT_MODULES = ("bundle.py", "client_project.py", "client_types.py", "generate.py", "speedups.py")
"""Our modules whose code shapes the output (a change to them means regenerate)."""
TOOL_VERSIONS = ("openapi-python-client", "datamodel-code-generator", "ruff", "jinja2")


@dataclass(frozen=True)
class Target:
    """Where one generation writes: the client project dir and the pydantic models file (which
    may lie inside the client project dir, outside its published package)."""

    client_dir: Path
    models_file: Path | None


def fingerprint(spec_root: Path, templates: Path) -> str:
    """Hash of everything the output depends on, read as raw bytes (no YAML parsing), so an
    unchanged regeneration costs a few milliseconds."""
    h = hashlib.sha256()
    spec_dir = spec_root.parent
    sources: Iterable[Path] = [
        spec_root,
        *sorted(p for p in (spec_dir / "paths").rglob("*.yaml")),
        *sorted(p for p in (spec_dir / "components").rglob("*.yaml")),
        *sorted(p for p in templates.rglob("*") if p.is_file()),
        *(paths.ROOT / "generator" / name for name in OUTPUT_MODULES),
    ]
    for path in sources:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    for dist in TOOL_VERSIONS:
        h.update(f"{dist}=={importlib.metadata.version(dist)}".encode())
    return h.hexdigest()


def _up_to_date(target: Target, digest: str) -> bool:
    stamp = target.client_dir / FINGERPRINT_FILE
    if not stamp.is_file() or stamp.read_text(encoding="utf-8").strip() != digest:
        return False
    return target.models_file is None or target.models_file.is_file()


def generate(
    spec_root: Path = paths.SPEC_ROOT,
    target: Target | None = None,
    *,
    templates: Path = paths.TEMPLATES,
    bundle_out: Path | None = paths.BUNDLE,
    force: bool = False,
) -> bool:
    """Regenerate; returns False when everything was already up to date."""
    target = target or Target(paths.GENERATED, paths.SANDBOX_MODELS)
    digest = fingerprint(spec_root, templates)
    if not force and _up_to_date(target, digest) and (bundle_out is None or bundle_out.is_file()):
        return False
    from .bundle import bundle, dumps, write_if_changed

    result = bundle(spec_root)
    validation = Validation(result).start()  # beside rendering; settled before any write

    from .client_project import render_client

    parent = target.client_dir.parent
    parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".gen-", dir=parent) as tmp:
        work = Path(tmp)
        client_tmp = work / target.client_dir.name
        try:
            render_client(result, client_tmp, templates)
        except Exception:
            validation.settle()  # an invalid spec reports the validator's errors
            raise
        validation.settle()
        if bundle_out is not None:
            write_if_changed(bundle_out, dumps(result.document))
        _ruff(client_tmp)
        (client_tmp / FINGERPRINT_FILE).write_text(digest + "\n", encoding="utf-8")
        models_tmp = None
        if target.models_file is not None:
            models_tmp = work / "models.py"
            _pydantic_models(result.document, models_tmp, work)
        inside = _inside(target.models_file, target.client_dir)
        if inside is not None and models_tmp is not None:  # swapped in with the client
            (client_tmp / inside).parent.mkdir(parents=True, exist_ok=True)
            models_tmp.replace(client_tmp / inside)
        _swap_dir(client_tmp, target.client_dir)
        if inside is None and target.models_file is not None and models_tmp is not None:
            target.models_file.parent.mkdir(parents=True, exist_ok=True)
            models_tmp.replace(target.models_file)
    return True


def _inside(path: Path | None, directory: Path) -> Path | None:
    """``path`` relative to ``directory`` when it lies inside it, else None."""
    if path is None:
        return None
    try:
        return path.resolve().relative_to(directory.resolve())
    except ValueError:
        return None


def _swap_dir(new: Path, dest: Path) -> None:
    """Replace ``dest`` by ``new`` with two renames, so a reader never sees half a tree."""
    old = dest.with_name(dest.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if dest.exists():
        dest.rename(old)
    new.rename(dest)
    shutil.rmtree(old, ignore_errors=True)


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def _run(cmd: list[str], cwd: Path) -> None:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SpecError("generated", "", f"{Path(cmd[0]).name} failed:\n{proc.stdout}{proc.stderr}")


def _ruff(project: Path) -> None:
    config = ["--config", str(paths.TEMPLATES / "ruff.toml")]
    _run([_tool("ruff"), "check", "--fix-only", "--quiet", "--no-cache", *config, "."], project)
    _run([_tool("ruff"), "format", "--quiet", "--no-cache", *config, "."], project)


def _pydantic_models(document: dict[str, Any], out: Path, work: Path) -> None:
    """Pydantic v2 models for the sandbox, with datamodel-code-generator."""
    from .bundle import dumps
    from .client_project import codegen_view

    source = work / "openapi.json"
    source.write_text(dumps(codegen_view(document)), encoding="utf-8")
    cmd = [
        _tool("datamodel-codegen"),
        "--input",
        str(source),
        "--input-file-type",
        "openapi",
        "--output",
        str(out),
        "--output-model-type",
        "pydantic_v2.BaseModel",
        "--target-python-version",
        "3.11",
        "--use-standard-collections",
        "--use-union-operator",
        "--use-schema-description",
        "--field-constraints",
        "--use-annotated",
        "--collapse-root-models",
        "--disable-timestamp",
        "--openapi-scopes",
        "schemas",
        "--formatters",
        "ruff-format",
        "--custom-file-header",
        '"""Pydantic models of every schema in spec/dist/openapi.json. Generated: do not edit."""',
    ]
    _run(cmd, work)
    config = ["--config", str(paths.TEMPLATES / "ruff.toml")]
    _run([_tool("ruff"), "format", "--quiet", "--no-cache", *config, str(out)], work)
