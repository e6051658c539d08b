"""One module per API tag; importing a module registers its handlers."""

from __future__ import annotations

import importlib
import pkgutil
from typing import TYPE_CHECKING

from starlette.routing import BaseRoute

if TYPE_CHECKING:
    from ..app import Sandbox


def load_all() -> None:
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")


def simulation_routes(sandbox: Sandbox) -> list[BaseRoute]:
    """Sandbox-only endpoints: the provider's part (``_simulate``) and file downloads."""
    from . import _simulate, attachments

    return [*_simulate.routes(sandbox), *attachments.routes(sandbox)]
