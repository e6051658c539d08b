from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..models.eta_status_name import EtaStatusName
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict


class EtaStatus(_m.BaseModel):
    """Where the provider stands on the way to the site, and when that last changed.

    Example:
        {'name': 'confirmed', 'updated': {'utc': '2026-06-30 18:00:00'}}

    Attributes:
        name (EtaStatusName | None):
        updated (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
    """

    __slots__ = ()

    def __init__(self, *, name: EtaStatusName | Unset = UNSET, updated: DateObject | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)
        self._set("updated", updated)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415

        return {
            "name": _m.Field(_m.Enum(EtaStatusName), False, False),
            "updated": _m.Field(_m.Model(DateObject), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> EtaStatusName | None:
        return cast("EtaStatusName | None", self._get("name"))

    @name.setter
    def name(self, value: EtaStatusName | None) -> None:
        self._set("name", value)

    @property
    def updated(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("updated"))

    @updated.setter
    def updated(self, value: DateObject | None) -> None:
        self._set("updated", value)


class EtaStatusDict(TypedDict, total=False):
    """:class:`EtaStatus` as plain data (JSON keys); accepted wherever the model is sent."""

    name: EtaStatusName | str
    updated: DateObject | DateObjectDict
