"""A multipart form sends each field once: a repeated name is a 400 in the error envelope, and
nothing is stored (the sandbox used to keep the last value and validate that)."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator

from sandbox.multipart import single_valued

from .conftest import Api
from .recipes.attachments import PHOTO, folder
from .recipes.time_logs import work_order

OTHER = ("second.pdf", b"%PDF-1.7 second file", "application/pdf")


def files_in(api: Api, wo: int, folder_id: int) -> list[Any]:
    body = api.call("list_work_order_attachments", path={"work_order_id": wo}, expect=200).json()
    return next(f for f in body["results"] if f["id"] == folder_id)["results"]


@pytest.mark.parametrize(
    ("parts", "field"),
    [
        pytest.param([("file", PHOTO), ("file", OTHER)], "file", id="two-files"),
        pytest.param(
            [("file", PHOTO), ("notes", (None, "first")), ("notes", (None, "second"))],
            "notes",
            id="two-notes",
        ),
        pytest.param(
            # the last value alone is valid: it used to be the only one checked
            [("file", PHOTO), ("force_upload", (None, "bogus")), ("force_upload", (None, "1"))],
            "force_upload",
            id="invalid-then-valid",
        ),
        pytest.param(
            [
                ("file", PHOTO),
                ("attachment", (None, '{"notes": 5}', "application/json")),
                ("attachment", (None, '{"notes": "ok"}', "application/json")),
            ],
            "attachment",
            id="two-json-parts",
        ),
    ],
)
def test_a_repeated_field_is_refused_and_nothing_is_stored(
    api: Api, parts: list[tuple[str, Any]], field: str
) -> None:
    wo = work_order(api)
    folder_id = folder(api, wo)
    answer = api.call(
        "create_work_order_attachment",
        path={"work_order_id": wo, "folder_id": folder_id},
        files=parts,
        expect=400,
    ).json()
    assert answer["status"] == 400
    assert answer["message"] == f"`{field}`: sent more than once; send each field of the form once"
    assert answer["errors"] == [{"field": f"body.{field}", "message": "sent more than once"}]
    assert files_in(api, wo, folder_id) == []


def test_every_field_once_is_stored(api: Api) -> None:
    """The control: the same parts, each sent once, upload the file with its note."""
    wo = work_order(api)
    folder_id = folder(api, wo)
    api.call(
        "create_work_order_attachment",
        path={"work_order_id": wo, "folder_id": folder_id},
        files=[("file", PHOTO), ("notes", (None, "first")), ("force_upload", (None, "1"))],
        expect=201,
    )
    [stored] = files_in(api, wo, folder_id)
    assert stored["file"]["name"] == PHOTO[0] and stored["notes"] == "first"


def test_a_name_the_schema_leaves_free_may_repeat(api: Api) -> None:
    """Only declared single-valued fields must come once: the form's schema allows other
    names with any value, so a repeated one is an array, which is valid (and not read)."""
    wo = work_order(api)
    folder_id = folder(api, wo)
    api.call(
        "create_work_order_attachment",
        path={"work_order_id": wo, "folder_id": folder_id},
        files=[("file", PHOTO), ("extra", (None, "a")), ("extra", (None, "b"))],
        expect=201,
    )
    assert len(files_in(api, wo, folder_id)) == 1


def test_single_valued_reads_the_schema() -> None:
    schema = {
        "type": "object",
        "properties": {
            "one": {"type": "string"},
            "many": {"type": "array", "items": {"type": "string"}},
            "either": {"type": ["string", "array"]},
        },
    }
    validator = Draft202012Validator(schema)
    assert single_valued(validator, ["one", "many", "either", "free"]) == ["one"]
