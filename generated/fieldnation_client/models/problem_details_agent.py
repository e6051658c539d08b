from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProblemDetailsAgent")


@_attrs_define
class ProblemDetailsAgent:
    """What an automated client should do next.

    Attributes:
        action (str | Unset): `FIX_INPUT`, `RETRY`, `REAUTHENTICATE`, `ESCALATE` (the catalog's closed list; new values
            are tolerated).
        backoff_ms (int | Unset): Milliseconds to wait before retrying (only with `RETRY`).
        max_attempts (int | Unset): How many attempts in all (only with `RETRY`).
    """

    action: str | Unset = UNSET
    backoff_ms: int | Unset = UNSET
    max_attempts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        backoff_ms = self.backoff_ms

        max_attempts = self.max_attempts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if backoff_ms is not UNSET:
            field_dict["backoffMs"] = backoff_ms
        if max_attempts is not UNSET:
            field_dict["maxAttempts"] = max_attempts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action", UNSET)

        backoff_ms = d.pop("backoffMs", UNSET)

        max_attempts = d.pop("maxAttempts", UNSET)

        problem_details_agent = cls(action=action, backoff_ms=backoff_ms, max_attempts=max_attempts)

        problem_details_agent.additional_properties = d
        return problem_details_agent

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
