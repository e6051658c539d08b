from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dispatch_rule import DispatchRule, DispatchRuleDict


class DispatchSettingsCreate(_m.BaseModel):
    """Body of the create request.

    Example:
        {'project_id': 2201, 'buyer_id': 501, 'created_by': 7001, 'dispatch_runtime_minutes': 120,
            'rerun_until_threshold': True, 'rerun_threshold_minutes': 60, 'dispatch_to_first_available': True,
            'revert_to_draft_on_no_available': False, 'is_dispatch_settings_enabled': True}

    Attributes:
        project_id (int):
        buyer_id (int | None):
        created_by (int | None): User recorded as the author of the settings.
        dispatch_runtime_minutes (int | None):
        rerun_until_threshold (bool | None):
        rerun_threshold_minutes (int | None):
        dispatch_to_first_available (bool | None):
        revert_to_draft_on_no_available (bool | None):
        is_dispatch_settings_enabled (bool | None): True starts a new active version; false turns off the current one.
        mode (str | None): Dispatch mode (smart dispatch guide).
        rules (list[DispatchRule] | None): Ordered dispatch rules (smart dispatch guide).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        project_id: int,
        buyer_id: int | Unset = UNSET,
        created_by: int | Unset = UNSET,
        dispatch_runtime_minutes: int | Unset = 60,
        rerun_until_threshold: bool | Unset = False,
        rerun_threshold_minutes: int | Unset = UNSET,
        dispatch_to_first_available: bool | Unset = False,
        revert_to_draft_on_no_available: bool | Unset = True,
        is_dispatch_settings_enabled: bool | Unset = True,
        mode: str | Unset = UNSET,
        rules: list[DispatchRule] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("project_id", project_id)
        self._set("buyer_id", buyer_id)
        self._set("created_by", created_by)
        self._set("dispatch_runtime_minutes", dispatch_runtime_minutes)
        self._set("rerun_until_threshold", rerun_until_threshold)
        self._set("rerun_threshold_minutes", rerun_threshold_minutes)
        self._set("dispatch_to_first_available", dispatch_to_first_available)
        self._set("revert_to_draft_on_no_available", revert_to_draft_on_no_available)
        self._set("is_dispatch_settings_enabled", is_dispatch_settings_enabled)
        self._set("mode", mode)
        self._set("rules", rules)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.dispatch_rule import DispatchRule  # noqa: PLC0415

        return {
            "project_id": _m.Field(_m.INT, True, False),
            "buyer_id": _m.Field(_m.INT, False, False),
            "created_by": _m.Field(_m.INT, False, False),
            "dispatch_runtime_minutes": _m.Field(_m.INT, False, False),
            "rerun_until_threshold": _m.Field(_m.BOOL, False, False),
            "rerun_threshold_minutes": _m.Field(_m.INT, False, False),
            "dispatch_to_first_available": _m.Field(_m.BOOL, False, False),
            "revert_to_draft_on_no_available": _m.Field(_m.BOOL, False, False),
            "is_dispatch_settings_enabled": _m.Field(_m.BOOL, False, False),
            "mode": _m.Field(_m.STR, False, False),
            "rules": _m.Field(_m.List(_m.Model(DispatchRule)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def project_id(self) -> int:
        return cast("int", self._get("project_id"))

    @project_id.setter
    def project_id(self, value: int) -> None:
        self._set("project_id", value)

    @property
    def buyer_id(self) -> int | None:
        return cast("int | None", self._get("buyer_id"))

    @buyer_id.setter
    def buyer_id(self, value: int | None) -> None:
        self._set("buyer_id", value)

    @property
    def created_by(self) -> int | None:
        """User recorded as the author of the settings."""
        return cast("int | None", self._get("created_by"))

    @created_by.setter
    def created_by(self, value: int | None) -> None:
        self._set("created_by", value)

    @property
    def dispatch_runtime_minutes(self) -> int | None:
        return cast("int | None", self._get("dispatch_runtime_minutes"))

    @dispatch_runtime_minutes.setter
    def dispatch_runtime_minutes(self, value: int | None) -> None:
        self._set("dispatch_runtime_minutes", value)

    @property
    def rerun_until_threshold(self) -> bool | None:
        return cast("bool | None", self._get("rerun_until_threshold"))

    @rerun_until_threshold.setter
    def rerun_until_threshold(self, value: bool | None) -> None:
        self._set("rerun_until_threshold", value)

    @property
    def rerun_threshold_minutes(self) -> int | None:
        return cast("int | None", self._get("rerun_threshold_minutes"))

    @rerun_threshold_minutes.setter
    def rerun_threshold_minutes(self, value: int | None) -> None:
        self._set("rerun_threshold_minutes", value)

    @property
    def dispatch_to_first_available(self) -> bool | None:
        return cast("bool | None", self._get("dispatch_to_first_available"))

    @dispatch_to_first_available.setter
    def dispatch_to_first_available(self, value: bool | None) -> None:
        self._set("dispatch_to_first_available", value)

    @property
    def revert_to_draft_on_no_available(self) -> bool | None:
        return cast("bool | None", self._get("revert_to_draft_on_no_available"))

    @revert_to_draft_on_no_available.setter
    def revert_to_draft_on_no_available(self, value: bool | None) -> None:
        self._set("revert_to_draft_on_no_available", value)

    @property
    def is_dispatch_settings_enabled(self) -> bool | None:
        """True starts a new active version; false turns off the current one."""
        return cast("bool | None", self._get("is_dispatch_settings_enabled"))

    @is_dispatch_settings_enabled.setter
    def is_dispatch_settings_enabled(self, value: bool | None) -> None:
        self._set("is_dispatch_settings_enabled", value)

    @property
    def mode(self) -> str | None:
        """Dispatch mode (smart dispatch guide)."""
        return cast("str | None", self._get("mode"))

    @mode.setter
    def mode(self, value: str | None) -> None:
        self._set("mode", value)

    @property
    def rules(self) -> list[DispatchRule] | None:
        """Ordered dispatch rules (smart dispatch guide)."""
        return cast("list[DispatchRule] | None", self._get("rules"))

    @rules.setter
    def rules(self, value: list[DispatchRule] | None) -> None:
        self._set("rules", value)


class DispatchSettingsCreateDict(TypedDict, total=False):
    """:class:`DispatchSettingsCreate` as plain data (JSON keys); accepted wherever the model is sent."""

    project_id: Required[int]
    buyer_id: int
    created_by: int
    dispatch_runtime_minutes: int
    rerun_until_threshold: bool
    rerun_threshold_minutes: int
    dispatch_to_first_available: bool
    revert_to_draft_on_no_available: bool
    is_dispatch_settings_enabled: bool
    mode: str
    rules: list[DispatchRule | DispatchRuleDict]
