from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_name import IdName


T = TypeVar("T", bound="ProjectAutoDispatch")


@_attrs_define
class ProjectAutoDispatch:
    """Automatic dispatch configuration of a project: how long to wait, and how to route or publish when the selection rule
    finds providers.

        Example:
            {'delay': 30, 'w2_skippub': 0, 'w2_failswitch': 1, 'should_route': 1, 'also_publish': 0, 'selection_rule_id':
                14}

        Attributes:
            id (int | Unset):
            delay (int | Unset): Minutes to wait before dispatching.
            w2_skippub (int | Unset): 1 to skip publishing when a W-2 employee is found.
            w2_failswitch (int | Unset): 1 to fall back to the marketplace when no W-2 employee is available.
            should_route (int | Unset): 1 to route to the matched providers.
            also_publish (int | Unset): 1 to publish as well as route.
            selection_rule_id (int | Unset):
            selection_rule (IdName | Unset): A reference to another object by id, with its display name when the API returns
                one. Example: {'id': 62, 'name': 'Point of Sale'}.
    """

    id: int | Unset = UNSET
    delay: int | Unset = UNSET
    w2_skippub: int | Unset = UNSET
    w2_failswitch: int | Unset = UNSET
    should_route: int | Unset = UNSET
    also_publish: int | Unset = UNSET
    selection_rule_id: int | Unset = UNSET
    selection_rule: IdName | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        delay = self.delay

        w2_skippub = self.w2_skippub

        w2_failswitch = self.w2_failswitch

        should_route = self.should_route

        also_publish = self.also_publish

        selection_rule_id = self.selection_rule_id

        selection_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selection_rule, Unset):
            selection_rule = self.selection_rule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if delay is not UNSET:
            field_dict["delay"] = delay
        if w2_skippub is not UNSET:
            field_dict["w2_skippub"] = w2_skippub
        if w2_failswitch is not UNSET:
            field_dict["w2_failswitch"] = w2_failswitch
        if should_route is not UNSET:
            field_dict["should_route"] = should_route
        if also_publish is not UNSET:
            field_dict["also_publish"] = also_publish
        if selection_rule_id is not UNSET:
            field_dict["selection_rule_id"] = selection_rule_id
        if selection_rule is not UNSET:
            field_dict["selection_rule"] = selection_rule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_name import IdName  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        delay = d.pop("delay", UNSET)

        w2_skippub = d.pop("w2_skippub", UNSET)

        w2_failswitch = d.pop("w2_failswitch", UNSET)

        should_route = d.pop("should_route", UNSET)

        also_publish = d.pop("also_publish", UNSET)

        selection_rule_id = d.pop("selection_rule_id", UNSET)

        _selection_rule = d.pop("selection_rule", UNSET)
        selection_rule: IdName | Unset
        if isinstance(_selection_rule, Unset):
            selection_rule = UNSET
        else:
            selection_rule = IdName.from_dict(_selection_rule)

        project_auto_dispatch = cls(
            id=id,
            delay=delay,
            w2_skippub=w2_skippub,
            w2_failswitch=w2_failswitch,
            should_route=should_route,
            also_publish=also_publish,
            selection_rule_id=selection_rule_id,
            selection_rule=selection_rule,
        )

        project_auto_dispatch.additional_properties = d
        return project_auto_dispatch

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
