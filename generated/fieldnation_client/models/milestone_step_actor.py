from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class MilestoneStepActor(_m.BaseModel):
    """Who completed the step.

    Attributes:
        name (str | None):
    """

    __slots__ = ()

    def __init__(self, *, name: str | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"name": _m.Field(_m.STR, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> str | None:
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)


class MilestoneStepActorDict(TypedDict, total=False):
    """:class:`MilestoneStepActor` as plain data (JSON keys); accepted wherever the model is sent."""

    name: str
