from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.problem_actions_item import ProblemActionsItem
from ..models.problem_contact import ProblemContact
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.problem_message import ProblemMessage, ProblemMessageDict
    from ..models.problem_resolution import ProblemResolution, ProblemResolutionDict
    from ..models.problem_type_ref import ProblemTypeRef, ProblemTypeRefDict
    from ..models.user_ref import UserRef, UserRefDict


class Problem(_m.BaseModel):
    """A problem reported on a work order.

    Example:
        {'id': 643, 'type': {'id': 31, 'name': 'Internal Issue with my company'}, 'comments': 'Technician is unable to
            access the site.', 'contact': 'all', 'resolution': {'status': 'open', 'allowed_resolvers': ['buyer',
            'support']}, 'author': {'id': 7001, 'first_name': 'Dana', 'last_name': 'Whitfield'}, 'created': {'utc':
            '2026-07-01 15:10:00'}, 'actions': ['edit', 'resolve', 'delete']}

    Attributes:
        id (int):
        zendesk_ticket_id (int | None): Support ticket ID; 0 when there is none (older reference's example).
        type_ (ProblemTypeRef | None): The type of a reported problem.
        comments (str | None):
        contact (ProblemContact | None): Who is told about the problem.
        escalate (bool | None):
        use_provider (bool | None):
        only_company_can_mark_resolved (bool | None):
        resolution (ProblemResolution | None): Resolution state of a problem.
        author (UserRef | None): A user as embedded in other objects (author, assignee, manager).
        created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
        message (ProblemMessage | None): The work order message posted with the problem.
        watchers (list[int] | None):
        actions (list[ProblemActionsItem] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        zendesk_ticket_id: int | Unset = UNSET,
        type_: ProblemTypeRef | Unset = UNSET,
        comments: str | Unset = UNSET,
        contact: ProblemContact | Unset = UNSET,
        escalate: bool | Unset = UNSET,
        use_provider: bool | Unset = UNSET,
        only_company_can_mark_resolved: bool | Unset = UNSET,
        resolution: ProblemResolution | Unset = UNSET,
        author: UserRef | Unset = UNSET,
        created: DateObject | Unset = UNSET,
        message: ProblemMessage | Unset = UNSET,
        watchers: list[int] | Unset = UNSET,
        actions: list[ProblemActionsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("zendesk_ticket_id", zendesk_ticket_id)
        self._set("type", type_)
        self._set("comments", comments)
        self._set("contact", contact)
        self._set("escalate", escalate)
        self._set("use_provider", use_provider)
        self._set("only_company_can_mark_resolved", only_company_can_mark_resolved)
        self._set("resolution", resolution)
        self._set("author", author)
        self._set("created", created)
        self._set("message", message)
        self._set("watchers", watchers)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.problem_message import ProblemMessage  # noqa: PLC0415
        from ..models.problem_resolution import ProblemResolution  # noqa: PLC0415
        from ..models.problem_type_ref import ProblemTypeRef  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "zendesk_ticket_id": _m.Field(_m.INT, False, False),
            "type": _m.Field(_m.Model(ProblemTypeRef), False, False),
            "comments": _m.Field(_m.STR, False, False),
            "contact": _m.Field(_m.Enum(ProblemContact), False, False),
            "escalate": _m.Field(_m.BOOL, False, False),
            "use_provider": _m.Field(_m.BOOL, False, False),
            "only_company_can_mark_resolved": _m.Field(_m.BOOL, False, False),
            "resolution": _m.Field(_m.Model(ProblemResolution), False, False),
            "author": _m.Field(_m.Model(UserRef), False, False),
            "created": _m.Field(_m.Model(DateObject), False, False),
            "message": _m.Field(_m.Model(ProblemMessage), False, False),
            "watchers": _m.Field(_m.List(_m.INT), False, False),
            "actions": _m.Field(_m.List(_m.Enum(ProblemActionsItem)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def zendesk_ticket_id(self) -> int | None:
        """Support ticket ID; 0 when there is none (older reference's example)."""
        return cast("int | None", self._get("zendesk_ticket_id"))

    @zendesk_ticket_id.setter
    def zendesk_ticket_id(self, value: int | None) -> None:
        self._set("zendesk_ticket_id", value)

    @property
    def type_(self) -> ProblemTypeRef | None:
        """The type of a reported problem."""
        return cast("ProblemTypeRef | None", self._get("type"))

    @type_.setter
    def type_(self, value: ProblemTypeRef | None) -> None:
        self._set("type", value)

    @property
    def comments(self) -> str | None:
        return cast("str | None", self._get("comments"))

    @comments.setter
    def comments(self, value: str | None) -> None:
        self._set("comments", value)

    @property
    def contact(self) -> ProblemContact | None:
        """Who is told about the problem."""
        return cast("ProblemContact | None", self._get("contact"))

    @contact.setter
    def contact(self, value: ProblemContact | None) -> None:
        self._set("contact", value)

    @property
    def escalate(self) -> bool | None:
        return cast("bool | None", self._get("escalate"))

    @escalate.setter
    def escalate(self, value: bool | None) -> None:
        self._set("escalate", value)

    @property
    def use_provider(self) -> bool | None:
        return cast("bool | None", self._get("use_provider"))

    @use_provider.setter
    def use_provider(self, value: bool | None) -> None:
        self._set("use_provider", value)

    @property
    def only_company_can_mark_resolved(self) -> bool | None:
        return cast("bool | None", self._get("only_company_can_mark_resolved"))

    @only_company_can_mark_resolved.setter
    def only_company_can_mark_resolved(self, value: bool | None) -> None:
        self._set("only_company_can_mark_resolved", value)

    @property
    def resolution(self) -> ProblemResolution | None:
        """Resolution state of a problem."""
        return cast("ProblemResolution | None", self._get("resolution"))

    @resolution.setter
    def resolution(self, value: ProblemResolution | None) -> None:
        self._set("resolution", value)

    @property
    def author(self) -> UserRef | None:
        """A user as embedded in other objects (author, assignee, manager)."""
        return cast("UserRef | None", self._get("author"))

    @author.setter
    def author(self, value: UserRef | None) -> None:
        self._set("author", value)

    @property
    def created(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("created"))

    @created.setter
    def created(self, value: DateObject | None) -> None:
        self._set("created", value)

    @property
    def message(self) -> ProblemMessage | None:
        """The work order message posted with the problem."""
        return cast("ProblemMessage | None", self._get("message"))

    @message.setter
    def message(self, value: ProblemMessage | None) -> None:
        self._set("message", value)

    @property
    def watchers(self) -> list[int] | None:
        return cast("list[int] | None", self._get("watchers"))

    @watchers.setter
    def watchers(self, value: list[int] | None) -> None:
        self._set("watchers", value)

    @property
    def actions(self) -> list[ProblemActionsItem] | None:
        return cast("list[ProblemActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[ProblemActionsItem] | None) -> None:
        self._set("actions", value)


class ProblemDict(TypedDict, total=False):
    """:class:`Problem` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    zendesk_ticket_id: int
    type: ProblemTypeRef | ProblemTypeRefDict
    comments: str
    contact: ProblemContact | str
    escalate: bool
    use_provider: bool
    only_company_can_mark_resolved: bool
    resolution: ProblemResolution | ProblemResolutionDict
    author: UserRef | UserRefDict
    created: DateObject | DateObjectDict
    message: ProblemMessage | ProblemMessageDict
    watchers: list[int]
    actions: list[ProblemActionsItem | str]
