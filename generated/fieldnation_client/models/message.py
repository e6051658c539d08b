from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject
    from ..models.message_problem import MessageProblem
    from ..models.message_user import MessageUser


class Message(_m.BaseModel):
    """A message posted on a work order, with its replies. Messages cannot be edited or deleted through the API; they can
    only be replied to.

        Example:
            {'msg_id': 612, 'message': 'Please use the side entrance.', 'from': {'id': 7001, 'name': 'Dana Whitfield',
                'role': 'buyer'}, 'role': 'ASSIGNEDTECH', 'read': False, 'created': {'utc': '2026-07-01 13:00:00', 'local':
                {'date': '2026-07-01', 'time': '08:00:00'}}, 'replies': [{'msg_id': 613, 'parent_id': 612, 'message':
                'Understood, heading there now.', 'from': {'id': 9001, 'name': 'Riley Okafor', 'role': 'provider'}, 'created':
                {'utc': '2026-07-01 13:10:00'}}]}

        Attributes:
            msg_id (int | str): Message ID. The android model types it as an integer, the legacy docs and the guide show it
                as a numeric string (`"612"`); both are accepted.
            message (str): Plain text (HTML is not supported).
            parent_id (int | bool | None): ID of the message this one replies to; `false` or null for a thread start.
            from_ (MessageUser | None): Sender or recipient of a message.
            to (MessageUser | None): Sender or recipient of a message.
            role (str | None): Audience the message was sent to (a `MessageType` value on newer records).
            created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
            read (bool | None):
            archived (bool | None):
            shared_text (str | None): Who in the buyer company was notified (built from `notify`).
            problem (MessageProblem | None): The reported problem this message belongs to, if any.
            replies (list[Message] | None):
            actions (list[str] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        msg_id: int | str,
        message: str,
        parent_id: int | bool | None | Unset = UNSET,
        from_: MessageUser | Unset = UNSET,
        to: MessageUser | Unset = UNSET,
        role: str | Unset = UNSET,
        created: DateObject | Unset = UNSET,
        read: bool | Unset = UNSET,
        archived: bool | Unset = UNSET,
        shared_text: str | Unset = UNSET,
        problem: MessageProblem | Unset = UNSET,
        replies: list[Message] | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("msg_id", msg_id)
        self._set("message", message)
        self._set("parent_id", parent_id)
        self._set("from", from_)
        self._set("to", to)
        self._set("role", role)
        self._set("created", created)
        self._set("read", read)
        self._set("archived", archived)
        self._set("sharedText", shared_text)
        self._set("problem", problem)
        self._set("replies", replies)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.message_problem import MessageProblem  # noqa: PLC0415
        from ..models.message_user import MessageUser  # noqa: PLC0415

        return {
            "msg_id": _m.Field(_m.Union((_m.INT, _m.STR)), True, False),
            "message": _m.Field(_m.STR, True, False),
            "parent_id": _m.Field(_m.Union((_m.INT, _m.BOOL)), False, True),
            "from": _m.Field(_m.Model(MessageUser), False, False),
            "to": _m.Field(_m.Model(MessageUser), False, False),
            "role": _m.Field(_m.STR, False, False),
            "created": _m.Field(_m.Model(DateObject), False, False),
            "read": _m.Field(_m.BOOL, False, False),
            "archived": _m.Field(_m.BOOL, False, False),
            "sharedText": _m.Field(_m.STR, False, False),
            "problem": _m.Field(_m.Model(MessageProblem), False, False),
            "replies": _m.Field(_m.List(_m.Model(Message)), False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def msg_id(self) -> int | str:
        """Message ID. The android model types it as an integer, the legacy docs and the guide show it as a
        numeric string (`"612"`); both are accepted."""
        return cast("int | str", self._get("msg_id"))

    @msg_id.setter
    def msg_id(self, value: int | str) -> None:
        self._set("msg_id", value)

    @property
    def message(self) -> str:
        """Plain text (HTML is not supported)."""
        return cast("str", self._get("message"))

    @message.setter
    def message(self, value: str) -> None:
        self._set("message", value)

    @property
    def parent_id(self) -> int | bool | None:
        """ID of the message this one replies to; `false` or null for a thread start."""
        return cast("int | bool | None", self._get("parent_id"))

    @parent_id.setter
    def parent_id(self, value: int | bool | None) -> None:
        self._set("parent_id", value)

    @property
    def from_(self) -> MessageUser | None:
        """Sender or recipient of a message."""
        return cast("MessageUser | None", self._get("from"))

    @from_.setter
    def from_(self, value: MessageUser | None) -> None:
        self._set("from", value)

    @property
    def to(self) -> MessageUser | None:
        """Sender or recipient of a message."""
        return cast("MessageUser | None", self._get("to"))

    @to.setter
    def to(self, value: MessageUser | None) -> None:
        self._set("to", value)

    @property
    def role(self) -> str | None:
        """Audience the message was sent to (a `MessageType` value on newer records)."""
        return cast("str | None", self._get("role"))

    @role.setter
    def role(self, value: str | None) -> None:
        self._set("role", value)

    @property
    def created(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("created"))

    @created.setter
    def created(self, value: DateObject | None) -> None:
        self._set("created", value)

    @property
    def read(self) -> bool | None:
        return cast("bool | None", self._get("read"))

    @read.setter
    def read(self, value: bool | None) -> None:
        self._set("read", value)

    @property
    def archived(self) -> bool | None:
        return cast("bool | None", self._get("archived"))

    @archived.setter
    def archived(self, value: bool | None) -> None:
        self._set("archived", value)

    @property
    def shared_text(self) -> str | None:
        """Who in the buyer company was notified (built from `notify`)."""
        return cast("str | None", self._get("sharedText"))

    @shared_text.setter
    def shared_text(self, value: str | None) -> None:
        self._set("sharedText", value)

    @property
    def problem(self) -> MessageProblem | None:
        """The reported problem this message belongs to, if any."""
        return cast("MessageProblem | None", self._get("problem"))

    @problem.setter
    def problem(self, value: MessageProblem | None) -> None:
        self._set("problem", value)

    @property
    def replies(self) -> list[Message] | None:
        return cast("list[Message] | None", self._get("replies"))

    @replies.setter
    def replies(self, value: list[Message] | None) -> None:
        self._set("replies", value)

    @property
    def actions(self) -> list[str] | None:
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)


MessageDict: TypeAlias = "dict[str, Any]"
"""Message as plain data (its JSON keys cannot all be Python names)."""
