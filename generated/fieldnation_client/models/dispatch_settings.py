from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dispatch_rule import DispatchRule


T = TypeVar("T", bound="DispatchSettings")


@_attrs_define
class DispatchSettings:
    """How Smart Dispatch handles a project's work orders. Settings are versioned: each enabling write starts a new active
    row (`effective_from`), and the row it replaces gets an `effective_to`.

        Example:
            {'id': 1, 'project_dispatch_setting_id': '550e8400-e29b-41d4-a716-446655440000', 'project_id': 2201, 'buyer_id':
                501, 'dispatch_runtime_minutes': 60, 'rerun_until_threshold': False, 'rerun_threshold_minutes': 720,
                'dispatch_to_first_available': False, 'revert_to_draft_on_no_available': True, 'effective_from': '2026-07-01
                09:00:00', 'effective_to': None, 'created_by': 7001, 'is_dispatch_settings_enabled': True}

        Attributes:
            id (int | Unset): Row id of this settings version.
            project_dispatch_setting_id (UUID | Unset): UUID of this settings version.
            project_id (int | Unset):
            buyer_id (int | Unset): Company (buyer) the project belongs to.
            dispatch_runtime_minutes (int | Unset): How long providers may request a work order before dispatch decides.
                Default: 60.
            rerun_until_threshold (bool | Unset): Run dispatch again when no provider is found, until the threshold passes.
                Default: False.
            rerun_threshold_minutes (int | None | Unset): How long dispatch keeps re-running, in minutes.
            dispatch_to_first_available (bool | Unset): Dispatch to the first available provider instead of waiting for the
                runtime to end. Default: False.
            revert_to_draft_on_no_available (bool | Unset): Return the work order to Draft when no provider could be found.
                Default: True.
            effective_from (str | Unset): When this version became the active row, a UTC timestamp (`YYYY-MM-DD HH:MM:SS` or
                ISO 8601). Not checked as a timestamp: the playground prints only the placeholder `string_value`.
            effective_to (None | str | Unset): End of this version's validity, a UTC timestamp; null while it is the active
                row. Not checked as a timestamp, for the same reason as `effective_from`.
            mode (str | Unset): Dispatch mode of the guide's rule-list shape (`automatic` in its examples).
            rules (list[DispatchRule] | Unset): Ordered dispatch rules of the guide's rule-list shape.
            created_by (int | Unset): User who wrote this version.
            is_dispatch_settings_enabled (bool | Unset): Whether Smart Dispatch is on for the project. Default: True.
    """

    id: int | Unset = UNSET
    project_dispatch_setting_id: UUID | Unset = UNSET
    project_id: int | Unset = UNSET
    buyer_id: int | Unset = UNSET
    dispatch_runtime_minutes: int | Unset = 60
    rerun_until_threshold: bool | Unset = False
    rerun_threshold_minutes: int | None | Unset = UNSET
    dispatch_to_first_available: bool | Unset = False
    revert_to_draft_on_no_available: bool | Unset = True
    effective_from: str | Unset = UNSET
    effective_to: None | str | Unset = UNSET
    mode: str | Unset = UNSET
    rules: list[DispatchRule] | Unset = UNSET
    created_by: int | Unset = UNSET
    is_dispatch_settings_enabled: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_dispatch_setting_id: str | Unset = UNSET
        if not isinstance(self.project_dispatch_setting_id, Unset):
            project_dispatch_setting_id = str(self.project_dispatch_setting_id)

        project_id = self.project_id

        buyer_id = self.buyer_id

        dispatch_runtime_minutes = self.dispatch_runtime_minutes

        rerun_until_threshold = self.rerun_until_threshold

        rerun_threshold_minutes: int | None | Unset
        if isinstance(self.rerun_threshold_minutes, Unset):
            rerun_threshold_minutes = UNSET
        else:
            rerun_threshold_minutes = self.rerun_threshold_minutes

        dispatch_to_first_available = self.dispatch_to_first_available

        revert_to_draft_on_no_available = self.revert_to_draft_on_no_available

        effective_from = self.effective_from

        effective_to: None | str | Unset
        if isinstance(self.effective_to, Unset):
            effective_to = UNSET
        else:
            effective_to = self.effective_to

        mode = self.mode

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        created_by = self.created_by

        is_dispatch_settings_enabled = self.is_dispatch_settings_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if project_dispatch_setting_id is not UNSET:
            field_dict["project_dispatch_setting_id"] = project_dispatch_setting_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if buyer_id is not UNSET:
            field_dict["buyer_id"] = buyer_id
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
        if effective_from is not UNSET:
            field_dict["effective_from"] = effective_from
        if effective_to is not UNSET:
            field_dict["effective_to"] = effective_to
        if mode is not UNSET:
            field_dict["mode"] = mode
        if rules is not UNSET:
            field_dict["rules"] = rules
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if is_dispatch_settings_enabled is not UNSET:
            field_dict["is_dispatch_settings_enabled"] = is_dispatch_settings_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dispatch_rule import DispatchRule  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _project_dispatch_setting_id = d.pop("project_dispatch_setting_id", UNSET)
        project_dispatch_setting_id: UUID | Unset
        if isinstance(_project_dispatch_setting_id, Unset):
            project_dispatch_setting_id = UNSET
        else:
            project_dispatch_setting_id = UUID(_project_dispatch_setting_id)

        project_id = d.pop("project_id", UNSET)

        buyer_id = d.pop("buyer_id", UNSET)

        dispatch_runtime_minutes = d.pop("dispatch_runtime_minutes", UNSET)

        rerun_until_threshold = d.pop("rerun_until_threshold", UNSET)

        def _parse_rerun_threshold_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rerun_threshold_minutes = _parse_rerun_threshold_minutes(d.pop("rerun_threshold_minutes", UNSET))

        dispatch_to_first_available = d.pop("dispatch_to_first_available", UNSET)

        revert_to_draft_on_no_available = d.pop("revert_to_draft_on_no_available", UNSET)

        effective_from = d.pop("effective_from", UNSET)

        def _parse_effective_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        effective_to = _parse_effective_to(d.pop("effective_to", UNSET))

        mode = d.pop("mode", UNSET)

        _rules = d.pop("rules", UNSET)
        rules: list[DispatchRule] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = DispatchRule.from_dict(rules_item_data)

                rules.append(rules_item)

        created_by = d.pop("created_by", UNSET)

        is_dispatch_settings_enabled = d.pop("is_dispatch_settings_enabled", UNSET)

        dispatch_settings = cls(
            id=id,
            project_dispatch_setting_id=project_dispatch_setting_id,
            project_id=project_id,
            buyer_id=buyer_id,
            dispatch_runtime_minutes=dispatch_runtime_minutes,
            rerun_until_threshold=rerun_until_threshold,
            rerun_threshold_minutes=rerun_threshold_minutes,
            dispatch_to_first_available=dispatch_to_first_available,
            revert_to_draft_on_no_available=revert_to_draft_on_no_available,
            effective_from=effective_from,
            effective_to=effective_to,
            mode=mode,
            rules=rules,
            created_by=created_by,
            is_dispatch_settings_enabled=is_dispatch_settings_enabled,
        )

        dispatch_settings.additional_properties = d
        return dispatch_settings

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
