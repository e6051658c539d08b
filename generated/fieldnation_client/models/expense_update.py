from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expense_update_status import ExpenseUpdateStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expense_category_ref import ExpenseCategoryRef
    from ..models.expense_update_receipt import ExpenseUpdateReceipt


T = TypeVar("T", bound="ExpenseUpdate")


@_attrs_define
class ExpenseUpdate:
    """Body of `PUT /workorders/{work_order_id}/expenses/{expense_id}`: change an expense, or approve or deny it with
    `status`. Only the fields sent are changed.

        Example:
            {'status': 'disapproved', 'status_description': 'Materials were supplied by the store.'}

        Attributes:
            category (ExpenseCategoryRef | Unset): Category chosen for a new or edited expense. Send the category `id` (and
                `uid` as the playground does), or the `company_expense_id` of a company-defined expense (see `GET
                /company/expenses`). Example: {'uid': 1, 'id': 10}.
            description (str | Unset):
            amount (float | str | Unset): Amount in US dollars. The playground sends a decimal string (`"50.00"`), older
                docs and the generated clients a number (`50`); both are accepted.
            quantity (float | Unset):
            receipt (ExpenseUpdateReceipt | Unset):
            status (ExpenseUpdateStatus | Unset): New review state; `rejected` is accepted as an alias of `disapproved`.
            status_description (str | Unset): Reason shown with the status, typically why the expense was denied.
            rejection_reason (str | Unset): Alias of `status_description` used by the guide.
    """

    category: ExpenseCategoryRef | Unset = UNSET
    description: str | Unset = UNSET
    amount: float | str | Unset = UNSET
    quantity: float | Unset = UNSET
    receipt: ExpenseUpdateReceipt | Unset = UNSET
    status: ExpenseUpdateStatus | Unset = UNSET
    status_description: str | Unset = UNSET
    rejection_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        description = self.description

        amount: float | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        quantity = self.quantity

        receipt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receipt, Unset):
            receipt = self.receipt.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_description = self.status_description

        rejection_reason = self.rejection_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if description is not UNSET:
            field_dict["description"] = description
        if amount is not UNSET:
            field_dict["amount"] = amount
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if receipt is not UNSET:
            field_dict["receipt"] = receipt
        if status is not UNSET:
            field_dict["status"] = status
        if status_description is not UNSET:
            field_dict["status_description"] = status_description
        if rejection_reason is not UNSET:
            field_dict["rejection_reason"] = rejection_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.expense_category_ref import ExpenseCategoryRef  # noqa: PLC0415
        from ..models.expense_update_receipt import ExpenseUpdateReceipt  # noqa: PLC0415

        d = dict(src_dict)
        _category = d.pop("category", UNSET)
        category: ExpenseCategoryRef | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = ExpenseCategoryRef.from_dict(_category)

        description = d.pop("description", UNSET)

        def _parse_amount(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        quantity = d.pop("quantity", UNSET)

        _receipt = d.pop("receipt", UNSET)
        receipt: ExpenseUpdateReceipt | Unset
        if isinstance(_receipt, Unset):
            receipt = UNSET
        else:
            receipt = ExpenseUpdateReceipt.from_dict(_receipt)

        _status = d.pop("status", UNSET)
        status: ExpenseUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ExpenseUpdateStatus(_status)

        status_description = d.pop("status_description", UNSET)

        rejection_reason = d.pop("rejection_reason", UNSET)

        expense_update = cls(
            category=category,
            description=description,
            amount=amount,
            quantity=quantity,
            receipt=receipt,
            status=status,
            status_description=status_description,
            rejection_reason=rejection_reason,
        )

        expense_update.additional_properties = d
        return expense_update

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
