from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.tag_actions_item import TagActionsItem
from ..models.tag_types_item import TagTypesItem
from ..models.tag_valid_statuses_item import TagValidStatusesItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.user_ref import UserRef, UserRefDict


class Tag(_m.BaseModel):
    """A company tag as applied to one work order.

    Example:
        {'id': 1007, 'label': 'Needs parts', 'hex_color': '#F67B1E', 'types': ['custom_company'], 'author': {'id': 7001,
            'first_name': 'Dana', 'last_name': 'Whitfield'}, 'created': {'utc': '2026-06-28 15:05:00'}, 'actions':
            ['delete']}

    Attributes:
        id (int): ID of the company tag.
        label (str | None):
        hex_color (str | None): Display colour.
        types (list[TagTypesItem] | None): Behaviours of the tag.
        valid_statuses (list[TagValidStatusesItem] | None): Work order statuses in which the tag may be used. Present on
            company tags; the older reference notes work-order tag answers leave it out.
        author (UserRef | None): A user as embedded in other objects (author, assignee, manager).
        created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
        actions (list[TagActionsItem] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        label: str | Unset = UNSET,
        hex_color: str | Unset = UNSET,
        types: list[TagTypesItem] | Unset = UNSET,
        valid_statuses: list[TagValidStatusesItem] | Unset = UNSET,
        author: UserRef | Unset = UNSET,
        created: DateObject | Unset = UNSET,
        actions: list[TagActionsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("label", label)
        self._set("hex_color", hex_color)
        self._set("types", types)
        self._set("valid_statuses", valid_statuses)
        self._set("author", author)
        self._set("created", created)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "label": _m.Field(_m.STR, False, False),
            "hex_color": _m.Field(_m.STR, False, False),
            "types": _m.Field(_m.List(_m.Enum(TagTypesItem)), False, False),
            "valid_statuses": _m.Field(_m.List(_m.Enum(TagValidStatusesItem)), False, False),
            "author": _m.Field(_m.Model(UserRef), False, False),
            "created": _m.Field(_m.Model(DateObject), False, False),
            "actions": _m.Field(_m.List(_m.Enum(TagActionsItem)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        """ID of the company tag."""
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def label(self) -> str | None:
        return cast("str | None", self._get("label"))

    @label.setter
    def label(self, value: str | None) -> None:
        self._set("label", value)

    @property
    def hex_color(self) -> str | None:
        """Display colour."""
        return cast("str | None", self._get("hex_color"))

    @hex_color.setter
    def hex_color(self, value: str | None) -> None:
        self._set("hex_color", value)

    @property
    def types(self) -> list[TagTypesItem] | None:
        """Behaviours of the tag."""
        return cast("list[TagTypesItem] | None", self._get("types"))

    @types.setter
    def types(self, value: list[TagTypesItem] | None) -> None:
        self._set("types", value)

    @property
    def valid_statuses(self) -> list[TagValidStatusesItem] | None:
        """Work order statuses in which the tag may be used. Present on company tags; the older reference notes
        work-order tag answers leave it out."""
        return cast("list[TagValidStatusesItem] | None", self._get("valid_statuses"))

    @valid_statuses.setter
    def valid_statuses(self, value: list[TagValidStatusesItem] | None) -> None:
        self._set("valid_statuses", value)

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
    def actions(self) -> list[TagActionsItem] | None:
        return cast("list[TagActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[TagActionsItem] | None) -> None:
        self._set("actions", value)


class TagDict(TypedDict, total=False):
    """:class:`Tag` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    label: str
    hex_color: str
    types: list[TagTypesItem | str]
    valid_statuses: list[TagValidStatusesItem | str]
    author: UserRef | UserRefDict
    created: DateObject | DateObjectDict
    actions: list[TagActionsItem | str]
