from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageReplyInput")


@_attrs_define
class MessageReplyInput:
    """A reply to an existing message.

    Example:
        {'message': 'Understood, heading there now.', 'classic_alert': True}

    Attributes:
        message (str):
        classic_alert (bool | Unset):
        problem_reopened (bool | Unset): Reopen the problem the message belongs to.
    """

    message: str
    classic_alert: bool | Unset = UNSET
    problem_reopened: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        classic_alert = self.classic_alert

        problem_reopened = self.problem_reopened

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"message": message})
        if classic_alert is not UNSET:
            field_dict["classic_alert"] = classic_alert
        if problem_reopened is not UNSET:
            field_dict["problem_reopened"] = problem_reopened

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        classic_alert = d.pop("classic_alert", UNSET)

        problem_reopened = d.pop("problem_reopened", UNSET)

        message_reply_input = cls(
            message=message, classic_alert=classic_alert, problem_reopened=problem_reopened
        )

        message_reply_input.additional_properties = d
        return message_reply_input

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
