from __future__ import annotations

from typing import Any

from .. import _models as _m


class TaskAlertInput(_m.BaseModel):
    """An email address to notify when the task is completed.

    Example:
        {'email': 'alerts@northstar-retail.example'}

    Attributes:
        email (Any):
    """

    __slots__ = ()

    def __init__(self, *, email: Any) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("email", email)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"email": _m.Field(_m.ANY, True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def email(self) -> Any:
        return self._get("email")

    @email.setter
    def email(self, value: Any) -> None:
        self._set("email", value)
