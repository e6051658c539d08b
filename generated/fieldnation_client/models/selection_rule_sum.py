from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class SelectionRuleSum(_m.BaseModel):
    """How many providers in the pool meet the rule.

    Example:
        {'total': 12, 'match': 7, 'no_match_optional': 3, 'no_match_required': 2}

    Attributes:
        total (int | None):
        match (int | None):
        no_match_optional (int | None): Providers missing only optional requirements.
        no_match_required (int | None): Providers missing at least one required requirement.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        total: int | Unset = UNSET,
        match: int | Unset = UNSET,
        no_match_optional: int | Unset = UNSET,
        no_match_required: int | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("total", total)
        self._set("match", match)
        self._set("no_match_optional", no_match_optional)
        self._set("no_match_required", no_match_required)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "total": _m.Field(_m.INT, False, False),
            "match": _m.Field(_m.INT, False, False),
            "no_match_optional": _m.Field(_m.INT, False, False),
            "no_match_required": _m.Field(_m.INT, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def total(self) -> int | None:
        return cast("int | None", self._get("total"))

    @total.setter
    def total(self, value: int | None) -> None:
        self._set("total", value)

    @property
    def match(self) -> int | None:
        return cast("int | None", self._get("match"))

    @match.setter
    def match(self, value: int | None) -> None:
        self._set("match", value)

    @property
    def no_match_optional(self) -> int | None:
        """Providers missing only optional requirements."""
        return cast("int | None", self._get("no_match_optional"))

    @no_match_optional.setter
    def no_match_optional(self, value: int | None) -> None:
        self._set("no_match_optional", value)

    @property
    def no_match_required(self) -> int | None:
        """Providers missing at least one required requirement."""
        return cast("int | None", self._get("no_match_required"))

    @no_match_required.setter
    def no_match_required(self, value: int | None) -> None:
        self._set("no_match_required", value)


class SelectionRuleSumDict(TypedDict, total=False):
    """:class:`SelectionRuleSum` as plain data (JSON keys); accepted wherever the model is sent."""

    total: int
    match: int
    no_match_optional: int
    no_match_required: int
