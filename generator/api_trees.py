"""The generated package of each side of a comparison, as a directory griffe can read.

A git ref gives its committed ``generated/`` (what was released, byte for byte, read with
``git archive``); a bare document (a fixture, ``--base-file``) is rendered with today's
generator. Both are cached under ``.work/api/`` by commit or by content, so a second diff,
or a test suite that compares the same documents again, costs no generation.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from . import paths
from .errors import ReleaseError

CACHE = paths.ROOT / ".work" / "api"
FALLBACK_SERVER = {
    "url": "https://api.example.invalid/api/rest/v2",
    "x-environment": "production",
}
"""For documents without servers (hand-written fixtures): the generator needs one."""


def _publish(tmp: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        tmp.rename(dest)
    except OSError:  # another process won the race: its tree is the same
        shutil.rmtree(tmp, ignore_errors=True)
    return dest


def tree_at_ref(ref: str, cache: Path = CACHE) -> Path:
    """The project directory (holding ``fieldnation_client/``) committed at ``ref``."""
    proc = subprocess.run(
        ["git", "-C", str(paths.ROOT), "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise ReleaseError(f"unknown git ref {ref!r} (a tag, branch or commit)")
    commit = proc.stdout.strip()
    dest = cache / f"git-{commit}"
    if (dest / "generated").is_dir():
        return dest / "generated"
    archive = subprocess.run(
        ["git", "-C", str(paths.ROOT), "archive", "--format=tar", commit, "generated"],
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        raise ReleaseError(f"{ref} has no generated/ to compare the Python API with")
    cache.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=cache))
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(tmp, filter="data")
    return _publish(tmp, dest) / "generated"


def generator_fingerprint() -> str:
    """Hash of the generator's own inputs (templates, our output modules, tool versions)."""
    import importlib.metadata

    from .generate import OUTPUT_MODULES, TOOL_VERSIONS

    h = hashlib.sha256()
    for path in [
        *sorted(p for p in paths.TEMPLATES.rglob("*") if p.is_file()),
        *(paths.ROOT / "generator" / name for name in OUTPUT_MODULES),
    ]:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    for dist in TOOL_VERSIONS:
        h.update(f"{dist}=={importlib.metadata.version(dist)}".encode())
    return h.hexdigest()


def tree_for_document(document: dict[str, Any], cache: Path = CACHE) -> Path:
    """The client generated from a bundled ``document`` (cached by its content and by the
    generator's own inputs)."""
    from .bundle import Bundle, dumps
    from .client_project import render_client
    from .generate import _ruff

    doc = dict(document)
    if not any(isinstance(s, dict) and s.get("x-environment") for s in doc.get("servers") or []):
        doc["servers"] = [*(doc.get("servers") or []), FALLBACK_SERVER]
    text = dumps(doc)
    key = hashlib.sha256((text + generator_fingerprint()).encode()).hexdigest()[:24]
    dest = cache / f"doc-{key}"
    if (dest / "client").is_dir():
        return dest / "client"
    cache.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=cache))
    try:
        render_client(Bundle(doc), tmp / "client", paths.TEMPLATES)
        _ruff(tmp / "client")
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return _publish(tmp, dest) / "client"
