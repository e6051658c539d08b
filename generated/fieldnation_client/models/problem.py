from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.problem_actions_item import ProblemActionsItem
from ..models.problem_contact import ProblemContact
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject
    from ..models.problem_message import ProblemMessage
    from ..models.problem_resolution import ProblemResolution
    from ..models.problem_type_ref import ProblemTypeRef
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """A problem reported on a work order.

    Example:
        {'id': 643, 'type': {'id': 31, 'name': 'Internal Issue with my company'}, 'comments': 'Technician is unable to
            access the site.', 'contact': 'all', 'resolution': {'status': 'open', 'allowed_resolvers': ['buyer',
            'support']}, 'author': {'id': 7001, 'first_name': 'Dana', 'last_name': 'Whitfield'}, 'created': {'utc':
            '2026-07-01 15:10:00'}, 'actions': ['edit', 'resolve', 'delete']}

    Attributes:
        id (int):
        zendesk_ticket_id (int | Unset): Support ticket ID; 0 when there is none (older reference's example).
        type_ (ProblemTypeRef | Unset): The type of a reported problem. Example: {'id': 31, 'name': 'Internal Issue with
            my company'}.
        comments (str | Unset):
        contact (ProblemContact | Unset): Who is told about the problem.
        escalate (bool | Unset):
        use_provider (bool | Unset):
        only_company_can_mark_resolved (bool | Unset):
        resolution (ProblemResolution | Unset): Resolution state of a problem. Example: {'status': 'open',
            'allowed_resolvers': ['buyer', 'support']}.
        author (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example: {'id': 7001,
            'first_name': 'Dana', 'last_name': 'Whitfield'}.
        created (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
        message (ProblemMessage | Unset): The work order message posted with the problem.
        watchers (list[int] | Unset):
        actions (list[ProblemActionsItem] | Unset):
    """

    id: int
    zendesk_ticket_id: int | Unset = UNSET
    type_: ProblemTypeRef | Unset = UNSET
    comments: str | Unset = UNSET
    contact: ProblemContact | Unset = UNSET
    escalate: bool | Unset = UNSET
    use_provider: bool | Unset = UNSET
    only_company_can_mark_resolved: bool | Unset = UNSET
    resolution: ProblemResolution | Unset = UNSET
    author: UserRef | Unset = UNSET
    created: DateObject | Unset = UNSET
    message: ProblemMessage | Unset = UNSET
    watchers: list[int] | Unset = UNSET
    actions: list[ProblemActionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        zendesk_ticket_id = self.zendesk_ticket_id

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        comments = self.comments

        contact: str | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.value

        escalate = self.escalate

        use_provider = self.use_provider

        only_company_can_mark_resolved = self.only_company_can_mark_resolved

        resolution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.to_dict()

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        watchers: list[int] | Unset = UNSET
        if not isinstance(self.watchers, Unset):
            watchers = self.watchers

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if zendesk_ticket_id is not UNSET:
            field_dict["zendesk_ticket_id"] = zendesk_ticket_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if comments is not UNSET:
            field_dict["comments"] = comments
        if contact is not UNSET:
            field_dict["contact"] = contact
        if escalate is not UNSET:
            field_dict["escalate"] = escalate
        if use_provider is not UNSET:
            field_dict["use_provider"] = use_provider
        if only_company_can_mark_resolved is not UNSET:
            field_dict["only_company_can_mark_resolved"] = only_company_can_mark_resolved
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if author is not UNSET:
            field_dict["author"] = author
        if created is not UNSET:
            field_dict["created"] = created
        if message is not UNSET:
            field_dict["message"] = message
        if watchers is not UNSET:
            field_dict["watchers"] = watchers
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.problem_message import ProblemMessage  # noqa: PLC0415
        from ..models.problem_resolution import ProblemResolution  # noqa: PLC0415
        from ..models.problem_type_ref import ProblemTypeRef  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        zendesk_ticket_id = d.pop("zendesk_ticket_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ProblemTypeRef | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ProblemTypeRef.from_dict(_type_)

        comments = d.pop("comments", UNSET)

        _contact = d.pop("contact", UNSET)
        contact: ProblemContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = ProblemContact(_contact)

        escalate = d.pop("escalate", UNSET)

        use_provider = d.pop("use_provider", UNSET)

        only_company_can_mark_resolved = d.pop("only_company_can_mark_resolved", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: ProblemResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = ProblemResolution.from_dict(_resolution)

        _author = d.pop("author", UNSET)
        author: UserRef | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = UserRef.from_dict(_author)

        _created = d.pop("created", UNSET)
        created: DateObject | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = DateObject.from_dict(_created)

        _message = d.pop("message", UNSET)
        message: ProblemMessage | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = ProblemMessage.from_dict(_message)

        watchers = cast(list[int], d.pop("watchers", UNSET))

        _actions = d.pop("actions", UNSET)
        actions: list[ProblemActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = ProblemActionsItem(actions_item_data)

                actions.append(actions_item)

        problem = cls(
            id=id,
            zendesk_ticket_id=zendesk_ticket_id,
            type_=type_,
            comments=comments,
            contact=contact,
            escalate=escalate,
            use_provider=use_provider,
            only_company_can_mark_resolved=only_company_can_mark_resolved,
            resolution=resolution,
            author=author,
            created=created,
            message=message,
            watchers=watchers,
            actions=actions,
        )

        problem.additional_properties = d
        return problem

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
