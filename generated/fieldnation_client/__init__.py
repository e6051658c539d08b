"""Field Nation Client REST API client (spec 2.0.0).

    from fieldnation_client import FieldNation

    client = FieldNation(environment="sandbox", client_id=..., client_secret=..., username=..., password=...)
    work_order = client.work_orders.get_work_order(1001)

Names are loaded on first use so that ``import fieldnation_client`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "2.0.0.1"

_EXPORTS = {
    "FieldNation": "client",
    "AsyncFieldNation": "client",
    "ENVIRONMENTS": "_constants",
    "Hooks": "_base_client",
    "UNSET": "types",
    "Unset": "types",
    "File": "types",
    "FieldNationError": "_exceptions",
    "APIError": "_exceptions",
    "APIConnectionError": "_exceptions",
    "APITimeoutError": "_exceptions",
    "APIStatusError": "_exceptions",
    "APIResponseValidationError": "_exceptions",
    "BadRequestError": "_exceptions",
    "UnauthorizedError": "_exceptions",
    "AuthenticationError": "_exceptions",
    "ForbiddenError": "_exceptions",
    "PermissionDeniedError": "_exceptions",
    "NotFoundError": "_exceptions",
    "ConflictError": "_exceptions",
    "UnprocessableEntityError": "_exceptions",
    "RateLimitError": "_exceptions",
    "InternalServerError": "_exceptions",
    "UnexpectedStatus": "_exceptions",
}

__all__ = sorted([*_EXPORTS, "__version__", "models"])

if TYPE_CHECKING:
    from . import models as models
    from ._base_client import Hooks as Hooks
    from ._constants import ENVIRONMENTS as ENVIRONMENTS
    from ._exceptions import APIConnectionError as APIConnectionError
    from ._exceptions import APIError as APIError
    from ._exceptions import APIResponseValidationError as APIResponseValidationError
    from ._exceptions import APIStatusError as APIStatusError
    from ._exceptions import APITimeoutError as APITimeoutError
    from ._exceptions import AuthenticationError as AuthenticationError
    from ._exceptions import BadRequestError as BadRequestError
    from ._exceptions import ConflictError as ConflictError
    from ._exceptions import FieldNationError as FieldNationError
    from ._exceptions import ForbiddenError as ForbiddenError
    from ._exceptions import InternalServerError as InternalServerError
    from ._exceptions import NotFoundError as NotFoundError
    from ._exceptions import PermissionDeniedError as PermissionDeniedError
    from ._exceptions import RateLimitError as RateLimitError
    from ._exceptions import UnauthorizedError as UnauthorizedError
    from ._exceptions import UnexpectedStatus as UnexpectedStatus
    from ._exceptions import UnprocessableEntityError as UnprocessableEntityError
    from .client import AsyncFieldNation as AsyncFieldNation
    from .client import FieldNation as FieldNation
    from .types import UNSET as UNSET
    from .types import File as File
    from .types import Unset as Unset


def __getattr__(name: str) -> Any:
    if name == "models":
        return importlib.import_module(f"{__name__}.models")
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
