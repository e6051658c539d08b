from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.attachment_upload_force_upload import AttachmentUploadForceUpload
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.attachment_upload_metadata import AttachmentUploadMetadata


T = TypeVar("T", bound="AttachmentUpload")


@_attrs_define
class AttachmentUpload:
    """Multipart form for uploading a file into a folder: the binary `file` part plus optional metadata, either as plain
    `notes` (playground) or as a JSON `attachment` part (android client).

        Example:
            {'file': '%PDF-1.7 (binary content)', 'notes': 'Site photo'}

        Attributes:
            file (File): The file content.
            notes (str | Unset):
            attachment (AttachmentUploadMetadata | Unset): Metadata sent with an uploaded file as the JSON `attachment` part
                (the android client's form), as an alternative to the plain `notes` field. Example: {'notes': 'Site photo',
                'show_before_assignment': False}.
            force_upload (AttachmentUploadForceUpload | Unset): Sent as `1` by Field Nation's Android client on every
                upload. Its meaning is not documented; the local sandbox takes it as "store the file even when the folder
                already holds its `max_files`" (x-sandbox).
    """

    file: File
    notes: str | Unset = UNSET
    attachment: AttachmentUploadMetadata | Unset = UNSET
    force_upload: AttachmentUploadForceUpload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        notes = self.notes

        attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment, Unset):
            attachment = self.attachment.to_dict()

        force_upload: str | Unset = UNSET
        if not isinstance(self.force_upload, Unset):
            force_upload = self.force_upload.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"file": file})
        if notes is not UNSET:
            field_dict["notes"] = notes
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if force_upload is not UNSET:
            field_dict["force_upload"] = force_upload

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.notes, Unset):
            files.append(("notes", (None, str(self.notes).encode(), "text/plain")))

        if not isinstance(self.attachment, Unset):
            files.append(
                ("attachment", (None, json.dumps(self.attachment.to_dict()).encode(), "application/json"))
            )

        if not isinstance(self.force_upload, Unset):
            files.append(("force_upload", (None, str(self.force_upload.value).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_upload_metadata import AttachmentUploadMetadata  # noqa: PLC0415

        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        notes = d.pop("notes", UNSET)

        _attachment = d.pop("attachment", UNSET)
        attachment: AttachmentUploadMetadata | Unset
        if isinstance(_attachment, Unset):
            attachment = UNSET
        else:
            attachment = AttachmentUploadMetadata.from_dict(_attachment)

        _force_upload = d.pop("force_upload", UNSET)
        force_upload: AttachmentUploadForceUpload | Unset
        if isinstance(_force_upload, Unset):
            force_upload = UNSET
        else:
            force_upload = AttachmentUploadForceUpload(_force_upload)

        attachment_upload = cls(file=file, notes=notes, attachment=attachment, force_upload=force_upload)

        attachment_upload.additional_properties = d
        return attachment_upload

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
