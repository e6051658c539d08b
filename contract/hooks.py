"""Schemathesis hooks for the contract run (loaded through ``SCHEMATHESIS_HOOKS``).

Auth is obtained the way a real client does: the token operation's password grant, with the
credentials in ``FN_CLIENT_ID``/``FN_CLIENT_SECRET``/``FN_USERNAME``/``FN_PASSWORD`` and the
token URL in ``FN_TOKEN_URL``; the token rides as the ``access_token`` query parameter.

The stateful phase starts its chains at the creates:

- every create without path parameters is an entry point (schemathesis' own heuristic skips
  an operation whose body holds ids that no operation produces, which ruled out
  ``create_work_order`` and with it the 62 links that start there);
- positive cases of the work-order and provider writes carry references that exist
  (``contract/references.py``), so a generated work order is created and moved instead of
  refused with 422. Negative cases are left as generated.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import GenerationMode
from schemathesis.openapi.checks import UseAfterFree
from schemathesis.specs.openapi import stateful as _stateful

from contract.references import fetch_token, with_valid_query, with_valid_references

TOKEN_OPERATION = "generate_access_token"


@schemathesis.auth().skip_for(operation_id=TOKEN_OPERATION)
class TokenOperationAuth:
    """A token from the token operation, refreshed every 5 minutes and on a 401."""

    def get(self, case: Any, context: Any) -> str:
        return fetch_token()

    def set(self, case: Any, data: str, context: Any) -> None:
        case.query = {**(case.query or {}), "access_token": data}


_likely_root = _stateful.is_likely_root_transition


def _is_entry_point(operation: Any, node: Any, produced_anywhere: set[str]) -> bool:
    """Creates without path parameters start chains; the rest as schemathesis decides."""
    if operation.method == "post" and not operation.path_parameters:
        return True
    return bool(_likely_root(operation, node, produced_anywhere))


_stateful.is_likely_root_transition = _is_entry_point


@schemathesis.hook
def map_case(context: Any, case: Any) -> Any:
    """Positive cases get references that exist: in the work-order and provider writes'
    bodies, and the acting user of any operation."""
    operation = context.operation
    if operation is None or case.meta is None:
        return case
    if case.meta.generation.mode != GenerationMode.POSITIVE:
        return case
    if isinstance(case.body, dict):
        operation_id = operation.definition.raw.get("operationId", "")
        case.body = with_valid_references(operation_id, case.body)
    if case.query:
        case.query = with_valid_query(case.query)
    return case


CANCELS = "DELETE /workorders/{work_order_id}"


@schemathesis.hook
def filter_failure(context: Any, failure: Any, case: Any, response: Any) -> bool:
    """Keep every failure but one documented expectation: ``DELETE /workorders/{id}`` cancels
    the work order and answers it Cancelled (spec: delete_work_order), so the work order stays
    readable afterwards; use-after-free holds for every other delete, sub-resources included."""
    return not (isinstance(failure, UseAfterFree) and failure.operation == CANCELS)


@schemathesis.hook
def before_add_examples(context: Any, examples: list[Any]) -> None:
    """The examples phase fills a parameter without an example (``acting_user_id`` has none,
    so that Swagger UI does not send one) with some other example value; name a user that
    exists instead. The spec's own examples are left as written."""
    for case in examples:
        if case.query:
            case.query = with_valid_query(case.query)
