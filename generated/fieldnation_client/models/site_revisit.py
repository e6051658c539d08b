from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.id_name import IdName, IdNameDict


class SiteRevisit(_m.BaseModel):
    """One return visit to the work order's site.

    Example:
        {'id': 13, 'reason': {'id': 10, 'name': 'Parts not delivered'}, 'is_billable': False, 'notes': 'Returning with
            the correct router model.', 'scheduled': {'utc': '2026-07-03 14:00:00'}, 'status': 'scheduled', 'created':
            {'utc': '2026-07-01 16:00:00'}}

    Attributes:
        id (int):
        reason (IdName | None): A reference to another object by id, with its display name when the API returns one.
        is_billable (bool | None): Whether the revisit is paid.
        notes (str | None):
        scheduled (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
        status (str | None): State of the revisit (the guide shows `scheduled`).
        created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        reason: IdName | Unset = UNSET,
        is_billable: bool | Unset = UNSET,
        notes: str | Unset = UNSET,
        scheduled: DateObject | Unset = UNSET,
        status: str | Unset = UNSET,
        created: DateObject | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("reason", reason)
        self._set("is_billable", is_billable)
        self._set("notes", notes)
        self._set("scheduled", scheduled)
        self._set("status", status)
        self._set("created", created)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.id_name import IdName  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "reason": _m.Field(_m.Model(IdName), False, False),
            "is_billable": _m.Field(_m.BOOL, False, False),
            "notes": _m.Field(_m.STR, False, False),
            "scheduled": _m.Field(_m.Model(DateObject), False, False),
            "status": _m.Field(_m.STR, False, False),
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
    def reason(self) -> IdName | None:
        """A reference to another object by id, with its display name when the API returns one."""
        return cast("IdName | None", self._get("reason"))

    @reason.setter
    def reason(self, value: IdName | None) -> None:
        self._set("reason", value)

    @property
    def is_billable(self) -> bool | None:
        """Whether the revisit is paid."""
        return cast("bool | None", self._get("is_billable"))

    @is_billable.setter
    def is_billable(self, value: bool | None) -> None:
        self._set("is_billable", value)

    @property
    def notes(self) -> str | None:
        return cast("str | None", self._get("notes"))

    @notes.setter
    def notes(self, value: str | None) -> None:
        self._set("notes", value)

    @property
    def scheduled(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("scheduled"))

    @scheduled.setter
    def scheduled(self, value: DateObject | None) -> None:
        self._set("scheduled", value)

    @property
    def status(self) -> str | None:
        """State of the revisit (the guide shows `scheduled`)."""
        return cast("str | None", self._get("status"))

    @status.setter
    def status(self, value: str | None) -> None:
        self._set("status", value)

    @property
    def created(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("created"))

    @created.setter
    def created(self, value: DateObject | None) -> None:
        self._set("created", value)


class SiteRevisitDict(TypedDict, total=False):
    """:class:`SiteRevisit` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    reason: IdName | IdNameDict
    is_billable: bool
    notes: str
    scheduled: DateObject | DateObjectDict
    status: str
    created: DateObject | DateObjectDict
