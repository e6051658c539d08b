from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class WorkOrderSiteRevisitInfoIncompleteReason(_m.BaseModel):
    """Why the job is incomplete; needed when `job_status` is `incomplete`.

    Attributes:
        reason_id (int | None):
        reason_name (str | None):
    """

    __slots__ = ()

    def __init__(self, *, reason_id: int | Unset = UNSET, reason_name: str | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("reason_id", reason_id)
        self._set("reason_name", reason_name)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"reason_id": _m.Field(_m.INT, False, False), "reason_name": _m.Field(_m.STR, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def reason_id(self) -> int | None:
        return cast("int | None", self._get("reason_id"))

    @reason_id.setter
    def reason_id(self, value: int | None) -> None:
        self._set("reason_id", value)

    @property
    def reason_name(self) -> str | None:
        return cast("str | None", self._get("reason_name"))

    @reason_name.setter
    def reason_name(self, value: str | None) -> None:
        self._set("reason_name", value)


class WorkOrderSiteRevisitInfoIncompleteReasonDict(TypedDict, total=False):
    """:class:`WorkOrderSiteRevisitInfoIncompleteReason` as plain data (JSON keys); accepted wherever the model is sent."""

    reason_id: int
    reason_name: str
