from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attachment_update_status import AttachmentUpdateStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachmentUpdate")


@_attrs_define
class AttachmentUpdate:
    """Changes to a file's metadata: notes, visibility (`show_before_assignment`) or the review decision on a deliverable
    (`status`, with `status_description` when denying).

        Example:
            {'status': 'APPROVED', 'notes': 'Clear image'}

        Attributes:
            notes (str | Unset):
            status (AttachmentUpdateStatus | Unset):
            status_description (str | Unset):
            show_before_assignment (bool | Unset):
            schedule_request (bool | Unset): Mark the file as a schedule request.
            eta_check (bool | Unset):
            completed_at_date (float | Unset): Completion time as a Unix timestamp.
            filename (str | Unset): Guide spelling; new display name of the file (not blank).
            visible_to_provider (bool | Unset): Guide spelling of `show_before_assignment`.
    """

    notes: str | Unset = UNSET
    status: AttachmentUpdateStatus | Unset = UNSET
    status_description: str | Unset = UNSET
    show_before_assignment: bool | Unset = UNSET
    schedule_request: bool | Unset = UNSET
    eta_check: bool | Unset = UNSET
    completed_at_date: float | Unset = UNSET
    filename: str | Unset = UNSET
    visible_to_provider: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notes = self.notes

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_description = self.status_description

        show_before_assignment = self.show_before_assignment

        schedule_request = self.schedule_request

        eta_check = self.eta_check

        completed_at_date = self.completed_at_date

        filename = self.filename

        visible_to_provider = self.visible_to_provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notes is not UNSET:
            field_dict["notes"] = notes
        if status is not UNSET:
            field_dict["status"] = status
        if status_description is not UNSET:
            field_dict["status_description"] = status_description
        if show_before_assignment is not UNSET:
            field_dict["show_before_assignment"] = show_before_assignment
        if schedule_request is not UNSET:
            field_dict["schedule_request"] = schedule_request
        if eta_check is not UNSET:
            field_dict["eta_check"] = eta_check
        if completed_at_date is not UNSET:
            field_dict["completed_at_date"] = completed_at_date
        if filename is not UNSET:
            field_dict["filename"] = filename
        if visible_to_provider is not UNSET:
            field_dict["visible_to_provider"] = visible_to_provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notes = d.pop("notes", UNSET)

        _status = d.pop("status", UNSET)
        status: AttachmentUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AttachmentUpdateStatus(_status)

        status_description = d.pop("status_description", UNSET)

        show_before_assignment = d.pop("show_before_assignment", UNSET)

        schedule_request = d.pop("schedule_request", UNSET)

        eta_check = d.pop("eta_check", UNSET)

        completed_at_date = d.pop("completed_at_date", UNSET)

        filename = d.pop("filename", UNSET)

        visible_to_provider = d.pop("visible_to_provider", UNSET)

        attachment_update = cls(
            notes=notes,
            status=status,
            status_description=status_description,
            show_before_assignment=show_before_assignment,
            schedule_request=schedule_request,
            eta_check=eta_check,
            completed_at_date=completed_at_date,
            filename=filename,
            visible_to_provider=visible_to_provider,
        )

        attachment_update.additional_properties = d
        return attachment_update

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
