from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_tag_actions_item import CompanyTagActionsItem
from ..models.company_tag_status import CompanyTagStatus
from ..models.company_tag_type import CompanyTagType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="CompanyTag")


@_attrs_define
class CompanyTag:
    """A tag defined by the company, which users may then apply to work orders.

    Example:
        {'id': 1008, 'label': 'VIP Client', 'hex_color': '#FF5733', 'valid_statuses': ['published', 'assigned'],
            'types': ['show_in_dashboard'], 'actions': ['edit', 'delete']}

    Attributes:
        id (int):
        label (str | Unset):
        name (str | Unset): Alias of `label` seen on the overview page.
        hex_color (str | Unset): Display colour, `#RRGGBB`.
        valid_statuses (list[CompanyTagStatus] | Unset): Work order statuses in which the tag may be used; empty means
            all.
        types (list[CompanyTagType] | Unset):
        author (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example: {'id': 7001,
            'first_name': 'Dana', 'last_name': 'Whitfield'}.
        actions (list[CompanyTagActionsItem] | Unset):
    """

    id: int
    label: str | Unset = UNSET
    name: str | Unset = UNSET
    hex_color: str | Unset = UNSET
    valid_statuses: list[CompanyTagStatus] | Unset = UNSET
    types: list[CompanyTagType] | Unset = UNSET
    author: UserRef | Unset = UNSET
    actions: list[CompanyTagActionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        name = self.name

        hex_color = self.hex_color

        valid_statuses: list[str] | Unset = UNSET
        if not isinstance(self.valid_statuses, Unset):
            valid_statuses = []
            for valid_statuses_item_data in self.valid_statuses:
                valid_statuses_item = valid_statuses_item_data.value
                valid_statuses.append(valid_statuses_item)

        types: list[str] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item = types_item_data.value
                types.append(types_item)

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if label is not UNSET:
            field_dict["label"] = label
        if name is not UNSET:
            field_dict["name"] = name
        if hex_color is not UNSET:
            field_dict["hex_color"] = hex_color
        if valid_statuses is not UNSET:
            field_dict["valid_statuses"] = valid_statuses
        if types is not UNSET:
            field_dict["types"] = types
        if author is not UNSET:
            field_dict["author"] = author
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label", UNSET)

        name = d.pop("name", UNSET)

        hex_color = d.pop("hex_color", UNSET)

        _valid_statuses = d.pop("valid_statuses", UNSET)
        valid_statuses: list[CompanyTagStatus] | Unset = UNSET
        if _valid_statuses is not UNSET:
            valid_statuses = []
            for valid_statuses_item_data in _valid_statuses:
                valid_statuses_item = CompanyTagStatus(valid_statuses_item_data)

                valid_statuses.append(valid_statuses_item)

        _types = d.pop("types", UNSET)
        types: list[CompanyTagType] | Unset = UNSET
        if _types is not UNSET:
            types = []
            for types_item_data in _types:
                types_item = CompanyTagType(types_item_data)

                types.append(types_item)

        _author = d.pop("author", UNSET)
        author: UserRef | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = UserRef.from_dict(_author)

        _actions = d.pop("actions", UNSET)
        actions: list[CompanyTagActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = CompanyTagActionsItem(actions_item_data)

                actions.append(actions_item)

        company_tag = cls(
            id=id,
            label=label,
            name=name,
            hex_color=hex_color,
            valid_statuses=valid_statuses,
            types=types,
            author=author,
            actions=actions,
        )

        company_tag.additional_properties = d
        return company_tag

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
