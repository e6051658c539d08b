from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_task_ref import AttachmentTaskRef, AttachmentTaskRefDict
    from ..models.attachment_upload_metadata_file import (
        AttachmentUploadMetadataFile,
        AttachmentUploadMetadataFileDict,
    )


class AttachmentUploadMetadata(_m.BaseModel):
    """Metadata sent with an uploaded file as the JSON `attachment` part (the android client's form), as an alternative to
    the plain `notes` field.

        Example:
            {'notes': 'Site photo', 'show_before_assignment': False}

        Attributes:
            notes (str | None):
            show_before_assignment (bool | None):
            task (AttachmentTaskRef | None): Task the file or folder is tied to; `id` is 0 when there is none.
            file (AttachmentUploadMetadataFile | None): Optional override of the stored file name.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        notes: str | Unset = UNSET,
        show_before_assignment: bool | Unset = UNSET,
        task: AttachmentTaskRef | Unset = UNSET,
        file: AttachmentUploadMetadataFile | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("notes", notes)
        self._set("show_before_assignment", show_before_assignment)
        self._set("task", task)
        self._set("file", file)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.attachment_task_ref import AttachmentTaskRef  # noqa: PLC0415
        from ..models.attachment_upload_metadata_file import AttachmentUploadMetadataFile  # noqa: PLC0415

        return {
            "notes": _m.Field(_m.STR, False, False),
            "show_before_assignment": _m.Field(_m.BOOL, False, False),
            "task": _m.Field(_m.Model(AttachmentTaskRef), False, False),
            "file": _m.Field(_m.Model(AttachmentUploadMetadataFile), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def notes(self) -> str | None:
        return cast("str | None", self._get("notes"))

    @notes.setter
    def notes(self, value: str | None) -> None:
        self._set("notes", value)

    @property
    def show_before_assignment(self) -> bool | None:
        return cast("bool | None", self._get("show_before_assignment"))

    @show_before_assignment.setter
    def show_before_assignment(self, value: bool | None) -> None:
        self._set("show_before_assignment", value)

    @property
    def task(self) -> AttachmentTaskRef | None:
        """Task the file or folder is tied to; `id` is 0 when there is none."""
        return cast("AttachmentTaskRef | None", self._get("task"))

    @task.setter
    def task(self, value: AttachmentTaskRef | None) -> None:
        self._set("task", value)

    @property
    def file(self) -> AttachmentUploadMetadataFile | None:
        """Optional override of the stored file name."""
        return cast("AttachmentUploadMetadataFile | None", self._get("file"))

    @file.setter
    def file(self, value: AttachmentUploadMetadataFile | None) -> None:
        self._set("file", value)


class AttachmentUploadMetadataDict(TypedDict, total=False):
    """:class:`AttachmentUploadMetadata` as plain data (JSON keys); accepted wherever the model is sent."""

    notes: str
    show_before_assignment: bool
    task: AttachmentTaskRef | AttachmentTaskRefDict
    file: AttachmentUploadMetadataFile | AttachmentUploadMetadataFileDict
