from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dispatch_rule import DispatchRule


T = TypeVar("T", bound="DispatchSettingsUpdate")


@_attrs_define
class DispatchSettingsUpdate:
    """Body of the update request; the project is given by the path.

    Example:
        {'buyer_id': 501, 'created_by': 7001, 'dispatch_runtime_minutes': 60, 'rerun_until_threshold': False,
            'rerun_threshold_minutes': 720, 'dispatch_to_first_available': False, 'revert_to_draft_on_no_available': True,
            'is_dispatch_settings_enabled': True}

    Attributes:
        buyer_id (int | Unset):
        created_by (int | Unset): User recorded as the author of the new version.
        project_id (int | Unset): Optional echo of the project; the path names the project.
        dispatch_runtime_minutes (int | Unset):  Default: 60.
        rerun_until_threshold (bool | Unset):  Default: False.
        rerun_threshold_minutes (int | Unset):
        dispatch_to_first_available (bool | Unset):  Default: False.
        revert_to_draft_on_no_available (bool | Unset):  Default: True.
        is_dispatch_settings_enabled (bool | Unset): True starts a new active version; false turns off the current one.
            Default: True.
        mode (str | Unset): Dispatch mode (smart dispatch guide).
        rules (list[DispatchRule] | Unset): Ordered dispatch rules (smart dispatch guide).
    """

    buyer_id: int | Unset = UNSET
    created_by: int | Unset = UNSET
    project_id: int | Unset = UNSET
    dispatch_runtime_minutes: int | Unset = 60
    rerun_until_threshold: bool | Unset = False
    rerun_threshold_minutes: int | Unset = UNSET
    dispatch_to_first_available: bool | Unset = False
    revert_to_draft_on_no_available: bool | Unset = True
    is_dispatch_settings_enabled: bool | Unset = True
    mode: str | Unset = UNSET
    rules: list[DispatchRule] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buyer_id = self.buyer_id

        created_by = self.created_by

        project_id = self.project_id

        dispatch_runtime_minutes = self.dispatch_runtime_minutes

        rerun_until_threshold = self.rerun_until_threshold

        rerun_threshold_minutes = self.rerun_threshold_minutes

        dispatch_to_first_available = self.dispatch_to_first_available

        revert_to_draft_on_no_available = self.revert_to_draft_on_no_available

        is_dispatch_settings_enabled = self.is_dispatch_settings_enabled

        mode = self.mode

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if buyer_id is not UNSET:
            field_dict["buyer_id"] = buyer_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if dispatch_runtime_minutes is not UNSET:
            field_dict["dispatch_runtime_minutes"] = dispatch_runtime_minutes
        if rerun_until_threshold is not UNSET:
            field_dict["rerun_until_threshold"] = rerun_until_threshold
        if rerun_threshold_minutes is not UNSET:
            field_dict["rerun_threshold_minutes"] = rerun_threshold_minutes
        if dispatch_to_first_available is not UNSET:
            field_dict["dispatch_to_first_available"] = dispatch_to_first_available
        if revert_to_draft_on_no_available is not UNSET:
            field_dict["revert_to_draft_on_no_available"] = revert_to_draft_on_no_available
        if is_dispatch_settings_enabled is not UNSET:
            field_dict["is_dispatch_settings_enabled"] = is_dispatch_settings_enabled
        if mode is not UNSET:
            field_dict["mode"] = mode
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dispatch_rule import DispatchRule  # noqa: PLC0415

        d = dict(src_dict)
        buyer_id = d.pop("buyer_id", UNSET)

        created_by = d.pop("created_by", UNSET)

        project_id = d.pop("project_id", UNSET)

        dispatch_runtime_minutes = d.pop("dispatch_runtime_minutes", UNSET)

        rerun_until_threshold = d.pop("rerun_until_threshold", UNSET)

        rerun_threshold_minutes = d.pop("rerun_threshold_minutes", UNSET)

        dispatch_to_first_available = d.pop("dispatch_to_first_available", UNSET)

        revert_to_draft_on_no_available = d.pop("revert_to_draft_on_no_available", UNSET)

        is_dispatch_settings_enabled = d.pop("is_dispatch_settings_enabled", UNSET)

        mode = d.pop("mode", UNSET)

        _rules = d.pop("rules", UNSET)
        rules: list[DispatchRule] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = DispatchRule.from_dict(rules_item_data)

                rules.append(rules_item)

        dispatch_settings_update = cls(
            buyer_id=buyer_id,
            created_by=created_by,
            project_id=project_id,
            dispatch_runtime_minutes=dispatch_runtime_minutes,
            rerun_until_threshold=rerun_until_threshold,
            rerun_threshold_minutes=rerun_threshold_minutes,
            dispatch_to_first_available=dispatch_to_first_available,
            revert_to_draft_on_no_available=revert_to_draft_on_no_available,
            is_dispatch_settings_enabled=is_dispatch_settings_enabled,
            mode=mode,
            rules=rules,
        )

        dispatch_settings_update.additional_properties = d
        return dispatch_settings_update

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
