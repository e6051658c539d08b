from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..models.problem_update_resolution_status import ProblemUpdateResolutionStatus


class ProblemUpdateResolution(_m.BaseModel):
    """
    Attributes:
        status (ProblemUpdateResolutionStatus):
    """

    __slots__ = ()

    def __init__(self, *, status: ProblemUpdateResolutionStatus) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("status", status)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"status": _m.Field(_m.Enum(ProblemUpdateResolutionStatus), True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def status(self) -> ProblemUpdateResolutionStatus:
        return cast("ProblemUpdateResolutionStatus", self._get("status"))

    @status.setter
    def status(self, value: ProblemUpdateResolutionStatus) -> None:
        self._set("status", value)


class ProblemUpdateResolutionDict(TypedDict, total=False):
    """:class:`ProblemUpdateResolution` as plain data (JSON keys); accepted wherever the model is sent."""

    status: Required[ProblemUpdateResolutionStatus | str]
