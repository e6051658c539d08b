from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject
    from ..models.id_name import IdName


T = TypeVar("T", bound="SiteRevisit")


@_attrs_define
class SiteRevisit:
    """One return visit to the work order's site.

    Example:
        {'id': 13, 'reason': {'id': 10, 'name': 'Parts not delivered'}, 'is_billable': False, 'notes': 'Returning with
            the correct router model.', 'scheduled': {'utc': '2026-07-03 14:00:00'}, 'status': 'scheduled', 'created':
            {'utc': '2026-07-01 16:00:00'}}

    Attributes:
        id (int):
        reason (IdName | Unset): A reference to another object by id, with its display name when the API returns one.
            Example: {'id': 62, 'name': 'Point of Sale'}.
        is_billable (bool | Unset): Whether the revisit is paid.
        notes (str | Unset):
        scheduled (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
        status (str | Unset): State of the revisit (the guide shows `scheduled`).
        created (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
    """

    id: int
    reason: IdName | Unset = UNSET
    is_billable: bool | Unset = UNSET
    notes: str | Unset = UNSET
    scheduled: DateObject | Unset = UNSET
    status: str | Unset = UNSET
    created: DateObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.to_dict()

        is_billable = self.is_billable

        notes = self.notes

        scheduled: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled, Unset):
            scheduled = self.scheduled.to_dict()

        status = self.status

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if is_billable is not UNSET:
            field_dict["is_billable"] = is_billable
        if notes is not UNSET:
            field_dict["notes"] = notes
        if scheduled is not UNSET:
            field_dict["scheduled"] = scheduled
        if status is not UNSET:
            field_dict["status"] = status
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.id_name import IdName  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _reason = d.pop("reason", UNSET)
        reason: IdName | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = IdName.from_dict(_reason)

        is_billable = d.pop("is_billable", UNSET)

        notes = d.pop("notes", UNSET)

        _scheduled = d.pop("scheduled", UNSET)
        scheduled: DateObject | Unset
        if isinstance(_scheduled, Unset):
            scheduled = UNSET
        else:
            scheduled = DateObject.from_dict(_scheduled)

        status = d.pop("status", UNSET)

        _created = d.pop("created", UNSET)
        created: DateObject | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = DateObject.from_dict(_created)

        site_revisit = cls(
            id=id,
            reason=reason,
            is_billable=is_billable,
            notes=notes,
            scheduled=scheduled,
            status=status,
            created=created,
        )

        site_revisit.additional_properties = d
        return site_revisit

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
