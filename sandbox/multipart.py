"""A multipart form sends each of its single-valued fields once.

A form may repeat a name, and a reader that keeps one of the values (the last, as a dict does)
validates and stores something other than what was sent: two `file` parts stored one file, and
`force_upload=bogus` followed by `force_upload=1` passed the enum check. So a repeated field whose
schema does not admit an array is a 400 in the error envelope, before validation. A name the
schema leaves free (an additional property) or declares as an array may repeat.
"""

from __future__ import annotations

from typing import Any

from starlette.datastructures import FormData

from .errors import ApiError


def repeated(form: FormData) -> list[str]:
    """The names sent more than once, in the order they first appear."""
    seen: set[str] = set()
    out: list[str] = []
    for key, _ in form.multi_items():
        if key in seen and key not in out:
            out.append(key)
        seen.add(key)
    return out


def single_valued(validator: Any, names: list[str]) -> list[str]:
    """Those of ``names`` whose schema (through the body validator) does not admit an array."""
    probe: dict[str, list[str]] = {name: [] for name in names}
    refused = {
        error.absolute_path[0]
        for error in validator.iter_errors(probe)
        if len(error.absolute_path) == 1 and error.validator == "type"
    }
    return [name for name in names if name in refused]


def reject_repeated(form: FormData, validator: Any) -> None:
    """400 when a single-valued field of the form is sent more than once."""
    twice = single_valued(validator, repeated(form))
    if twice:
        names = ", ".join(f"`{name}`" for name in twice)
        raise ApiError(
            400,
            f"{names}: sent more than once; send each field of the form once",
            [{"field": f"body.{name}", "message": "sent more than once"} for name in twice],
        )
