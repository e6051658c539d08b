"""Fixes proposed by the benchmarks, applied only inside bench processes so that their effect is
measured next to the code as it is (the fix itself belongs in generator/, owned by the lead).

P1: openapi-python-client 0.29.1's ``Endpoint.sort_parameters`` starts with
``deepcopy(endpoint)``; an endpoint holds its response and body properties, which hold model
properties with their whole schema graphs, so each of the 155 operations deep-copies a large
part of the spec model. The function only reorders ``path_parameters`` and rewrites ``path``,
so a shallow copy with its own parameter list is enough. The bench checks that the output is
byte-identical with and without it.
"""

from __future__ import annotations

import contextlib
import copy
import re
from typing import Any


def apply() -> None:
    from openapi_python_client.parser import openapi as oa

    def sort_parameters(*, endpoint: Any) -> Any:
        endpoint = copy.copy(endpoint)
        endpoint.path_parameters = list(endpoint.path_parameters)
        from_path = re.findall(oa._PATH_PARAM_REGEX, endpoint.path.get_untrusted_value())
        with contextlib.suppress(ValueError):  # reported just below, as upstream does
            endpoint.path_parameters.sort(key=lambda param: from_path.index(param.name))
        if from_path != [param.name for param in endpoint.path_parameters]:
            return oa.ParseError(
                detail=f"Incorrect path templating for {endpoint.path.get_untrusted_value()} (Path parameters do not match with path)",
            )
        for parameter in endpoint.path_parameters:
            endpoint.path = oa.UntrustedString(
                endpoint.path.get_untrusted_value().replace(
                    f"{{{parameter.name.get_untrusted_value()}}}", f"{{{parameter.python_name}}}"
                )
            )
        return endpoint

    oa.Endpoint.sort_parameters = staticmethod(sort_parameters)
