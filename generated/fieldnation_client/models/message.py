from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject
    from ..models.message_problem import MessageProblem
    from ..models.message_user import MessageUser


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
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
                as a numeric string (`"612"`); both are accepted. Example: 612.
            message (str): Plain text (HTML is not supported).
            parent_id (bool | int | None | Unset): ID of the message this one replies to; `false` or null for a thread
                start.
            from_ (MessageUser | Unset): Sender or recipient of a message. Example: {'id': 7001, 'name': 'Dana Whitfield',
                'role': 'buyer'}.
            to (MessageUser | Unset): Sender or recipient of a message. Example: {'id': 7001, 'name': 'Dana Whitfield',
                'role': 'buyer'}.
            role (str | Unset): Audience the message was sent to (a `MessageType` value on newer records).
            created (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
            read (bool | Unset):
            archived (bool | Unset):
            shared_text (str | Unset): Who in the buyer company was notified (built from `notify`).
            problem (MessageProblem | Unset): The reported problem this message belongs to, if any.
            replies (list[Message] | Unset):
            actions (list[str] | Unset):
    """

    msg_id: int | str
    message: str
    parent_id: bool | int | None | Unset = UNSET
    from_: MessageUser | Unset = UNSET
    to: MessageUser | Unset = UNSET
    role: str | Unset = UNSET
    created: DateObject | Unset = UNSET
    read: bool | Unset = UNSET
    archived: bool | Unset = UNSET
    shared_text: str | Unset = UNSET
    problem: MessageProblem | Unset = UNSET
    replies: list[Message] | Unset = UNSET
    actions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msg_id: int | str
        msg_id = self.msg_id

        message = self.message

        parent_id: bool | int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to.to_dict()

        role = self.role

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        read = self.read

        archived = self.archived

        shared_text = self.shared_text

        problem: dict[str, Any] | Unset = UNSET
        if not isinstance(self.problem, Unset):
            problem = self.problem.to_dict()

        replies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.replies, Unset):
            replies = []
            for replies_item_data in self.replies:
                replies_item = replies_item_data.to_dict()
                replies.append(replies_item)

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"msg_id": msg_id, "message": message})
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if role is not UNSET:
            field_dict["role"] = role
        if created is not UNSET:
            field_dict["created"] = created
        if read is not UNSET:
            field_dict["read"] = read
        if archived is not UNSET:
            field_dict["archived"] = archived
        if shared_text is not UNSET:
            field_dict["sharedText"] = shared_text
        if problem is not UNSET:
            field_dict["problem"] = problem
        if replies is not UNSET:
            field_dict["replies"] = replies
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.message_problem import MessageProblem  # noqa: PLC0415
        from ..models.message_user import MessageUser  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_msg_id(data: object) -> int | str:
            return cast(int | str, data)

        msg_id = _parse_msg_id(d.pop("msg_id"))

        message = d.pop("message")

        def _parse_parent_id(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        _from_ = d.pop("from", UNSET)
        from_: MessageUser | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = MessageUser.from_dict(_from_)

        _to = d.pop("to", UNSET)
        to: MessageUser | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = MessageUser.from_dict(_to)

        role = d.pop("role", UNSET)

        _created = d.pop("created", UNSET)
        created: DateObject | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = DateObject.from_dict(_created)

        read = d.pop("read", UNSET)

        archived = d.pop("archived", UNSET)

        shared_text = d.pop("sharedText", UNSET)

        _problem = d.pop("problem", UNSET)
        problem: MessageProblem | Unset
        if isinstance(_problem, Unset):
            problem = UNSET
        else:
            problem = MessageProblem.from_dict(_problem)

        _replies = d.pop("replies", UNSET)
        replies: list[Message] | Unset = UNSET
        if _replies is not UNSET:
            replies = []
            for replies_item_data in _replies:
                replies_item = Message.from_dict(replies_item_data)

                replies.append(replies_item)

        actions = cast(list[str], d.pop("actions", UNSET))

        message = cls(
            msg_id=msg_id,
            message=message,
            parent_id=parent_id,
            from_=from_,
            to=to,
            role=role,
            created=created,
            read=read,
            archived=archived,
            shared_text=shared_text,
            problem=problem,
            replies=replies,
            actions=actions,
        )

        message.additional_properties = d
        return message

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
