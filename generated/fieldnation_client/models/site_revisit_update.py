from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.site_revisit_update_scheduled import SiteRevisitUpdateScheduled


T = TypeVar("T", bound="SiteRevisitUpdate")


@_attrs_define
class SiteRevisitUpdate:
    """Body of `PUT /workorders/{work_order_id}/site-revisit/{revisit_id}`. Same fields as on creation, all optional.

    Example:
        {'revisit_reason': 13, 'is_billable': True}

    Attributes:
        revisit_reason (int | Unset):
        revisit_reason_id (int | Unset): Guide spelling of `revisit_reason`; accepted as an alias.
        is_billable (bool | Unset):
        notes (str | Unset):
        scheduled (SiteRevisitUpdateScheduled | Unset):
    """

    revisit_reason: int | Unset = UNSET
    revisit_reason_id: int | Unset = UNSET
    is_billable: bool | Unset = UNSET
    notes: str | Unset = UNSET
    scheduled: SiteRevisitUpdateScheduled | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        revisit_reason = self.revisit_reason

        revisit_reason_id = self.revisit_reason_id

        is_billable = self.is_billable

        notes = self.notes

        scheduled: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled, Unset):
            scheduled = self.scheduled.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if revisit_reason is not UNSET:
            field_dict["revisit_reason"] = revisit_reason
        if revisit_reason_id is not UNSET:
            field_dict["revisit_reason_id"] = revisit_reason_id
        if is_billable is not UNSET:
            field_dict["is_billable"] = is_billable
        if notes is not UNSET:
            field_dict["notes"] = notes
        if scheduled is not UNSET:
            field_dict["scheduled"] = scheduled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.site_revisit_update_scheduled import SiteRevisitUpdateScheduled  # noqa: PLC0415

        d = dict(src_dict)
        revisit_reason = d.pop("revisit_reason", UNSET)

        revisit_reason_id = d.pop("revisit_reason_id", UNSET)

        is_billable = d.pop("is_billable", UNSET)

        notes = d.pop("notes", UNSET)

        _scheduled = d.pop("scheduled", UNSET)
        scheduled: SiteRevisitUpdateScheduled | Unset
        if isinstance(_scheduled, Unset):
            scheduled = UNSET
        else:
            scheduled = SiteRevisitUpdateScheduled.from_dict(_scheduled)

        site_revisit_update = cls(
            revisit_reason=revisit_reason,
            revisit_reason_id=revisit_reason_id,
            is_billable=is_billable,
            notes=notes,
            scheduled=scheduled,
        )

        site_revisit_update.additional_properties = d
        return site_revisit_update

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
