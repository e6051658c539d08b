from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict


class UserPreferredGroup(_m.BaseModel):
    """A preferred provider group (talent pool group of the first generation) the user belongs to.

    Example:
        {'id': 13, 'name': 'ATM Repair'}

    Attributes:
        id (int):
        name (str | None):
        notes (str | None):
        created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        name: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        created: DateObject | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("notes", notes)
        self._set("created", created)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "name": _m.Field(_m.STR, False, False),
            "notes": _m.Field(_m.STR, False, False),
            "created": _m.Field(_m.Model(DateObject), False, False),
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
    def name(self) -> str | None:
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def notes(self) -> str | None:
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


class UserPreferredGroupDict(TypedDict, total=False):
    """:class:`UserPreferredGroup` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    name: str
    notes: str
    created: DateObject | DateObjectDict
