from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attachment_folder_type import AttachmentFolderType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.attachment_task_ref import AttachmentTaskRef
    from ..models.list_metadata import ListMetadata


T = TypeVar("T", bound="AttachmentFolder")


@_attrs_define
class AttachmentFolder:
    """A folder of files. Every work order has a `Documents` folder (type `document`, client documents and task files) and
    a `Misc` folder (type `slot`, provider deliverables); buyers can add custom `slot` folders, which carry file-count
    and size limits.

        Example:
            {'id': 2270, 'name': 'Misc', 'type': 'slot', 'min_files': 0, 'max_files': 999, 'min_bytes': 1, 'max_bytes':
                104857600, 'task': {'id': 0}, 'actions': ['edit', 'delete', 'upload'], 'metadata': {'total': 0, 'page': 1,
                'pages': 1, 'per_page': 0}, 'results': []}

        Attributes:
            id (int): Folder ID; the `folder_id` path parameter.
            name (str):
            type_ (AttachmentFolderType | Unset):
            task (AttachmentTaskRef | Unset): Task the file or folder is tied to; `id` is 0 when there is none. Example:
                {'id': 22578}.
            min_files (int | Unset):
            max_files (int | Unset):
            min_bytes (int | Unset):
            max_bytes (int | Unset):
            actions (list[str] | Unset):
            metadata (ListMetadata | Unset): Pagination metadata of every page-based list envelope (`metadata` + `results`).
                The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
                example omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total':
                42, 'page': 1, 'pages': 2, 'per_page': 25}.
            results (list[Attachment] | Unset): The files in the folder.
    """

    id: int
    name: str
    type_: AttachmentFolderType | Unset = UNSET
    task: AttachmentTaskRef | Unset = UNSET
    min_files: int | Unset = UNSET
    max_files: int | Unset = UNSET
    min_bytes: int | Unset = UNSET
    max_bytes: int | Unset = UNSET
    actions: list[str] | Unset = UNSET
    metadata: ListMetadata | Unset = UNSET
    results: list[Attachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        min_files = self.min_files

        max_files = self.max_files

        min_bytes = self.min_bytes

        max_bytes = self.max_bytes

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id, "name": name})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if task is not UNSET:
            field_dict["task"] = task
        if min_files is not UNSET:
            field_dict["min_files"] = min_files
        if max_files is not UNSET:
            field_dict["max_files"] = max_files
        if min_bytes is not UNSET:
            field_dict["min_bytes"] = min_bytes
        if max_bytes is not UNSET:
            field_dict["max_bytes"] = max_bytes
        if actions is not UNSET:
            field_dict["actions"] = actions
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment import Attachment  # noqa: PLC0415
        from ..models.attachment_task_ref import AttachmentTaskRef  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        _type_ = d.pop("type", UNSET)
        type_: AttachmentFolderType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AttachmentFolderType(_type_)

        _task = d.pop("task", UNSET)
        task: AttachmentTaskRef | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = AttachmentTaskRef.from_dict(_task)

        min_files = d.pop("min_files", UNSET)

        max_files = d.pop("max_files", UNSET)

        min_bytes = d.pop("min_bytes", UNSET)

        max_bytes = d.pop("max_bytes", UNSET)

        actions = cast(list[str], d.pop("actions", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: ListMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ListMetadata.from_dict(_metadata)

        _results = d.pop("results", UNSET)
        results: list[Attachment] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = Attachment.from_dict(results_item_data)

                results.append(results_item)

        attachment_folder = cls(
            id=id,
            name=name,
            type_=type_,
            task=task,
            min_files=min_files,
            max_files=max_files,
            min_bytes=min_bytes,
            max_bytes=max_bytes,
            actions=actions,
            metadata=metadata,
            results=results,
        )

        attachment_folder.additional_properties = d
        return attachment_folder

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
