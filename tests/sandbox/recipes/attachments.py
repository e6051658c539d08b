"""Recipes: attachment folders and files (the multipart upload included)."""

from __future__ import annotations

from typing import Any

from . import recipe
from .time_logs import work_order

PHOTO = ("site_photo.jpg", b"\xff\xd8\xff\xe0 fake jpeg bytes \xff\xd9", "image/jpeg")


def folder(api: Any, wo: int, name: str = "Site Photos") -> int:
    answer = api.call(
        "create_attachment_folder",
        path={"work_order_id": wo},
        json={"name": name, "type": "slot", "max_files": 10},
        expect=201,
    ).json()
    return int(answer["attachments"]["results"][0]["id"])


def upload(
    api: Any, wo: int, folder_id: int, file: tuple[str, bytes, str] = PHOTO, **data: Any
) -> Any:
    return api.call(
        "create_work_order_attachment",
        path={"work_order_id": wo, "folder_id": folder_id},
        files={"file": file},
        data=data,
    )


def with_file(api: Any) -> tuple[int, int, int]:
    """A work order with a folder holding one uploaded photo: (work order, folder, file)."""
    wo = work_order(api)
    folder_id = folder(api, wo)
    answer = upload(api, wo, folder_id, notes="Site photo")
    assert answer.status_code == 201, answer.text
    return wo, folder_id, int(answer.json()["attachments"]["results"][0]["results"][0]["id"])


@recipe("list_work_order_attachments")
def list_attachments(api: Any) -> Any:
    wo, _, _ = with_file(api)
    return api.call("list_work_order_attachments", path={"work_order_id": wo})


@recipe("create_attachment_folder")
def create_folder(api: Any) -> Any:
    return api.call(
        "create_attachment_folder",
        path={"work_order_id": work_order(api)},
        json={"name": "Completion Photos", "type": "slot", "min_files": 2, "max_files": 10},
    )


@recipe("create_work_order_attachment")
def create_file(api: Any) -> Any:
    wo = work_order(api)
    return upload(api, wo, folder(api, wo), notes="Site photo")


@recipe("delete_work_order_attachment")
def delete_file(api: Any) -> Any:
    wo, folder_id, file_id = with_file(api)
    return api.call(
        "delete_work_order_attachment",
        path={"work_order_id": wo, "folder_id": folder_id, "attachment_id": file_id},
    )


@recipe("update_work_order_attachment")
def update_file(api: Any) -> Any:
    wo, folder_id, file_id = with_file(api)
    return api.call(
        "update_work_order_attachment",
        path={"work_order_id": wo, "folder_id": folder_id, "attachment_id": file_id},
        json={"status": "APPROVED", "notes": "Clear image"},
    )
