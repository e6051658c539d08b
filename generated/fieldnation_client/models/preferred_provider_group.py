from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preferred_provider_group_actions_item import PreferredProviderGroupActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject


T = TypeVar("T", bound="PreferredProviderGroup")


@_attrs_define
class PreferredProviderGroup:
    """A preferred provider group ("talent pool group" in the UI): a named set of providers the company routes work to. The
    id 99999999 is the built-in "Uncategorized" group.

        Example:
            {'id': 13, 'name': 'ATM Repair', 'providers': 2, 'actions': ['edit', 'delete'], 'correlation_id':
                '54c7d028038ed00a3a80cab287cc11a2d051d86a'}

        Attributes:
            id (int):
            name (str):
            providers (int | Unset): Number of providers in the group.
            notes (str | Unset): Free-text notes (older generated model).
            created (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
            actions (list[PreferredProviderGroupActionsItem] | Unset): What the caller may do with the group; empty for the
                built-in group.
            correlation_id (str | Unset):
    """

    id: int
    name: str
    providers: int | Unset = UNSET
    notes: str | Unset = UNSET
    created: DateObject | Unset = UNSET
    actions: list[PreferredProviderGroupActionsItem] | Unset = UNSET
    correlation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        providers = self.providers

        notes = self.notes

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        correlation_id = self.correlation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id, "name": name})
        if providers is not UNSET:
            field_dict["providers"] = providers
        if notes is not UNSET:
            field_dict["notes"] = notes
        if created is not UNSET:
            field_dict["created"] = created
        if actions is not UNSET:
            field_dict["actions"] = actions
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        providers = d.pop("providers", UNSET)

        notes = d.pop("notes", UNSET)

        _created = d.pop("created", UNSET)
        created: DateObject | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = DateObject.from_dict(_created)

        _actions = d.pop("actions", UNSET)
        actions: list[PreferredProviderGroupActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = PreferredProviderGroupActionsItem(actions_item_data)

                actions.append(actions_item)

        correlation_id = d.pop("correlation_id", UNSET)

        preferred_provider_group = cls(
            id=id,
            name=name,
            providers=providers,
            notes=notes,
            created=created,
            actions=actions,
            correlation_id=correlation_id,
        )

        preferred_provider_group.additional_properties = d
        return preferred_provider_group

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
