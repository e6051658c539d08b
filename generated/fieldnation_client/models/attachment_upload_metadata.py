from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_task_ref import AttachmentTaskRef
    from ..models.attachment_upload_metadata_file import AttachmentUploadMetadataFile


T = TypeVar("T", bound="AttachmentUploadMetadata")


@_attrs_define
class AttachmentUploadMetadata:
    """Metadata sent with an uploaded file as the JSON `attachment` part (the android client's form), as an alternative to
    the plain `notes` field.

        Example:
            {'notes': 'Site photo', 'show_before_assignment': False}

        Attributes:
            notes (str | Unset):
            show_before_assignment (bool | Unset):
            task (AttachmentTaskRef | Unset): Task the file or folder is tied to; `id` is 0 when there is none. Example:
                {'id': 22578}.
            file (AttachmentUploadMetadataFile | Unset): Optional override of the stored file name.
    """

    notes: str | Unset = UNSET
    show_before_assignment: bool | Unset = UNSET
    task: AttachmentTaskRef | Unset = UNSET
    file: AttachmentUploadMetadataFile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notes = self.notes

        show_before_assignment = self.show_before_assignment

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notes is not UNSET:
            field_dict["notes"] = notes
        if show_before_assignment is not UNSET:
            field_dict["show_before_assignment"] = show_before_assignment
        if task is not UNSET:
            field_dict["task"] = task
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_task_ref import AttachmentTaskRef  # noqa: PLC0415
        from ..models.attachment_upload_metadata_file import AttachmentUploadMetadataFile  # noqa: PLC0415

        d = dict(src_dict)
        notes = d.pop("notes", UNSET)

        show_before_assignment = d.pop("show_before_assignment", UNSET)

        _task = d.pop("task", UNSET)
        task: AttachmentTaskRef | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = AttachmentTaskRef.from_dict(_task)

        _file = d.pop("file", UNSET)
        file: AttachmentUploadMetadataFile | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = AttachmentUploadMetadataFile.from_dict(_file)

        attachment_upload_metadata = cls(
            notes=notes, show_before_assignment=show_before_assignment, task=task, file=file
        )

        attachment_upload_metadata.additional_properties = d
        return attachment_upload_metadata

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
