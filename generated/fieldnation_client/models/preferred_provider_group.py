from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.preferred_provider_group_actions_item import PreferredProviderGroupActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict


class PreferredProviderGroup(_m.BaseModel):
    """A preferred provider group ("talent pool group" in the UI): a named set of providers the company routes work to. The
    id 99999999 is the built-in "Uncategorized" group.

        Example:
            {'id': 13, 'name': 'ATM Repair', 'providers': 2, 'actions': ['edit', 'delete'], 'correlation_id':
                '54c7d028038ed00a3a80cab287cc11a2d051d86a'}

        Attributes:
            id (int):
            name (str):
            providers (int | None): Number of providers in the group.
            notes (str | None): Free-text notes (older generated model).
            created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
            actions (list[PreferredProviderGroupActionsItem] | None): What the caller may do with the group; empty for the
                built-in group.
            correlation_id (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        name: str,
        providers: int | Unset = UNSET,
        notes: str | Unset = UNSET,
        created: DateObject | Unset = UNSET,
        actions: list[PreferredProviderGroupActionsItem] | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("providers", providers)
        self._set("notes", notes)
        self._set("created", created)
        self._set("actions", actions)
        self._set("correlation_id", correlation_id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "name": _m.Field(_m.STR, True, False),
            "providers": _m.Field(_m.INT, False, False),
            "notes": _m.Field(_m.STR, False, False),
            "created": _m.Field(_m.Model(DateObject), False, False),
            "actions": _m.Field(_m.List(_m.Enum(PreferredProviderGroupActionsItem)), False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
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
    def name(self) -> str:
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def providers(self) -> int | None:
        """Number of providers in the group."""
        return cast("int | None", self._get("providers"))

    @providers.setter
    def providers(self, value: int | None) -> None:
        self._set("providers", value)

    @property
    def notes(self) -> str | None:
        """Free-text notes (older generated model)."""
        return cast("str | None", self._get("notes"))

    @notes.setter
    def notes(self, value: str | None) -> None:
        self._set("notes", value)

    @property
    def created(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("created"))

    @created.setter
    def created(self, value: DateObject | None) -> None:
        self._set("created", value)

    @property
    def actions(self) -> list[PreferredProviderGroupActionsItem] | None:
        """What the caller may do with the group; empty for the built-in group."""
        return cast("list[PreferredProviderGroupActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[PreferredProviderGroupActionsItem] | None) -> None:
        self._set("actions", value)

    @property
    def correlation_id(self) -> str | None:
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)


class PreferredProviderGroupDict(TypedDict, total=False):
    """:class:`PreferredProviderGroup` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    name: Required[str]
    providers: int
    notes: str
    created: DateObject | DateObjectDict
    actions: list[PreferredProviderGroupActionsItem | str]
    correlation_id: str
