from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class TaskAlert(_m.BaseModel):
    """An email address notified when the task is completed.

    Example:
        {'id': 51, 'email': 'alerts@northstar-retail.example', 'sent': None}

    Attributes:
        id (int):
        email (str):
        sent (str | None): When the alert was sent, if it has been (format not documented).
    """

    __slots__ = ()

    def __init__(self, *, id: int, email: str, sent: str | None | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("email", email)
        self._set("sent", sent)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, True, False),
            "email": _m.Field(_m.STR, True, False),
            "sent": _m.Field(_m.STR, False, True),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def email(self) -> str:
        return cast("str", self._get("email"))

    @email.setter
    def email(self, value: str) -> None:
        self._set("email", value)

    @property
    def sent(self) -> str | None:
        """When the alert was sent, if it has been (format not documented)."""
        return cast("str | None", self._get("sent"))

    @sent.setter
    def sent(self, value: str | None) -> None:
        self._set("sent", value)


class TaskAlertDict(TypedDict, total=False):
    """:class:`TaskAlert` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    email: Required[str]
    sent: str | None
