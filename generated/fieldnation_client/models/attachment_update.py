from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..models.attachment_update_status import AttachmentUpdateStatus
from ..types import UNSET, Unset


class AttachmentUpdate(_m.BaseModel):
    """Changes to a file's metadata: notes, visibility (`show_before_assignment`) or the review decision on a deliverable
    (`status`, with `status_description` when denying).

        Example:
            {'status': 'APPROVED', 'notes': 'Clear image'}

        Attributes:
            notes (str | None):
            status (AttachmentUpdateStatus | None):
            status_description (str | None):
            show_before_assignment (bool | None):
            schedule_request (bool | None): Mark the file as a schedule request.
            eta_check (bool | None):
            completed_at_date (float | None): Completion time as a Unix timestamp.
            filename (str | None): Guide spelling; new display name of the file (not blank).
            visible_to_provider (bool | None): Guide spelling of `show_before_assignment`.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        notes: str | Unset = UNSET,
        status: AttachmentUpdateStatus | Unset = UNSET,
        status_description: str | Unset = UNSET,
        show_before_assignment: bool | Unset = UNSET,
        schedule_request: bool | Unset = UNSET,
        eta_check: bool | Unset = UNSET,
        completed_at_date: float | Unset = UNSET,
        filename: str | Unset = UNSET,
        visible_to_provider: bool | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("notes", notes)
        self._set("status", status)
        self._set("status_description", status_description)
        self._set("show_before_assignment", show_before_assignment)
        self._set("schedule_request", schedule_request)
        self._set("eta_check", eta_check)
        self._set("completed_at_date", completed_at_date)
        self._set("filename", filename)
        self._set("visible_to_provider", visible_to_provider)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "notes": _m.Field(_m.STR, False, False),
            "status": _m.Field(_m.Enum(AttachmentUpdateStatus), False, False),
            "status_description": _m.Field(_m.STR, False, False),
            "show_before_assignment": _m.Field(_m.BOOL, False, False),
            "schedule_request": _m.Field(_m.BOOL, False, False),
            "eta_check": _m.Field(_m.BOOL, False, False),
            "completed_at_date": _m.Field(_m.FLOAT, False, False),
            "filename": _m.Field(_m.STR, False, False),
            "visible_to_provider": _m.Field(_m.BOOL, False, False),
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
    def status(self) -> AttachmentUpdateStatus | None:
        return cast("AttachmentUpdateStatus | None", self._get("status"))

    @status.setter
    def status(self, value: AttachmentUpdateStatus | None) -> None:
        self._set("status", value)

    @property
    def status_description(self) -> str | None:
        return cast("str | None", self._get("status_description"))

    @status_description.setter
    def status_description(self, value: str | None) -> None:
        self._set("status_description", value)

    @property
    def show_before_assignment(self) -> bool | None:
        return cast("bool | None", self._get("show_before_assignment"))

    @show_before_assignment.setter
    def show_before_assignment(self, value: bool | None) -> None:
        self._set("show_before_assignment", value)

    @property
    def schedule_request(self) -> bool | None:
        """Mark the file as a schedule request."""
        return cast("bool | None", self._get("schedule_request"))

    @schedule_request.setter
    def schedule_request(self, value: bool | None) -> None:
        self._set("schedule_request", value)

    @property
    def eta_check(self) -> bool | None:
        return cast("bool | None", self._get("eta_check"))

    @eta_check.setter
    def eta_check(self, value: bool | None) -> None:
        self._set("eta_check", value)

    @property
    def completed_at_date(self) -> float | None:
        """Completion time as a Unix timestamp."""
        return cast("float | None", self._get("completed_at_date"))

    @completed_at_date.setter
    def completed_at_date(self, value: float | None) -> None:
        self._set("completed_at_date", value)

    @property
    def filename(self) -> str | None:
        """Guide spelling; new display name of the file (not blank)."""
        return cast("str | None", self._get("filename"))

    @filename.setter
    def filename(self, value: str | None) -> None:
        self._set("filename", value)

    @property
    def visible_to_provider(self) -> bool | None:
        """Guide spelling of `show_before_assignment`."""
        return cast("bool | None", self._get("visible_to_provider"))

    @visible_to_provider.setter
    def visible_to_provider(self, value: bool | None) -> None:
        self._set("visible_to_provider", value)


class AttachmentUpdateDict(TypedDict, total=False):
    """:class:`AttachmentUpdate` as plain data (JSON keys); accepted wherever the model is sent."""

    notes: str
    status: AttachmentUpdateStatus | str
    status_description: str
    show_before_assignment: bool
    schedule_request: bool
    eta_check: bool
    completed_at_date: float
    filename: str
    visible_to_provider: bool
