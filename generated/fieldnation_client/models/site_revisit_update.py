from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.site_revisit_update_scheduled import (
        SiteRevisitUpdateScheduled,
        SiteRevisitUpdateScheduledDict,
    )


class SiteRevisitUpdate(_m.BaseModel):
    """Body of `PUT /workorders/{work_order_id}/site-revisit/{revisit_id}`. Same fields as on creation, all optional.

    Example:
        {'revisit_reason': 13, 'is_billable': True}

    Attributes:
        revisit_reason (int | None):
        revisit_reason_id (int | None): Guide spelling of `revisit_reason`; accepted as an alias.
        is_billable (bool | None):
        notes (str | None):
        scheduled (SiteRevisitUpdateScheduled | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        revisit_reason: int | Unset = UNSET,
        revisit_reason_id: int | Unset = UNSET,
        is_billable: bool | Unset = UNSET,
        notes: str | Unset = UNSET,
        scheduled: SiteRevisitUpdateScheduled | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("revisit_reason", revisit_reason)
        self._set("revisit_reason_id", revisit_reason_id)
        self._set("is_billable", is_billable)
        self._set("notes", notes)
        self._set("scheduled", scheduled)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.site_revisit_update_scheduled import SiteRevisitUpdateScheduled  # noqa: PLC0415

        return {
            "revisit_reason": _m.Field(_m.INT, False, False),
            "revisit_reason_id": _m.Field(_m.INT, False, False),
            "is_billable": _m.Field(_m.BOOL, False, False),
            "notes": _m.Field(_m.STR, False, False),
            "scheduled": _m.Field(_m.Model(SiteRevisitUpdateScheduled), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def revisit_reason(self) -> int | None:
        return cast("int | None", self._get("revisit_reason"))

    @revisit_reason.setter
    def revisit_reason(self, value: int | None) -> None:
        self._set("revisit_reason", value)

    @property
    def revisit_reason_id(self) -> int | None:
        """Guide spelling of `revisit_reason`; accepted as an alias."""
        return cast("int | None", self._get("revisit_reason_id"))

    @revisit_reason_id.setter
    def revisit_reason_id(self, value: int | None) -> None:
        self._set("revisit_reason_id", value)

    @property
    def is_billable(self) -> bool | None:
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
    def scheduled(self) -> SiteRevisitUpdateScheduled | None:
        return cast("SiteRevisitUpdateScheduled | None", self._get("scheduled"))

    @scheduled.setter
    def scheduled(self, value: SiteRevisitUpdateScheduled | None) -> None:
        self._set("scheduled", value)


class SiteRevisitUpdateDict(TypedDict, total=False):
    """:class:`SiteRevisitUpdate` as plain data (JSON keys); accepted wherever the model is sent."""

    revisit_reason: int
    revisit_reason_id: int
    is_billable: bool
    notes: str
    scheduled: SiteRevisitUpdateScheduled | SiteRevisitUpdateScheduledDict
