from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m


class TaskAlertInput(_m.BaseModel):
    """An email address to notify when the task is completed.

    Example:
        {'email': 'alerts@northstar-retail.example'}

    Attributes:
        email (str):
    """

    __slots__ = ()

    def __init__(self, *, email: str) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("email", email)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"email": _m.Field(_m.STR, True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def email(self) -> str:
        return cast("str", self._get("email"))

    @email.setter
    def email(self, value: str) -> None:
        self._set("email", value)


class TaskAlertInputDict(TypedDict, total=False):
    """:class:`TaskAlertInput` as plain data (JSON keys); accepted wherever the model is sent."""

    email: Required[str]
