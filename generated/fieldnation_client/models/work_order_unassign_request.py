from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef


T = TypeVar("T", bound="WorkOrderUnassignRequest")


@_attrs_define
class WorkOrderUnassignRequest:
    """Details of removing the assigned provider: who, why (a cancellation reason id of the company) and a comment.
    Removing a provider who already started may require a reason.

        Example:
            {'user': {'id': 9001}, 'reason_id': 7, 'comment': 'Provider cancelled; we will route to another technician.'}

        Attributes:
            user (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
            reason_id (int | str | Unset): Cancellation reason id.
            comment (str | Unset): Free-text explanation.
    """

    user: IdRef | Unset = UNSET
    reason_id: int | str | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        reason_id: int | str | Unset
        if isinstance(self.reason_id, Unset):
            reason_id = UNSET
        else:
            reason_id = self.reason_id

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user
        if reason_id is not UNSET:
            field_dict["reason_id"] = reason_id
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        d = dict(src_dict)
        _user = d.pop("user", UNSET)
        user: IdRef | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = IdRef.from_dict(_user)

        def _parse_reason_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        reason_id = _parse_reason_id(d.pop("reason_id", UNSET))

        comment = d.pop("comment", UNSET)

        work_order_unassign_request = cls(user=user, reason_id=reason_id, comment=comment)

        work_order_unassign_request.additional_properties = d
        return work_order_unassign_request

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
