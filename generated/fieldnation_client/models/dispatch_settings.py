from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast
from uuid import UUID

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dispatch_rule import DispatchRule, DispatchRuleDict


class DispatchSettings(_m.BaseModel):
    """How Smart Dispatch handles a project's work orders. Settings are versioned: each enabling write starts a new active
    row (`effective_from`), and the row it replaces gets an `effective_to`.

        Example:
            {'id': 1, 'project_dispatch_setting_id': '550e8400-e29b-41d4-a716-446655440000', 'project_id': 2201, 'buyer_id':
                501, 'dispatch_runtime_minutes': 60, 'rerun_until_threshold': False, 'rerun_threshold_minutes': 720,
                'dispatch_to_first_available': False, 'revert_to_draft_on_no_available': True, 'effective_from': '2026-07-01
                09:00:00', 'effective_to': None, 'created_by': 7001, 'is_dispatch_settings_enabled': True}

        Attributes:
            id (int | None): Row id of this settings version.
            project_dispatch_setting_id (UUID | None): UUID of this settings version.
            project_id (int | None):
            buyer_id (int | None): Company (buyer) the project belongs to.
            dispatch_runtime_minutes (int | None): How long providers may request a work order before dispatch decides.
            rerun_until_threshold (bool | None): Run dispatch again when no provider is found, until the threshold passes.
            rerun_threshold_minutes (int | None): How long dispatch keeps re-running, in minutes.
            dispatch_to_first_available (bool | None): Dispatch to the first available provider instead of waiting for the
                runtime to end.
            revert_to_draft_on_no_available (bool | None): Return the work order to Draft when no provider could be found.
            effective_from (str | None): When this version became the active row, a UTC timestamp (`YYYY-MM-DD HH:MM:SS` or
                ISO 8601). Not checked as a timestamp: the playground prints only the placeholder `string_value`.
            effective_to (str | None): End of this version's validity, a UTC timestamp; null while it is the active row. Not
                checked as a timestamp, for the same reason as `effective_from`.
            mode (str | None): Dispatch mode of the guide's rule-list shape (`automatic` in its examples).
            rules (list[DispatchRule] | None): Ordered dispatch rules of the guide's rule-list shape.
            created_by (int | None): User who wrote this version.
            is_dispatch_settings_enabled (bool | None): Whether Smart Dispatch is on for the project.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int | Unset = UNSET,
        project_dispatch_setting_id: UUID | Unset = UNSET,
        project_id: int | Unset = UNSET,
        buyer_id: int | Unset = UNSET,
        dispatch_runtime_minutes: int | Unset = 60,
        rerun_until_threshold: bool | Unset = False,
        rerun_threshold_minutes: int | None | Unset = UNSET,
        dispatch_to_first_available: bool | Unset = False,
        revert_to_draft_on_no_available: bool | Unset = True,
        effective_from: str | Unset = UNSET,
        effective_to: str | None | Unset = UNSET,
        mode: str | Unset = UNSET,
        rules: list[DispatchRule] | Unset = UNSET,
        created_by: int | Unset = UNSET,
        is_dispatch_settings_enabled: bool | Unset = True,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("project_dispatch_setting_id", project_dispatch_setting_id)
        self._set("project_id", project_id)
        self._set("buyer_id", buyer_id)
        self._set("dispatch_runtime_minutes", dispatch_runtime_minutes)
        self._set("rerun_until_threshold", rerun_until_threshold)
        self._set("rerun_threshold_minutes", rerun_threshold_minutes)
        self._set("dispatch_to_first_available", dispatch_to_first_available)
        self._set("revert_to_draft_on_no_available", revert_to_draft_on_no_available)
        self._set("effective_from", effective_from)
        self._set("effective_to", effective_to)
        self._set("mode", mode)
        self._set("rules", rules)
        self._set("created_by", created_by)
        self._set("is_dispatch_settings_enabled", is_dispatch_settings_enabled)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.dispatch_rule import DispatchRule  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, False, False),
            "project_dispatch_setting_id": _m.Field(_m.UUID, False, False),
            "project_id": _m.Field(_m.INT, False, False),
            "buyer_id": _m.Field(_m.INT, False, False),
            "dispatch_runtime_minutes": _m.Field(_m.INT, False, False),
            "rerun_until_threshold": _m.Field(_m.BOOL, False, False),
            "rerun_threshold_minutes": _m.Field(_m.INT, False, True),
            "dispatch_to_first_available": _m.Field(_m.BOOL, False, False),
            "revert_to_draft_on_no_available": _m.Field(_m.BOOL, False, False),
            "effective_from": _m.Field(_m.STR, False, False),
            "effective_to": _m.Field(_m.STR, False, True),
            "mode": _m.Field(_m.STR, False, False),
            "rules": _m.Field(_m.List(_m.Model(DispatchRule)), False, False),
            "created_by": _m.Field(_m.INT, False, False),
            "is_dispatch_settings_enabled": _m.Field(_m.BOOL, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int | None:
        """Row id of this settings version."""
        return cast("int | None", self._get("id"))

    @id.setter
    def id(self, value: int | None) -> None:
        self._set("id", value)

    @property
    def project_dispatch_setting_id(self) -> UUID | None:
        """UUID of this settings version."""
        return cast("UUID | None", self._get("project_dispatch_setting_id"))

    @project_dispatch_setting_id.setter
    def project_dispatch_setting_id(self, value: UUID | None) -> None:
        self._set("project_dispatch_setting_id", value)

    @property
    def project_id(self) -> int | None:
        return cast("int | None", self._get("project_id"))

    @project_id.setter
    def project_id(self, value: int | None) -> None:
        self._set("project_id", value)

    @property
    def buyer_id(self) -> int | None:
        """Company (buyer) the project belongs to."""
        return cast("int | None", self._get("buyer_id"))

    @buyer_id.setter
    def buyer_id(self, value: int | None) -> None:
        self._set("buyer_id", value)

    @property
    def dispatch_runtime_minutes(self) -> int | None:
        """How long providers may request a work order before dispatch decides."""
        return cast("int | None", self._get("dispatch_runtime_minutes"))

    @dispatch_runtime_minutes.setter
    def dispatch_runtime_minutes(self, value: int | None) -> None:
        self._set("dispatch_runtime_minutes", value)

    @property
    def rerun_until_threshold(self) -> bool | None:
        """Run dispatch again when no provider is found, until the threshold passes."""
        return cast("bool | None", self._get("rerun_until_threshold"))

    @rerun_until_threshold.setter
    def rerun_until_threshold(self, value: bool | None) -> None:
        self._set("rerun_until_threshold", value)

    @property
    def rerun_threshold_minutes(self) -> int | None:
        """How long dispatch keeps re-running, in minutes."""
        return cast("int | None", self._get("rerun_threshold_minutes"))

    @rerun_threshold_minutes.setter
    def rerun_threshold_minutes(self, value: int | None) -> None:
        self._set("rerun_threshold_minutes", value)

    @property
    def dispatch_to_first_available(self) -> bool | None:
        """Dispatch to the first available provider instead of waiting for the runtime to end."""
        return cast("bool | None", self._get("dispatch_to_first_available"))

    @dispatch_to_first_available.setter
    def dispatch_to_first_available(self, value: bool | None) -> None:
        self._set("dispatch_to_first_available", value)

    @property
    def revert_to_draft_on_no_available(self) -> bool | None:
        """Return the work order to Draft when no provider could be found."""
        return cast("bool | None", self._get("revert_to_draft_on_no_available"))

    @revert_to_draft_on_no_available.setter
    def revert_to_draft_on_no_available(self, value: bool | None) -> None:
        self._set("revert_to_draft_on_no_available", value)

    @property
    def effective_from(self) -> str | None:
        """When this version became the active row, a UTC timestamp (`YYYY-MM-DD HH:MM:SS` or ISO 8601). Not
        checked as a timestamp: the playground prints only the placeholder `string_value`."""
        return cast("str | None", self._get("effective_from"))

    @effective_from.setter
    def effective_from(self, value: str | None) -> None:
        self._set("effective_from", value)

    @property
    def effective_to(self) -> str | None:
        """End of this version's validity, a UTC timestamp; null while it is the active row. Not checked as a
        timestamp, for the same reason as `effective_from`."""
        return cast("str | None", self._get("effective_to"))

    @effective_to.setter
    def effective_to(self, value: str | None) -> None:
        self._set("effective_to", value)

    @property
    def mode(self) -> str | None:
        """Dispatch mode of the guide's rule-list shape (`automatic` in its examples)."""
        return cast("str | None", self._get("mode"))

    @mode.setter
    def mode(self, value: str | None) -> None:
        self._set("mode", value)

    @property
    def rules(self) -> list[DispatchRule] | None:
        """Ordered dispatch rules of the guide's rule-list shape."""
        return cast("list[DispatchRule] | None", self._get("rules"))

    @rules.setter
    def rules(self, value: list[DispatchRule] | None) -> None:
        self._set("rules", value)

    @property
    def created_by(self) -> int | None:
        """User who wrote this version."""
        return cast("int | None", self._get("created_by"))

    @created_by.setter
    def created_by(self, value: int | None) -> None:
        self._set("created_by", value)

    @property
    def is_dispatch_settings_enabled(self) -> bool | None:
        """Whether Smart Dispatch is on for the project."""
        return cast("bool | None", self._get("is_dispatch_settings_enabled"))

    @is_dispatch_settings_enabled.setter
    def is_dispatch_settings_enabled(self, value: bool | None) -> None:
        self._set("is_dispatch_settings_enabled", value)


class DispatchSettingsDict(TypedDict, total=False):
    """:class:`DispatchSettings` as plain data (JSON keys); accepted wherever the model is sent."""

    id: int
    project_dispatch_setting_id: UUID | str
    project_id: int
    buyer_id: int
    dispatch_runtime_minutes: int
    rerun_until_threshold: bool
    rerun_threshold_minutes: int | None
    dispatch_to_first_available: bool
    revert_to_draft_on_no_available: bool
    effective_from: str
    effective_to: str | None
    mode: str
    rules: list[DispatchRule | DispatchRuleDict]
    created_by: int
    is_dispatch_settings_enabled: bool
