from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.message_type import MessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_input_to import MessageInputTo, MessageInputToDict


class MessageInput(_m.BaseModel):
    """A new message on a work order.

    Example:
        {'message': 'Please use the side entrance.', 'type': 'ASSIGNEDTECH'}

    Attributes:
        message (str):
        type_ (MessageType | None): Audience of a message: `INTERNAL` / `STAFF_NOTE` stay inside the buyer company,
            `ASSIGNEDTECH` goes to the assigned provider, `REQUESTEDTECHS` / `ROUTEDTECHS` to every requesting / routed
            provider, `SPECIFICTECH` to the provider in `to.id`; `FROMTECH`, `TECHTOMANAGER`, `REPLY` and `REPLYTOTHREAD`
            are used for provider messages and replies.
        to (MessageInputTo | None): Recipient; required when `type` is `SPECIFICTECH` (the guide's "use to.id"; the
            local sandbox enforced it with 422, stated here so that it is checked as 400).
        notify (list[int] | None): Company user IDs to notify about the message.
        classic_alert (bool | None): Also send the notification through the classic alert channel.
        reason (str | None):
        action_event_type (str | None):
        category (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        message: str,
        type_: MessageType | Unset = UNSET,
        to: MessageInputTo | Unset = UNSET,
        notify: list[int] | Unset = UNSET,
        classic_alert: bool | Unset = UNSET,
        reason: str | Unset = UNSET,
        action_event_type: str | Unset = UNSET,
        category: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("message", message)
        self._set("type", type_)
        self._set("to", to)
        self._set("notify", notify)
        self._set("classic_alert", classic_alert)
        self._set("reason", reason)
        self._set("action_event_type", action_event_type)
        self._set("category", category)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.message_input_to import MessageInputTo  # noqa: PLC0415

        return {
            "message": _m.Field(_m.STR, True, False),
            "type": _m.Field(_m.Enum(MessageType), False, False),
            "to": _m.Field(_m.Model(MessageInputTo), False, False),
            "notify": _m.Field(_m.List(_m.INT), False, False),
            "classic_alert": _m.Field(_m.BOOL, False, False),
            "reason": _m.Field(_m.STR, False, False),
            "action_event_type": _m.Field(_m.STR, False, False),
            "category": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def message(self) -> str:
        return cast("str", self._get("message"))

    @message.setter
    def message(self, value: str) -> None:
        self._set("message", value)

    @property
    def type_(self) -> MessageType | None:
        """Audience of a message: `INTERNAL` / `STAFF_NOTE` stay inside the buyer company, `ASSIGNEDTECH` goes
        to the assigned provider, `REQUESTEDTECHS` / `ROUTEDTECHS` to every requesting / routed provider,
        `SPECIFICTECH` to the provider in `to.id`; `FROMTECH`, `TECHTOMANAGER`, `REPLY` and `REPLYTOTHREAD`
        are used for provider messages and replies."""
        return cast("MessageType | None", self._get("type"))

    @type_.setter
    def type_(self, value: MessageType | None) -> None:
        self._set("type", value)

    @property
    def to(self) -> MessageInputTo | None:
        """Recipient; required when `type` is `SPECIFICTECH` (the guide's "use to.id"; the local sandbox
        enforced it with 422, stated here so that it is checked as 400)."""
        return cast("MessageInputTo | None", self._get("to"))

    @to.setter
    def to(self, value: MessageInputTo | None) -> None:
        self._set("to", value)

    @property
    def notify(self) -> list[int] | None:
        """Company user IDs to notify about the message."""
        return cast("list[int] | None", self._get("notify"))

    @notify.setter
    def notify(self, value: list[int] | None) -> None:
        self._set("notify", value)

    @property
    def classic_alert(self) -> bool | None:
        """Also send the notification through the classic alert channel."""
        return cast("bool | None", self._get("classic_alert"))

    @classic_alert.setter
    def classic_alert(self, value: bool | None) -> None:
        self._set("classic_alert", value)

    @property
    def reason(self) -> str | None:
        return cast("str | None", self._get("reason"))

    @reason.setter
    def reason(self, value: str | None) -> None:
        self._set("reason", value)

    @property
    def action_event_type(self) -> str | None:
        return cast("str | None", self._get("action_event_type"))

    @action_event_type.setter
    def action_event_type(self, value: str | None) -> None:
        self._set("action_event_type", value)

    @property
    def category(self) -> str | None:
        return cast("str | None", self._get("category"))

    @category.setter
    def category(self, value: str | None) -> None:
        self._set("category", value)


class MessageInputDict(TypedDict, total=False):
    """:class:`MessageInput` as plain data (JSON keys); accepted wherever the model is sent."""

    message: Required[str]
    type: MessageType | str
    to: MessageInputTo | MessageInputToDict
    notify: list[int]
    classic_alert: bool
    reason: str
    action_event_type: str
    category: str
