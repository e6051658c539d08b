"""A speed fix for the pinned openapi-python-client, applied before parsing.

``Endpoint.sort_parameters`` (0.29.1) starts with ``deepcopy(endpoint)``; an endpoint holds its
bodies and responses and through them large parts of the schema graph, so parsing 155
operations spent most of a regeneration deep-copying (see bench/results.md, P1). The function
only reorders ``path_parameters`` and rewrites ``path``, so a shallow copy owning its own
parameter list is enough. The output is byte-identical (the golden and drift tests check it).
"""

from __future__ import annotations

import contextlib
import copy
import importlib.metadata
import re
from typing import Any

PATCHED_VERSION = "0.29.1"


def apply() -> None:
    if importlib.metadata.version("openapi-python-client") != PATCHED_VERSION:
        return  # another version: leave it as it is
    from openapi_python_client.parser import openapi as oa
    from openapi_python_client.parser.errors import ParseError
    from openapi_python_client.schema.untrusted_string import UntrustedString

    if getattr(oa.Endpoint.sort_parameters, "_shallow", False):
        return

    def sort_parameters(*, endpoint: Any) -> Any:
        endpoint = copy.copy(endpoint)
        endpoint.path_parameters = list(endpoint.path_parameters)
        template = endpoint.path.get_untrusted_value()
        from_path = re.findall(oa._PATH_PARAM_REGEX, template)
        with contextlib.suppress(ValueError):  # reported just below, as upstream does
            endpoint.path_parameters.sort(key=lambda param: from_path.index(param.name))
        if from_path != [param.name for param in endpoint.path_parameters]:
            return ParseError(
                detail=f"Incorrect path templating for {template} (Path parameters do not match with path)"
            )
        for parameter in endpoint.path_parameters:
            template = template.replace(
                f"{{{parameter.name.get_untrusted_value()}}}", f"{{{parameter.python_name}}}"
            )
            endpoint.path = UntrustedString(template)
        return endpoint

    sort_parameters._shallow = True  # type: ignore[attr-defined]
    oa.Endpoint.sort_parameters = staticmethod(sort_parameters)  # type: ignore[method-assign]
