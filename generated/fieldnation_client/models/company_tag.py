from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.company_tag_actions_item import CompanyTagActionsItem
from ..models.company_tag_status import CompanyTagStatus
from ..models.company_tag_type import CompanyTagType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_ref import UserRef, UserRefDict


class CompanyTag(_m.BaseModel):
    """A tag defined by the company, which users may then apply to work orders.

    Example:
        {'id': 1008, 'label': 'VIP Client', 'hex_color': '#FF5733', 'valid_statuses': ['published', 'assigned'],
            'types': ['show_in_dashboard'], 'actions': ['edit', 'delete']}

    Attributes:
        id (int):
        label (str | None):
        name (str | None): Alias of `label` seen on the overview page.
        hex_color (str | None): Display colour, `#RRGGBB`.
        valid_statuses (list[CompanyTagStatus] | None): Work order statuses in which the tag may be used; empty means
            all.
        types (list[CompanyTagType] | None):
        author (UserRef | None): A user as embedded in other objects (author, assignee, manager).
        actions (list[CompanyTagActionsItem] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        label: str | Unset = UNSET,
        name: str | Unset = UNSET,
        hex_color: str | Unset = UNSET,
        valid_statuses: list[CompanyTagStatus] | Unset = UNSET,
        types: list[CompanyTagType] | Unset = UNSET,
        author: UserRef | Unset = UNSET,
        actions: list[CompanyTagActionsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("label", label)
        self._set("name", name)
        self._set("hex_color", hex_color)
        self._set("valid_statuses", valid_statuses)
        self._set("types", types)
        self._set("author", author)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.user_ref import UserRef  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "label": _m.Field(_m.STR, False, False),
            "name": _m.Field(_m.STR, False, False),
            "hex_color": _m.Field(_m.STR, False, False),
            "valid_statuses": _m.Field(_m.List(_m.Enum(CompanyTagStatus)), False, False),
            "types": _m.Field(_m.List(_m.Enum(CompanyTagType)), False, False),
            "author": _m.Field(_m.Model(UserRef), False, False),
            "actions": _m.Field(_m.List(_m.Enum(CompanyTagActionsItem)), False, False),
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
    def label(self) -> str | None:
        return cast("str | None", self._get("label"))

    @label.setter
    def label(self, value: str | None) -> None:
        self._set("label", value)

    @property
    def name(self) -> str | None:
        """Alias of `label` seen on the overview page."""
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def hex_color(self) -> str | None:
        """Display colour, `#RRGGBB`."""
        return cast("str | None", self._get("hex_color"))

    @hex_color.setter
    def hex_color(self, value: str | None) -> None:
        self._set("hex_color", value)

    @property
    def valid_statuses(self) -> list[CompanyTagStatus] | None:
        """Work order statuses in which the tag may be used; empty means all."""
        return cast("list[CompanyTagStatus] | None", self._get("valid_statuses"))

    @valid_statuses.setter
    def valid_statuses(self, value: list[CompanyTagStatus] | None) -> None:
        self._set("valid_statuses", value)

    @property
    def types(self) -> list[CompanyTagType] | None:
        return cast("list[CompanyTagType] | None", self._get("types"))

    @types.setter
    def types(self, value: list[CompanyTagType] | None) -> None:
        self._set("types", value)

    @property
    def author(self) -> UserRef | None:
        """A user as embedded in other objects (author, assignee, manager)."""
        return cast("UserRef | None", self._get("author"))

    @author.setter
    def author(self, value: UserRef | None) -> None:
        self._set("author", value)

    @property
    def actions(self) -> list[CompanyTagActionsItem] | None:
        return cast("list[CompanyTagActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[CompanyTagActionsItem] | None) -> None:
        self._set("actions", value)


class CompanyTagDict(TypedDict, total=False):
    """:class:`CompanyTag` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    label: str
    name: str
    hex_color: str
    valid_statuses: list[CompanyTagStatus | str]
    types: list[CompanyTagType | str]
    author: UserRef | UserRefDict
    actions: list[CompanyTagActionsItem | str]
