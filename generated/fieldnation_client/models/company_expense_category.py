from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_expense_category_actions_item import CompanyExpenseCategoryActionsItem
from ..models.company_expense_category_type import CompanyExpenseCategoryType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyExpenseCategory")


@_attrs_define
class CompanyExpenseCategory:
    """An expense category providers may claim on the company's work orders: a system category (travel, materials...) or a
    company-defined ("pre-defined") expense with a default amount.

        Example:
            {'id': 12, 'company_expense_id': 0, 'label': 'Materials', 'type': 'system', 'amount': 0}

        Attributes:
            id (int):
            uid (int | Unset):
            company_expense_id (int | Unset): Id of the company-defined expense; 0 for system categories.
            label (str | Unset):
            name (str | Unset): Alias of `label` on the overview page.
            description (str | Unset):
            type_ (CompanyExpenseCategoryType | Unset):
            amount (float | Unset): Default amount of a pre-defined expense.
            requires_receipt (bool | Unset):
            api_code (str | Unset):
            hidden_tags (str | Unset):
            actions (list[CompanyExpenseCategoryActionsItem] | Unset):
    """

    id: int
    uid: int | Unset = UNSET
    company_expense_id: int | Unset = UNSET
    label: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: CompanyExpenseCategoryType | Unset = UNSET
    amount: float | Unset = UNSET
    requires_receipt: bool | Unset = UNSET
    api_code: str | Unset = UNSET
    hidden_tags: str | Unset = UNSET
    actions: list[CompanyExpenseCategoryActionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uid = self.uid

        company_expense_id = self.company_expense_id

        label = self.label

        name = self.name

        description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        amount = self.amount

        requires_receipt = self.requires_receipt

        api_code = self.api_code

        hidden_tags = self.hidden_tags

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if uid is not UNSET:
            field_dict["uid"] = uid
        if company_expense_id is not UNSET:
            field_dict["company_expense_id"] = company_expense_id
        if label is not UNSET:
            field_dict["label"] = label
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount is not UNSET:
            field_dict["amount"] = amount
        if requires_receipt is not UNSET:
            field_dict["requires_receipt"] = requires_receipt
        if api_code is not UNSET:
            field_dict["api_code"] = api_code
        if hidden_tags is not UNSET:
            field_dict["hidden_tags"] = hidden_tags
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        uid = d.pop("uid", UNSET)

        company_expense_id = d.pop("company_expense_id", UNSET)

        label = d.pop("label", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CompanyExpenseCategoryType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CompanyExpenseCategoryType(_type_)

        amount = d.pop("amount", UNSET)

        requires_receipt = d.pop("requires_receipt", UNSET)

        api_code = d.pop("api_code", UNSET)

        hidden_tags = d.pop("hidden_tags", UNSET)

        _actions = d.pop("actions", UNSET)
        actions: list[CompanyExpenseCategoryActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = CompanyExpenseCategoryActionsItem(actions_item_data)

                actions.append(actions_item)

        company_expense_category = cls(
            id=id,
            uid=uid,
            company_expense_id=company_expense_id,
            label=label,
            name=name,
            description=description,
            type_=type_,
            amount=amount,
            requires_receipt=requires_receipt,
            api_code=api_code,
            hidden_tags=hidden_tags,
            actions=actions,
        )

        company_expense_category.additional_properties = d
        return company_expense_category

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
