"""Stub handlers for operations the spec has and the sandbox does not (yet).

After an operation is added or renamed in the spec, the sandbox refuses to start until every
operation has a handler; ``python -m sandbox scaffold OPERATION_ID...`` writes one stub per
operation, grouped by tag, into a new module under ``sandbox/resources/`` (loaded like the
others). Each stub answers 501 in the API's error envelope until it is filled in, so the
sandbox starts and the contract tests point at what is left.
"""

from __future__ import annotations

import re
from pathlib import Path

from .spec import Operation

RESOURCES = Path(__file__).parent / "resources"

HEADER = '''"""{tag}: handlers scaffolded by ``python -m sandbox scaffold``; fill them in (see
the other modules here and ``_common.py``), then move them into ``{module}.py``.
"""

from __future__ import annotations

from ..errors import ApiError
from ..registry import Context, Reply, operation
'''

STUB = '''

@operation("{operation_id}")
def {function}(ctx: Context) -> Reply:
    """``{method} {path}``: {summary}"""
    raise ApiError(501, "{operation_id} is not implemented in the sandbox yet")
'''


def module_name(tag: str) -> str:
    """``Work Orders`` -> ``work_orders`` (the resource modules' names)."""
    return re.sub(r"[^a-z0-9]+", "_", tag.lower()).strip("_") or "default"


def render(tag: str, operations: list[Operation]) -> str:
    text = HEADER.format(tag=tag, module=module_name(tag))
    for op in operations:
        summary = str(op.raw.get("summary") or "").strip().replace('"""', "'''") or "(no summary)"
        text += STUB.format(
            operation_id=op.operation_id,
            function=op.operation_id,
            method=op.method.upper(),
            path=op.path,
            summary=summary,
        )
    return text


def target(tag: str, directory: Path) -> Path:
    """A module file that does not exist yet: ``<tag>.py``, else ``<tag>_new.py``, ..."""
    base = module_name(tag)
    for suffix in ["", "_new", *(f"_new{i}" for i in range(2, 100))]:
        path = directory / f"{base}{suffix}.py"
        if not path.exists():
            return path
    raise RuntimeError(f"no free module name for {tag} in {directory}")


def scaffold(operations: list[Operation], directory: Path | None = None) -> list[Path]:
    """Write the stubs, one new module per tag (in ``sandbox/resources/`` by default);
    returns the files written."""
    directory = directory or RESOURCES
    by_tag: dict[str, list[Operation]] = {}
    for op in operations:
        by_tag.setdefault(op.tag, []).append(op)
    written = []
    for tag, ops in sorted(by_tag.items()):
        path = target(tag, directory)
        path.write_text(render(tag, ops), encoding="utf-8")
        written.append(path)
    return written
