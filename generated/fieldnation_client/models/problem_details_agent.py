from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class ProblemDetailsAgent(_m.BaseModel):
    """What an automated client should do next.

    Attributes:
        action (str | None): `FIX_INPUT`, `RETRY`, `REAUTHENTICATE`, `ESCALATE` (the catalog's closed list; new values
            are tolerated).
        backoff_ms (int | None): Milliseconds to wait before retrying (only with `RETRY`).
        max_attempts (int | None): How many attempts in all (only with `RETRY`).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        action: str | Unset = UNSET,
        backoff_ms: int | Unset = UNSET,
        max_attempts: int | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("action", action)
        self._set("backoffMs", backoff_ms)
        self._set("maxAttempts", max_attempts)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "action": _m.Field(_m.STR, False, False),
            "backoffMs": _m.Field(_m.INT, False, False),
            "maxAttempts": _m.Field(_m.INT, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def action(self) -> str | None:
        """`FIX_INPUT`, `RETRY`, `REAUTHENTICATE`, `ESCALATE` (the catalog's closed list; new values are
        tolerated)."""
        return cast("str | None", self._get("action"))

    @action.setter
    def action(self, value: str | None) -> None:
        self._set("action", value)

    @property
    def backoff_ms(self) -> int | None:
        """Milliseconds to wait before retrying (only with `RETRY`)."""
        return cast("int | None", self._get("backoffMs"))

    @backoff_ms.setter
    def backoff_ms(self, value: int | None) -> None:
        self._set("backoffMs", value)

    @property
    def max_attempts(self) -> int | None:
        """How many attempts in all (only with `RETRY`)."""
        return cast("int | None", self._get("maxAttempts"))

    @max_attempts.setter
    def max_attempts(self, value: int | None) -> None:
        self._set("maxAttempts", value)


class ProblemDetailsAgentDict(TypedDict, total=False):
    """:class:`ProblemDetailsAgent` as plain data (JSON keys); accepted wherever the model is sent."""

    action: str
    backoffMs: int
    maxAttempts: int
