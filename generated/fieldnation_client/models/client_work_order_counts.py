from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class ClientWorkOrderCounts(_m.BaseModel):
    """Number of the client's work orders per stage.

    Example:
        {'all': 42, 'today': 2, 'draft': 5, 'published_routed': 8, 'assigned': 12, 'work_done': 3, 'approved_paid': 14}

    Attributes:
        all_ (int | None):
        today (int | None):
        draft (int | None):
        published_routed (int | None):
        assigned (int | None):
        work_done (int | None):
        approved_paid (int | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        all_: int | Unset = UNSET,
        today: int | Unset = UNSET,
        draft: int | Unset = UNSET,
        published_routed: int | Unset = UNSET,
        assigned: int | Unset = UNSET,
        work_done: int | Unset = UNSET,
        approved_paid: int | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("all", all_)
        self._set("today", today)
        self._set("draft", draft)
        self._set("published_routed", published_routed)
        self._set("assigned", assigned)
        self._set("work_done", work_done)
        self._set("approved_paid", approved_paid)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "all": _m.Field(_m.INT, False, False),
            "today": _m.Field(_m.INT, False, False),
            "draft": _m.Field(_m.INT, False, False),
            "published_routed": _m.Field(_m.INT, False, False),
            "assigned": _m.Field(_m.INT, False, False),
            "work_done": _m.Field(_m.INT, False, False),
            "approved_paid": _m.Field(_m.INT, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def all_(self) -> int | None:
        return cast("int | None", self._get("all"))

    @all_.setter
    def all_(self, value: int | None) -> None:
        self._set("all", value)

    @property
    def today(self) -> int | None:
        return cast("int | None", self._get("today"))

    @today.setter
    def today(self, value: int | None) -> None:
        self._set("today", value)

    @property
    def draft(self) -> int | None:
        return cast("int | None", self._get("draft"))

    @draft.setter
    def draft(self, value: int | None) -> None:
        self._set("draft", value)

    @property
    def published_routed(self) -> int | None:
        return cast("int | None", self._get("published_routed"))

    @published_routed.setter
    def published_routed(self, value: int | None) -> None:
        self._set("published_routed", value)

    @property
    def assigned(self) -> int | None:
        return cast("int | None", self._get("assigned"))

    @assigned.setter
    def assigned(self, value: int | None) -> None:
        self._set("assigned", value)

    @property
    def work_done(self) -> int | None:
        return cast("int | None", self._get("work_done"))

    @work_done.setter
    def work_done(self, value: int | None) -> None:
        self._set("work_done", value)

    @property
    def approved_paid(self) -> int | None:
        return cast("int | None", self._get("approved_paid"))

    @approved_paid.setter
    def approved_paid(self, value: int | None) -> None:
        self._set("approved_paid", value)


class ClientWorkOrderCountsDict(TypedDict, total=False):
    """:class:`ClientWorkOrderCounts` as plain data (JSON keys); accepted wherever the model is sent."""

    all: int
    today: int
    draft: int
    published_routed: int
    assigned: int
    work_done: int
    approved_paid: int
