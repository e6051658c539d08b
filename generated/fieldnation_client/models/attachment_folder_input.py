from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attachment_folder_input_type import AttachmentFolderInputType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_task_ref import AttachmentTaskRef


T = TypeVar("T", bound="AttachmentFolderInput")


@_attrs_define
class AttachmentFolderInput:
    """A new attachment folder.

    Example:
        {'name': 'Site Photos'}

    Attributes:
        name (str): Folder name; not blank.
        type_ (AttachmentFolderInputType | Unset):  Default: AttachmentFolderInputType.SLOT.
        task (AttachmentTaskRef | Unset): Task the file or folder is tied to; `id` is 0 when there is none. Example:
            {'id': 22578}.
        min_files (int | Unset):
        max_files (int | Unset):
    """

    name: str
    type_: AttachmentFolderInputType | Unset = AttachmentFolderInputType.SLOT
    task: AttachmentTaskRef | Unset = UNSET
    min_files: int | Unset = UNSET
    max_files: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        min_files = self.min_files

        max_files = self.max_files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"name": name})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if task is not UNSET:
            field_dict["task"] = task
        if min_files is not UNSET:
            field_dict["min_files"] = min_files
        if max_files is not UNSET:
            field_dict["max_files"] = max_files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_task_ref import AttachmentTaskRef  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        _type_ = d.pop("type", UNSET)
        type_: AttachmentFolderInputType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AttachmentFolderInputType(_type_)

        _task = d.pop("task", UNSET)
        task: AttachmentTaskRef | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = AttachmentTaskRef.from_dict(_task)

        min_files = d.pop("min_files", UNSET)

        max_files = d.pop("max_files", UNSET)

        attachment_folder_input = cls(
            name=name, type_=type_, task=task, min_files=min_files, max_files=max_files
        )

        attachment_folder_input.additional_properties = d
        return attachment_folder_input

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
