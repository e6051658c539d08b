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
from schemathesis.specs.openapi import checks as _openapi_checks
from schemathesis.specs.openapi import stateful as _stateful
from schemathesis.transport.serialization import Binary

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


# A multipart field carries text: `notes` generated as the number 5.0 goes out as the text
# "5.0", which is a valid note, so the negation never reaches the server. Schemathesis knows this
# (it re-reads a form body as sent before negative_data_rejection fails it), but it re-validates
# with the generated value of every part sent as a file, and jsonschema cannot read the binary
# wrapper of the upload's `file` part: the re-reading fails and an accepted upload with a
# harmless `notes` was reported as "Schema-violating request accepted". The file part is judged
# as the text it stands for (any text is a `format: binary` string); every other part as before.
_form_body_is_valid_as_sent = _openapi_checks._form_body_is_valid_as_sent


def _form_body_with_files_is_valid_as_sent(response: Any, case: Any, media_type: str) -> bool:
    body = case.body
    if not isinstance(body, dict) or not any(isinstance(v, Binary) for v in body.values()):
        return bool(_form_body_is_valid_as_sent(response, case, media_type))
    as_text = {k: v.data.decode("latin-1") if isinstance(v, Binary) else v for k, v in body.items()}
    object.__setattr__(case, "body", as_text)  # bypasses schemathesis' change tracking
    try:
        return bool(_form_body_is_valid_as_sent(response, case, media_type))
    finally:
        object.__setattr__(case, "body", body)


_openapi_checks._form_body_is_valid_as_sent = _form_body_with_files_is_valid_as_sent


@schemathesis.hook
def map_case(context: Any, case: Any) -> Any:
    """Positive cases get references that exist: in the work-order and provider writes'
    bodies, and the acting user of any operation."""
    operation = context.operation
    if operation is None or case.meta is None:
        return case
    if case.meta.generation.mode != GenerationMode.POSITIVE:
        return case
    # Assign a container only when it changes: schemathesis re-validates an assigned container
    # and counts a body holding a binary part (the multipart upload's ``file``) as invalid, so
    # reassigning an unchanged upload turned a positive case negative, and its 201 then failed
    # negative_data_rejection ("Schema-violating request accepted", "Positive test case").
    if isinstance(case.body, dict):
        operation_id = operation.definition.raw.get("operationId", "")
        body = with_valid_references(operation_id, case.body)
        if body != case.body:
            case.body = body
    if case.query:
        query = with_valid_query(case.query)
        if query != case.query:
            case.query = query
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
