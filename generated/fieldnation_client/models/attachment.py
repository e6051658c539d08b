from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attachment_actions_item import AttachmentActionsItem
from ..models.attachment_status import AttachmentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_coords import AttachmentCoords
    from ..models.attachment_file import AttachmentFile
    from ..models.attachment_task_ref import AttachmentTaskRef
    from ..models.date_object import DateObject
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="Attachment")


@_attrs_define
class Attachment:
    """A file in an attachment folder: a client document, a task attachment or a provider deliverable.
    `show_before_assignment` controls visibility: true makes it public to providers before assignment.

        Example:
            {'id': 176, 'folder_id': 2270, 'file': {'name': 'site_photo.jpg', 'size': 482113, 'mime': 'image/jpeg', 'link':
                'https://cdn.fieldnation.com/files/site_photo.jpg'}, 'notes': 'Site photo', 'status': 'pending',
                'show_before_assignment': False, 'author': {'id': 9001, 'first_name': 'Riley', 'last_name': 'Okafor'},
                'created': {'utc': '2026-07-01 16:20:00', 'local': {'date': '2026-07-01', 'time': '11:20:00'}}, 'actions':
                ['view', 'approve', 'deny']}

        Attributes:
            id (int): Attachment (file) ID; the `attachment_id` path parameter.
            folder_id (int | Unset):
            file (AttachmentFile | Unset): The stored file behind an attachment. Example: {'name': 'install_guide.pdf',
                'size': 245000, 'mime': 'application/pdf', 'link': 'https://cdn.fieldnation.com/files/abc.pdf'}.
            notes (str | Unset):
            status (AttachmentStatus | Unset): Review state of a deliverable (files in `slot` folders). Example: pending.
            status_description (str | Unset): Reason given when a deliverable was denied.
            show_before_assignment (bool | Unset): Visibility; true shows the file to providers before assignment (public).
            task (AttachmentTaskRef | Unset): Task the file or folder is tied to; `id` is 0 when there is none. Example:
                {'id': 22578}.
            author (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example: {'id': 7001,
                'first_name': 'Dana', 'last_name': 'Whitfield'}.
            reviewer (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example: {'id':
                7001, 'first_name': 'Dana', 'last_name': 'Whitfield'}.
            created (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
            reviewed (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
            coords (AttachmentCoords | Unset): Where the file was captured, when the uploader shared a position.
            actions (list[AttachmentActionsItem] | Unset):
    """

    id: int
    folder_id: int | Unset = UNSET
    file: AttachmentFile | Unset = UNSET
    notes: str | Unset = UNSET
    status: AttachmentStatus | Unset = UNSET
    status_description: str | Unset = UNSET
    show_before_assignment: bool | Unset = UNSET
    task: AttachmentTaskRef | Unset = UNSET
    author: UserRef | Unset = UNSET
    reviewer: UserRef | Unset = UNSET
    created: DateObject | Unset = UNSET
    reviewed: DateObject | Unset = UNSET
    coords: AttachmentCoords | Unset = UNSET
    actions: list[AttachmentActionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        folder_id = self.folder_id

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        notes = self.notes

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_description = self.status_description

        show_before_assignment = self.show_before_assignment

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        reviewer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reviewer, Unset):
            reviewer = self.reviewer.to_dict()

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        reviewed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reviewed, Unset):
            reviewed = self.reviewed.to_dict()

        coords: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coords, Unset):
            coords = self.coords.to_dict()

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if file is not UNSET:
            field_dict["file"] = file
        if notes is not UNSET:
            field_dict["notes"] = notes
        if status is not UNSET:
            field_dict["status"] = status
        if status_description is not UNSET:
            field_dict["status_description"] = status_description
        if show_before_assignment is not UNSET:
            field_dict["show_before_assignment"] = show_before_assignment
        if task is not UNSET:
            field_dict["task"] = task
        if author is not UNSET:
            field_dict["author"] = author
        if reviewer is not UNSET:
            field_dict["reviewer"] = reviewer
        if created is not UNSET:
            field_dict["created"] = created
        if reviewed is not UNSET:
            field_dict["reviewed"] = reviewed
        if coords is not UNSET:
            field_dict["coords"] = coords
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_coords import AttachmentCoords  # noqa: PLC0415
        from ..models.attachment_file import AttachmentFile  # noqa: PLC0415
        from ..models.attachment_task_ref import AttachmentTaskRef  # noqa: PLC0415
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        folder_id = d.pop("folder_id", UNSET)

        _file = d.pop("file", UNSET)
        file: AttachmentFile | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = AttachmentFile.from_dict(_file)

        notes = d.pop("notes", UNSET)

        _status = d.pop("status", UNSET)
        status: AttachmentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AttachmentStatus(_status)

        status_description = d.pop("status_description", UNSET)

        show_before_assignment = d.pop("show_before_assignment", UNSET)

        _task = d.pop("task", UNSET)
        task: AttachmentTaskRef | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = AttachmentTaskRef.from_dict(_task)

        _author = d.pop("author", UNSET)
        author: UserRef | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = UserRef.from_dict(_author)

        _reviewer = d.pop("reviewer", UNSET)
        reviewer: UserRef | Unset
        if isinstance(_reviewer, Unset):
            reviewer = UNSET
        else:
            reviewer = UserRef.from_dict(_reviewer)

        _created = d.pop("created", UNSET)
        created: DateObject | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = DateObject.from_dict(_created)

        _reviewed = d.pop("reviewed", UNSET)
        reviewed: DateObject | Unset
        if isinstance(_reviewed, Unset):
            reviewed = UNSET
        else:
            reviewed = DateObject.from_dict(_reviewed)

        _coords = d.pop("coords", UNSET)
        coords: AttachmentCoords | Unset
        if isinstance(_coords, Unset):
            coords = UNSET
        else:
            coords = AttachmentCoords.from_dict(_coords)

        _actions = d.pop("actions", UNSET)
        actions: list[AttachmentActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = AttachmentActionsItem(actions_item_data)

                actions.append(actions_item)

        attachment = cls(
            id=id,
            folder_id=folder_id,
            file=file,
            notes=notes,
            status=status,
            status_description=status_description,
            show_before_assignment=show_before_assignment,
            task=task,
            author=author,
            reviewer=reviewer,
            created=created,
            reviewed=reviewed,
            coords=coords,
            actions=actions,
        )

        attachment.additional_properties = d
        return attachment

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
