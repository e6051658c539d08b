from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_folder import AttachmentFolder
    from ..models.attachment_folder_list_sum import AttachmentFolderListSum
    from ..models.list_metadata import ListMetadata


T = TypeVar("T", bound="AttachmentFolderList")


@_attrs_define
class AttachmentFolderList:
    """The attachment folders of a work order with their files (also embedded as `attachments` in the WorkOrder).
    `sum.unreviewed` counts deliverables waiting for review.

        Example:
            {'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 2}, 'sum': {'unreviewed': 1}, 'actions': [],
                'results': [{'id': 1, 'name': 'Documents', 'type': 'document', 'task': {'id': 0}, 'actions': ['upload'],
                'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 1}, 'results': [{'id': 101, 'folder_id': 1, 'file':
                {'name': 'install_guide.pdf', 'size': 245000, 'mime': 'application/pdf', 'link':
                'https://cdn.fieldnation.com/files/abc.pdf'}, 'show_before_assignment': True}]}, {'id': 2270, 'name': 'Misc',
                'type': 'slot', 'max_files': 999, 'actions': ['edit', 'delete', 'upload'], 'metadata': {'total': 1, 'page': 1,
                'pages': 1, 'per_page': 1}, 'results': [{'id': 176, 'folder_id': 2270, 'file': {'name': 'site_photo.jpg',
                'size': 482113, 'mime': 'image/jpeg'}, 'status': 'pending'}]}]}

        Attributes:
            results (list[AttachmentFolder]):
            metadata (ListMetadata | Unset): Pagination metadata of every page-based list envelope (`metadata` + `results`).
                The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
                example omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total':
                42, 'page': 1, 'pages': 2, 'per_page': 25}.
            sum_ (AttachmentFolderListSum | Unset):
            correlation_id (str | Unset):
            actions (list[str] | Unset):
    """

    results: list[AttachmentFolder]
    metadata: ListMetadata | Unset = UNSET
    sum_: AttachmentFolderListSum | Unset = UNSET
    correlation_id: str | Unset = UNSET
    actions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        sum_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sum_, Unset):
            sum_ = self.sum_.to_dict()

        correlation_id = self.correlation_id

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"results": results})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_folder import AttachmentFolder  # noqa: PLC0415
        from ..models.attachment_folder_list_sum import AttachmentFolderListSum  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = AttachmentFolder.from_dict(results_item_data)

            results.append(results_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: ListMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ListMetadata.from_dict(_metadata)

        _sum_ = d.pop("sum", UNSET)
        sum_: AttachmentFolderListSum | Unset
        if isinstance(_sum_, Unset):
            sum_ = UNSET
        else:
            sum_ = AttachmentFolderListSum.from_dict(_sum_)

        correlation_id = d.pop("correlation_id", UNSET)

        actions = cast(list[str], d.pop("actions", UNSET))

        attachment_folder_list = cls(
            results=results, metadata=metadata, sum_=sum_, correlation_id=correlation_id, actions=actions
        )

        attachment_folder_list.additional_properties = d
        return attachment_folder_list

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
