from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict


class WorkOrderLocationNote(_m.BaseModel):
    """A note attached to the location.

    Example:
        {'id': 88, 'text': 'Use the loading dock on the north side.', 'private': False}

    Attributes:
        id (int | None):
        text (str | None):
        private (bool | None):
        created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int | Unset = UNSET,
        text: str | Unset = UNSET,
        private: bool | Unset = UNSET,
        created: DateObject | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("text", text)
        self._set("private", private)
        self._set("created", created)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, False, False),
            "text": _m.Field(_m.STR, False, False),
            "private": _m.Field(_m.BOOL, False, False),
            "created": _m.Field(_m.Model(DateObject), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int | None:
        return cast("int | None", self._get("id"))

    @id.setter
    def id(self, value: int | None) -> None:
        self._set("id", value)

    @property
    def text(self) -> str | None:
        return cast("str | None", self._get("text"))

    @text.setter
    def text(self, value: str | None) -> None:
        self._set("text", value)

    @property
    def private(self) -> bool | None:
        return cast("bool | None", self._get("private"))

    @private.setter
    def private(self, value: bool | None) -> None:
        self._set("private", value)

    @property
    def created(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("created"))

    @created.setter
    def created(self, value: DateObject | None) -> None:
        self._set("created", value)


class WorkOrderLocationNoteDict(TypedDict, total=False):
    """:class:`WorkOrderLocationNote` as plain data (JSON keys); accepted wherever the model is sent."""

    id: int
    text: str
    private: bool
    created: DateObject | DateObjectDict
