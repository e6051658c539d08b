from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.stored_location_note_private_type_1 import StoredLocationNotePrivateType1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict


class StoredLocationNote(_m.BaseModel):
    """A note kept on a saved location.

    Example:
        {'id': 5521, 'text': 'Loading dock entrance is on the north side.', 'private': False, 'user_id': 7001}

    Attributes:
        id (int): Note id (0 on the older reference's empty placeholder note).
        text (str): The note.
        private (bool | StoredLocationNotePrivateType1 | None): True (or 1) when providers cannot see the note.
        user_id (int | None): Author of the note.
        created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        text: str,
        private: bool | StoredLocationNotePrivateType1 | Unset = UNSET,
        user_id: int | Unset = UNSET,
        created: DateObject | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("text", text)
        self._set("private", private)
        self._set("user_id", user_id)
        self._set("created", created)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "text": _m.Field(_m.STR, True, False),
            "private": _m.Field(_m.Union((_m.BOOL, _m.Enum(StoredLocationNotePrivateType1))), False, False),
            "user_id": _m.Field(_m.INT, False, False),
            "created": _m.Field(_m.Model(DateObject), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        """Note id (0 on the older reference's empty placeholder note)."""
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def text(self) -> str:
        """The note."""
        return cast("str", self._get("text"))

    @text.setter
    def text(self, value: str) -> None:
        self._set("text", value)

    @property
    def private(self) -> bool | StoredLocationNotePrivateType1 | None:
        """True (or 1) when providers cannot see the note."""
        return cast("bool | StoredLocationNotePrivateType1 | None", self._get("private"))

    @private.setter
    def private(self, value: bool | StoredLocationNotePrivateType1 | None) -> None:
        self._set("private", value)

    @property
    def user_id(self) -> int | None:
        """Author of the note."""
        return cast("int | None", self._get("user_id"))

    @user_id.setter
    def user_id(self, value: int | None) -> None:
        self._set("user_id", value)

    @property
    def created(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("created"))

    @created.setter
    def created(self, value: DateObject | None) -> None:
        self._set("created", value)


class StoredLocationNoteDict(TypedDict, total=False):
    """:class:`StoredLocationNote` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    text: Required[str]
    private: bool | StoredLocationNotePrivateType1 | int
    user_id: int
    created: DateObject | DateObjectDict
