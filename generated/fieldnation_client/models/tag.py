from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_actions_item import TagActionsItem
from ..models.tag_types_item import TagTypesItem
from ..models.tag_valid_statuses_item import TagValidStatusesItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="Tag")


@_attrs_define
class Tag:
    """A company tag as applied to one work order.

    Example:
        {'id': 1007, 'label': 'Needs parts', 'hex_color': '#F67B1E', 'types': ['custom_company'], 'author': {'id': 7001,
            'first_name': 'Dana', 'last_name': 'Whitfield'}, 'created': {'utc': '2026-06-28 15:05:00'}, 'actions':
            ['delete']}

    Attributes:
        id (int): ID of the company tag.
        label (str | Unset):
        hex_color (str | Unset): Display colour.
        types (list[TagTypesItem] | Unset): Behaviours of the tag.
        valid_statuses (list[TagValidStatusesItem] | Unset): Work order statuses in which the tag may be used. Present
            on company tags; the older reference notes work-order tag answers leave it out.
        author (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example: {'id': 7001,
            'first_name': 'Dana', 'last_name': 'Whitfield'}.
        created (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
        actions (list[TagActionsItem] | Unset):
    """

    id: int
    label: str | Unset = UNSET
    hex_color: str | Unset = UNSET
    types: list[TagTypesItem] | Unset = UNSET
    valid_statuses: list[TagValidStatusesItem] | Unset = UNSET
    author: UserRef | Unset = UNSET
    created: DateObject | Unset = UNSET
    actions: list[TagActionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        hex_color = self.hex_color

        types: list[str] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item = types_item_data.value
                types.append(types_item)

        valid_statuses: list[str] | Unset = UNSET
        if not isinstance(self.valid_statuses, Unset):
            valid_statuses = []
            for valid_statuses_item_data in self.valid_statuses:
                valid_statuses_item = valid_statuses_item_data.value
                valid_statuses.append(valid_statuses_item)

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
        if label is not UNSET:
            field_dict["label"] = label
        if hex_color is not UNSET:
            field_dict["hex_color"] = hex_color
        if types is not UNSET:
            field_dict["types"] = types
        if valid_statuses is not UNSET:
            field_dict["valid_statuses"] = valid_statuses
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
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label", UNSET)

        hex_color = d.pop("hex_color", UNSET)

        _types = d.pop("types", UNSET)
        types: list[TagTypesItem] | Unset = UNSET
        if _types is not UNSET:
            types = []
            for types_item_data in _types:
                types_item = TagTypesItem(types_item_data)

                types.append(types_item)

        _valid_statuses = d.pop("valid_statuses", UNSET)
        valid_statuses: list[TagValidStatusesItem] | Unset = UNSET
        if _valid_statuses is not UNSET:
            valid_statuses = []
            for valid_statuses_item_data in _valid_statuses:
                valid_statuses_item = TagValidStatusesItem(valid_statuses_item_data)

                valid_statuses.append(valid_statuses_item)

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
        actions: list[TagActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = TagActionsItem(actions_item_data)

                actions.append(actions_item)

        tag = cls(
            id=id,
            label=label,
            hex_color=hex_color,
            types=types,
            valid_statuses=valid_statuses,
            author=author,
            created=created,
            actions=actions,
        )

        tag.additional_properties = d
        return tag

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
