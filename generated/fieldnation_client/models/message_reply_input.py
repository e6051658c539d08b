from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class MessageReplyInput(_m.BaseModel):
    """A reply to an existing message.

    Example:
        {'message': 'Understood, heading there now.', 'classic_alert': True}

    Attributes:
        message (str):
        classic_alert (bool | None):
        problem_reopened (bool | None): Reopen the problem the message belongs to.
    """

    __slots__ = ()

    def __init__(
        self, *, message: str, classic_alert: bool | Unset = UNSET, problem_reopened: bool | Unset = UNSET
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("message", message)
        self._set("classic_alert", classic_alert)
        self._set("problem_reopened", problem_reopened)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "message": _m.Field(_m.STR, True, False),
            "classic_alert": _m.Field(_m.BOOL, False, False),
            "problem_reopened": _m.Field(_m.BOOL, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def message(self) -> str:
        return cast("str", self._get("message"))

    @message.setter
    def message(self, value: str) -> None:
        self._set("message", value)

    @property
    def classic_alert(self) -> bool | None:
        return cast("bool | None", self._get("classic_alert"))

    @classic_alert.setter
    def classic_alert(self, value: bool | None) -> None:
        self._set("classic_alert", value)

    @property
    def problem_reopened(self) -> bool | None:
        """Reopen the problem the message belongs to."""
        return cast("bool | None", self._get("problem_reopened"))

    @problem_reopened.setter
    def problem_reopened(self, value: bool | None) -> None:
        self._set("problem_reopened", value)


class MessageReplyInputDict(TypedDict, total=False):
    """:class:`MessageReplyInput` as plain data (JSON keys); accepted wherever the model is sent."""

    message: Required[str]
    classic_alert: bool
    problem_reopened: bool
