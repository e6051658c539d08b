from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expense_category_ref import ExpenseCategoryRef
    from ..models.expense_input_receipt import ExpenseInputReceipt


T = TypeVar("T", bound="ExpenseInput")


@_attrs_define
class ExpenseInput:
    """Body of `POST /workorders/{work_order_id}/expenses`.

    Example:
        {'category': {'uid': 1, 'id': 10}, 'description': 'Cat6 cable, 50 ft', 'amount': '50.00', 'quantity': 1}

    Attributes:
        description (str):
        amount (float | str): Amount in US dollars. The playground sends a decimal string (`"50.00"`), older docs and
            the generated clients a number (`50`); both are accepted.
        category (ExpenseCategoryRef | Unset): Category chosen for a new or edited expense. Send the category `id` (and
            `uid` as the playground does), or the `company_expense_id` of a company-defined expense (see `GET
            /company/expenses`). Example: {'uid': 1, 'id': 10}.
        quantity (float | Unset): Number of units; the amount is per expense line, not per unit.
        receipt (ExpenseInputReceipt | Unset): Receipt information (shape not documented).
    """

    description: str
    amount: float | str
    category: ExpenseCategoryRef | Unset = UNSET
    quantity: float | Unset = UNSET
    receipt: ExpenseInputReceipt | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        amount: float | str
        amount = self.amount

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        quantity = self.quantity

        receipt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receipt, Unset):
            receipt = self.receipt.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"description": description, "amount": amount})
        if category is not UNSET:
            field_dict["category"] = category
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if receipt is not UNSET:
            field_dict["receipt"] = receipt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.expense_category_ref import ExpenseCategoryRef  # noqa: PLC0415
        from ..models.expense_input_receipt import ExpenseInputReceipt  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description")

        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))

        _category = d.pop("category", UNSET)
        category: ExpenseCategoryRef | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = ExpenseCategoryRef.from_dict(_category)

        quantity = d.pop("quantity", UNSET)

        _receipt = d.pop("receipt", UNSET)
        receipt: ExpenseInputReceipt | Unset
        if isinstance(_receipt, Unset):
            receipt = UNSET
        else:
            receipt = ExpenseInputReceipt.from_dict(_receipt)

        expense_input = cls(
            description=description, amount=amount, category=category, quantity=quantity, receipt=receipt
        )

        expense_input.additional_properties = d
        return expense_input

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
