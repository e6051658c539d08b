from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.attachment_actions_item import AttachmentActionsItem
from ..models.attachment_status import AttachmentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_coords import AttachmentCoords, AttachmentCoordsDict
    from ..models.attachment_file import AttachmentFile, AttachmentFileDict
    from ..models.attachment_task_ref import AttachmentTaskRef, AttachmentTaskRefDict
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.user_ref import UserRef, UserRefDict


class Attachment(_m.BaseModel):
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
            folder_id (int | None):
            file (AttachmentFile | None): The stored file behind an attachment.
            notes (str | None):
            status (AttachmentStatus | None): Review state of a deliverable (files in `slot` folders).
            status_description (str | None): Reason given when a deliverable was denied.
            show_before_assignment (bool | None): Visibility; true shows the file to providers before assignment (public).
            task (AttachmentTaskRef | None): Task the file or folder is tied to; `id` is 0 when there is none.
            author (UserRef | None): A user as embedded in other objects (author, assignee, manager).
            reviewer (UserRef | None): A user as embedded in other objects (author, assignee, manager).
            created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
            reviewed (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
            coords (AttachmentCoords | None): Where the file was captured, when the uploader shared a position.
            actions (list[AttachmentActionsItem] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        folder_id: int | Unset = UNSET,
        file: AttachmentFile | Unset = UNSET,
        notes: str | Unset = UNSET,
        status: AttachmentStatus | Unset = UNSET,
        status_description: str | Unset = UNSET,
        show_before_assignment: bool | Unset = UNSET,
        task: AttachmentTaskRef | Unset = UNSET,
        author: UserRef | Unset = UNSET,
        reviewer: UserRef | Unset = UNSET,
        created: DateObject | Unset = UNSET,
        reviewed: DateObject | Unset = UNSET,
        coords: AttachmentCoords | Unset = UNSET,
        actions: list[AttachmentActionsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("folder_id", folder_id)
        self._set("file", file)
        self._set("notes", notes)
        self._set("status", status)
        self._set("status_description", status_description)
        self._set("show_before_assignment", show_before_assignment)
        self._set("task", task)
        self._set("author", author)
        self._set("reviewer", reviewer)
        self._set("created", created)
        self._set("reviewed", reviewed)
        self._set("coords", coords)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.attachment_coords import AttachmentCoords  # noqa: PLC0415
        from ..models.attachment_file import AttachmentFile  # noqa: PLC0415
        from ..models.attachment_task_ref import AttachmentTaskRef  # noqa: PLC0415
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "folder_id": _m.Field(_m.INT, False, False),
            "file": _m.Field(_m.Model(AttachmentFile), False, False),
            "notes": _m.Field(_m.STR, False, False),
            "status": _m.Field(_m.Enum(AttachmentStatus), False, False),
            "status_description": _m.Field(_m.STR, False, False),
            "show_before_assignment": _m.Field(_m.BOOL, False, False),
            "task": _m.Field(_m.Model(AttachmentTaskRef), False, False),
            "author": _m.Field(_m.Model(UserRef), False, False),
            "reviewer": _m.Field(_m.Model(UserRef), False, False),
            "created": _m.Field(_m.Model(DateObject), False, False),
            "reviewed": _m.Field(_m.Model(DateObject), False, False),
            "coords": _m.Field(_m.Model(AttachmentCoords), False, False),
            "actions": _m.Field(_m.List(_m.Enum(AttachmentActionsItem)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        """Attachment (file) ID; the `attachment_id` path parameter."""
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def folder_id(self) -> int | None:
        return cast("int | None", self._get("folder_id"))

    @folder_id.setter
    def folder_id(self, value: int | None) -> None:
        self._set("folder_id", value)

    @property
    def file(self) -> AttachmentFile | None:
        """The stored file behind an attachment."""
        return cast("AttachmentFile | None", self._get("file"))

    @file.setter
    def file(self, value: AttachmentFile | None) -> None:
        self._set("file", value)

    @property
    def notes(self) -> str | None:
        return cast("str | None", self._get("notes"))

    @notes.setter
    def notes(self, value: str | None) -> None:
        self._set("notes", value)

    @property
    def status(self) -> AttachmentStatus | None:
        """Review state of a deliverable (files in `slot` folders)."""
        return cast("AttachmentStatus | None", self._get("status"))

    @status.setter
    def status(self, value: AttachmentStatus | None) -> None:
        self._set("status", value)

    @property
    def status_description(self) -> str | None:
        """Reason given when a deliverable was denied."""
        return cast("str | None", self._get("status_description"))

    @status_description.setter
    def status_description(self, value: str | None) -> None:
        self._set("status_description", value)

    @property
    def show_before_assignment(self) -> bool | None:
        """Visibility; true shows the file to providers before assignment (public)."""
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
    def author(self) -> UserRef | None:
        """A user as embedded in other objects (author, assignee, manager)."""
        return cast("UserRef | None", self._get("author"))

    @author.setter
    def author(self, value: UserRef | None) -> None:
        self._set("author", value)

    @property
    def reviewer(self) -> UserRef | None:
        """A user as embedded in other objects (author, assignee, manager)."""
        return cast("UserRef | None", self._get("reviewer"))

    @reviewer.setter
    def reviewer(self, value: UserRef | None) -> None:
        self._set("reviewer", value)

    @property
    def created(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("created"))

    @created.setter
    def created(self, value: DateObject | None) -> None:
        self._set("created", value)

    @property
    def reviewed(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("reviewed"))

    @reviewed.setter
    def reviewed(self, value: DateObject | None) -> None:
        self._set("reviewed", value)

    @property
    def coords(self) -> AttachmentCoords | None:
        """Where the file was captured, when the uploader shared a position."""
        return cast("AttachmentCoords | None", self._get("coords"))

    @coords.setter
    def coords(self, value: AttachmentCoords | None) -> None:
        self._set("coords", value)

    @property
    def actions(self) -> list[AttachmentActionsItem] | None:
        return cast("list[AttachmentActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[AttachmentActionsItem] | None) -> None:
        self._set("actions", value)


class AttachmentDict(TypedDict, total=False):
    """:class:`Attachment` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    folder_id: int
    file: AttachmentFile | AttachmentFileDict
    notes: str
    status: AttachmentStatus | str
    status_description: str
    show_before_assignment: bool
    task: AttachmentTaskRef | AttachmentTaskRefDict
    author: UserRef | UserRefDict
    reviewer: UserRef | UserRefDict
    created: DateObject | DateObjectDict
    reviewed: DateObject | DateObjectDict
    coords: AttachmentCoords | AttachmentCoordsDict
    actions: list[AttachmentActionsItem | str]
