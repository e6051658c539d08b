"""Rewrite the root document's ``paths:`` index from the files in ``spec/paths/``.

Each path item becomes ``$ref: paths/<file>.yaml#/<escaped path>``, ordered by the lowest
``x-seed-operation`` of its operations, so the root reads in the order of the API's docs.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from .errors import SpecError, escape_token

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PATHS_BLOCK = re.compile(r"^paths:.*?(?=^\S)", re.S | re.M)


def collect(spec_dir: Path) -> list[tuple[int, str, str]]:
    """(first seed number, path, $ref) for every path item in ``spec/paths/*.yaml``."""
    seen: dict[str, str] = {}
    rows: list[tuple[int, str, str]] = []
    for file in sorted((spec_dir / "paths").glob("*.yaml")):
        rel = f"paths/{file.name}"
        doc: Any = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        if not isinstance(doc, dict):
            raise SpecError(rel, "", "a path file must map paths to path items")
        for path, item in doc.items():
            if path in seen:
                raise SpecError(rel, "/" + escape_token(path), f"path also defined in {seen[path]}")
            seen[path] = rel
            seeds = [
                op.get("x-seed-operation", 10_000)
                for m, op in (item or {}).items()
                if m in METHODS and isinstance(op, dict)
            ]
            rows.append((min(seeds, default=10_000), path, f"{rel}#/{escape_token(path)}"))
    rows.sort()
    return rows


def render(rows: list[tuple[int, str, str]]) -> str:
    lines = ["paths:\n"]
    for _, path, ref in rows:
        lines.append(f"  {yaml.safe_dump(path, default_style=chr(39)).strip()}:\n")
        lines.append(f"    $ref: {yaml.safe_dump(ref, default_style=chr(39)).strip()}\n")
    return "".join(lines) if rows else "paths: {}\n"


def update_root(root: Path) -> bool:
    """Rewrite the ``paths:`` block of the root in place; True when it changed."""
    text = root.read_text(encoding="utf-8")
    block = render(collect(root.parent))
    if not _PATHS_BLOCK.search(text):
        raise SpecError(root.name, "/paths", "the root has no top-level paths: block")
    new = _PATHS_BLOCK.sub(lambda _m: block, text, count=1)
    if new != text:
        root.write_text(new, encoding="utf-8")
        return True
    return False
