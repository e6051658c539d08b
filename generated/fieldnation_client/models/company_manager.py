from __future__ import annotations

from typing import Any, cast

from .. import _models as _m
from ..types import UNSET


class CompanyManager(_m.BaseModel):
    """A user of the company who may manage work orders.

    Example:
        {'id': 7001, 'first_name': 'Dana', 'last_name': 'Whitfield', 'email': 'dana.whitfield@acme-field.example'}

    Attributes:
        id (int):
        first_name (Any):
        last_name (Any):
        email (Any):
        phone (Any):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        first_name: Any = UNSET,
        last_name: Any = UNSET,
        email: Any = UNSET,
        phone: Any = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("first_name", first_name)
        self._set("last_name", last_name)
        self._set("email", email)
        self._set("phone", phone)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, True, False),
            "first_name": _m.Field(_m.ANY, False, False),
            "last_name": _m.Field(_m.ANY, False, False),
            "email": _m.Field(_m.ANY, False, False),
            "phone": _m.Field(_m.ANY, False, False),
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
    def first_name(self) -> Any:
        return self._get("first_name")

    @first_name.setter
    def first_name(self, value: Any) -> None:
        self._set("first_name", value)

    @property
    def last_name(self) -> Any:
        return self._get("last_name")

    @last_name.setter
    def last_name(self, value: Any) -> None:
        self._set("last_name", value)

    @property
    def email(self) -> Any:
        return self._get("email")

    @email.setter
    def email(self, value: Any) -> None:
        self._set("email", value)

    @property
    def phone(self) -> Any:
        return self._get("phone")

    @phone.setter
    def phone(self, value: Any) -> None:
        self._set("phone", value)
