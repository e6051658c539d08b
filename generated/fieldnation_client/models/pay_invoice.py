from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict


class PayInvoice(_m.BaseModel):
    """Invoice issued for the work order, once it is approved.

    Example:
        {'id': 55012, 'sent': {'utc': '2026-07-03 15:00:00'}}

    Attributes:
        id (int | None):
        sent (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
        paid (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
    """

    __slots__ = ()

    def __init__(
        self, *, id: int | Unset = UNSET, sent: DateObject | Unset = UNSET, paid: DateObject | Unset = UNSET
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("sent", sent)
        self._set("paid", paid)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, False, False),
            "sent": _m.Field(_m.Model(DateObject), False, False),
            "paid": _m.Field(_m.Model(DateObject), False, False),
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
    def sent(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("sent"))

    @sent.setter
    def sent(self, value: DateObject | None) -> None:
        self._set("sent", value)

    @property
    def paid(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("paid"))

    @paid.setter
    def paid(self, value: DateObject | None) -> None:
        self._set("paid", value)


class PayInvoiceDict(TypedDict, total=False):
    """:class:`PayInvoice` as plain data (JSON keys); accepted wherever the model is sent."""

    id: int
    sent: DateObject | DateObjectDict
    paid: DateObject | DateObjectDict
