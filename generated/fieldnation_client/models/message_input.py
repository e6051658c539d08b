from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_type import MessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_input_to import MessageInputTo


T = TypeVar("T", bound="MessageInput")


@_attrs_define
class MessageInput:
    """A new message on a work order.

    Example:
        {'message': 'Please use the side entrance.', 'type': 'ASSIGNEDTECH'}

    Attributes:
        message (str):
        type_ (MessageType | Unset): Audience of a message: `INTERNAL` / `STAFF_NOTE` stay inside the buyer company,
            `ASSIGNEDTECH` goes to the assigned provider, `REQUESTEDTECHS` / `ROUTEDTECHS` to every requesting / routed
            provider, `SPECIFICTECH` to the provider in `to.id`; `FROMTECH`, `TECHTOMANAGER`, `REPLY` and `REPLYTOTHREAD`
            are used for provider messages and replies. Example: ASSIGNEDTECH.
        to (MessageInputTo | Unset): Recipient; required when `type` is `SPECIFICTECH` (the guide's "use to.id"; the
            local sandbox enforced it with 422, stated here so that it is checked as 400).
        notify (list[int] | Unset): Company user IDs to notify about the message.
        classic_alert (bool | Unset): Also send the notification through the classic alert channel.
        reason (str | Unset):
        action_event_type (str | Unset):
        category (str | Unset):
    """

    message: str
    type_: MessageType | Unset = UNSET
    to: MessageInputTo | Unset = UNSET
    notify: list[int] | Unset = UNSET
    classic_alert: bool | Unset = UNSET
    reason: str | Unset = UNSET
    action_event_type: str | Unset = UNSET
    category: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to.to_dict()

        notify: list[int] | Unset = UNSET
        if not isinstance(self.notify, Unset):
            notify = self.notify

        classic_alert = self.classic_alert

        reason = self.reason

        action_event_type = self.action_event_type

        category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"message": message})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if to is not UNSET:
            field_dict["to"] = to
        if notify is not UNSET:
            field_dict["notify"] = notify
        if classic_alert is not UNSET:
            field_dict["classic_alert"] = classic_alert
        if reason is not UNSET:
            field_dict["reason"] = reason
        if action_event_type is not UNSET:
            field_dict["action_event_type"] = action_event_type
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_input_to import MessageInputTo  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        _type_ = d.pop("type", UNSET)
        type_: MessageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = MessageType(_type_)

        _to = d.pop("to", UNSET)
        to: MessageInputTo | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = MessageInputTo.from_dict(_to)

        notify = cast(list[int], d.pop("notify", UNSET))

        classic_alert = d.pop("classic_alert", UNSET)

        reason = d.pop("reason", UNSET)

        action_event_type = d.pop("action_event_type", UNSET)

        category = d.pop("category", UNSET)

        message_input = cls(
            message=message,
            type_=type_,
            to=to,
            notify=notify,
            classic_alert=classic_alert,
            reason=reason,
            action_event_type=action_event_type,
            category=category,
        )

        message_input.additional_properties = d
        return message_input

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
