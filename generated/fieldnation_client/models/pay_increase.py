from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pay_increase_actions_item import PayIncreaseActionsItem
from ..models.pay_increase_status import PayIncreaseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject
    from ..models.pay_increase_approved_by import PayIncreaseApprovedBy
    from ..models.pay_rate import PayRate
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="PayIncrease")


@_attrs_define
class PayIncrease:
    """A request to raise a work order's pay, usually from the assigned provider when the scope grows. The buyer accepts or
    denies it; `pay` is the rate being asked for.

        Example:
            {'id': 310, 'description': 'Second printer found on site; needs one more hour.', 'status': 'pending', 'pay':
                {'type': 'fixed', 'base': {'amount': 450, 'units': 1}, 'additional': {'amount': 0, 'units': 0}}, 'author':
                {'id': 9001, 'first_name': 'Sam', 'last_name': 'Ortega'}, 'created': {'utc': '2026-07-01 16:20:00'}, 'actions':
                ['accept', 'deny']}

        Attributes:
            id (int):
            description (str | Unset): Why the increase is requested.
            status (PayIncreaseStatus | Unset): `pending`, `accepted` or `denied` (generated models; what the local sandbox
                answers); the guide writes `approved` and `rejected`.
            amount (float | Unset): Dollars asked for (guide's form).
            reason (str | Unset): Why the increase is asked for (guide's form of `description`).
            requested_by (str | Unset): Who asked for it, for example `provider` (guide).
            approved_by (PayIncreaseApprovedBy | Unset): Who approved it (guide).
            status_description (str | Unset): Note recorded with the last status change.
            pay (PayRate | Unset): The rate part of a pay object (type, base and additional amounts). Used where only the
                rate matters, such as the pay a provider proposes in a pay increase. Example: {'type': 'fixed', 'base':
                {'amount': 450, 'units': 1}, 'additional': {'amount': 0, 'units': 0}}.
            author (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example: {'id': 7001,
                'first_name': 'Dana', 'last_name': 'Whitfield'}.
            created (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
            actions (list[PayIncreaseActionsItem] | Unset): What the caller may do with the increase.
    """

    id: int
    description: str | Unset = UNSET
    status: PayIncreaseStatus | Unset = UNSET
    amount: float | Unset = UNSET
    reason: str | Unset = UNSET
    requested_by: str | Unset = UNSET
    approved_by: PayIncreaseApprovedBy | Unset = UNSET
    status_description: str | Unset = UNSET
    pay: PayRate | Unset = UNSET
    author: UserRef | Unset = UNSET
    created: DateObject | Unset = UNSET
    actions: list[PayIncreaseActionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        amount = self.amount

        reason = self.reason

        requested_by = self.requested_by

        approved_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approved_by, Unset):
            approved_by = self.approved_by.to_dict()

        status_description = self.status_description

        pay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay, Unset):
            pay = self.pay.to_dict()

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if amount is not UNSET:
            field_dict["amount"] = amount
        if reason is not UNSET:
            field_dict["reason"] = reason
        if requested_by is not UNSET:
            field_dict["requested_by"] = requested_by
        if approved_by is not UNSET:
            field_dict["approved_by"] = approved_by
        if status_description is not UNSET:
            field_dict["status_description"] = status_description
        if pay is not UNSET:
            field_dict["pay"] = pay
        if author is not UNSET:
            field_dict["author"] = author
        if created is not UNSET:
            field_dict["created"] = created
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.pay_increase_approved_by import PayIncreaseApprovedBy  # noqa: PLC0415
        from ..models.pay_rate import PayRate  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        description = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: PayIncreaseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PayIncreaseStatus(_status)

        amount = d.pop("amount", UNSET)

        reason = d.pop("reason", UNSET)

        requested_by = d.pop("requested_by", UNSET)

        _approved_by = d.pop("approved_by", UNSET)
        approved_by: PayIncreaseApprovedBy | Unset
        if isinstance(_approved_by, Unset):
            approved_by = UNSET
        else:
            approved_by = PayIncreaseApprovedBy.from_dict(_approved_by)

        status_description = d.pop("status_description", UNSET)

        _pay = d.pop("pay", UNSET)
        pay: PayRate | Unset
        if isinstance(_pay, Unset):
            pay = UNSET
        else:
            pay = PayRate.from_dict(_pay)

        _author = d.pop("author", UNSET)
        author: UserRef | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = UserRef.from_dict(_author)

        _created = d.pop("created", UNSET)
        created: DateObject | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = DateObject.from_dict(_created)

        _actions = d.pop("actions", UNSET)
        actions: list[PayIncreaseActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = PayIncreaseActionsItem(actions_item_data)

                actions.append(actions_item)

        pay_increase = cls(
            id=id,
            description=description,
            status=status,
            amount=amount,
            reason=reason,
            requested_by=requested_by,
            approved_by=approved_by,
            status_description=status_description,
            pay=pay,
            author=author,
            created=created,
            actions=actions,
        )

        pay_increase.additional_properties = d
        return pay_increase

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
