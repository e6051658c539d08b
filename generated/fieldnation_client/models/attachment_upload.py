from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.attachment_upload_force_upload import AttachmentUploadForceUpload
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.attachment_upload_metadata import AttachmentUploadMetadata, AttachmentUploadMetadataDict


class AttachmentUpload(_m.BaseModel):
    """Multipart form for uploading a file into a folder: the binary `file` part plus optional metadata, either as plain
    `notes` (playground) or as a JSON `attachment` part (android client).

        Example:
            {'file': '%PDF-1.7 (binary content)', 'notes': 'Site photo'}

        Attributes:
            file (File): The file content.
            notes (str | None):
            attachment (AttachmentUploadMetadata | None): Metadata sent with an uploaded file as the JSON `attachment` part
                (the android client's form), as an alternative to the plain `notes` field.
            force_upload (AttachmentUploadForceUpload | None): Sent as `1` by Field Nation's Android client on every upload.
                Its meaning is not documented; the local sandbox takes it as "store the file even when the folder already holds
                its `max_files`" (x-sandbox).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        file: File,
        notes: str | Unset = UNSET,
        attachment: AttachmentUploadMetadata | Unset = UNSET,
        force_upload: AttachmentUploadForceUpload | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("file", file)
        self._set("notes", notes)
        self._set("attachment", attachment)
        self._set("force_upload", force_upload)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.attachment_upload_metadata import AttachmentUploadMetadata  # noqa: PLC0415

        return {
            "file": _m.Field(_m.ANY, True, False),
            "notes": _m.Field(_m.STR, False, False),
            "attachment": _m.Field(_m.Model(AttachmentUploadMetadata), False, False),
            "force_upload": _m.Field(_m.Enum(AttachmentUploadForceUpload), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def file(self) -> File:
        """The file content."""
        return cast("File", self._get("file"))

    @file.setter
    def file(self, value: File) -> None:
        self._set("file", value)

    @property
    def notes(self) -> str | None:
        return cast("str | None", self._get("notes"))

    @notes.setter
    def notes(self, value: str | None) -> None:
        self._set("notes", value)

    @property
    def attachment(self) -> AttachmentUploadMetadata | None:
        """Metadata sent with an uploaded file as the JSON `attachment` part (the android client's form), as an
        alternative to the plain `notes` field."""
        return cast("AttachmentUploadMetadata | None", self._get("attachment"))

    @attachment.setter
    def attachment(self, value: AttachmentUploadMetadata | None) -> None:
        self._set("attachment", value)

    @property
    def force_upload(self) -> AttachmentUploadForceUpload | None:
        """Sent as `1` by Field Nation's Android client on every upload. Its meaning is not documented; the
        local sandbox takes it as "store the file even when the folder already holds its `max_files`"
        (x-sandbox)."""
        return cast("AttachmentUploadForceUpload | None", self._get("force_upload"))

    @force_upload.setter
    def force_upload(self, value: AttachmentUploadForceUpload | None) -> None:
        self._set("force_upload", value)


class AttachmentUploadDict(TypedDict, total=False):
    """:class:`AttachmentUpload` as plain data (JSON keys); accepted wherever the model is sent."""

    file: Required[File]
    notes: str
    attachment: AttachmentUploadMetadata | AttachmentUploadMetadataDict
    force_upload: AttachmentUploadForceUpload | str
