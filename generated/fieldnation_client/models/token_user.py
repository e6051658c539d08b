from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class TokenUser(_m.BaseModel):
    """Profile of the authenticated user, returned by the older version of the endpoint (shown as `{}`). Do not rely on it
    for reference data such as types of work; use the dedicated endpoints.

        Attributes:
            id (int | None): User id.
            first_name (str | None): First name.
            last_name (str | None): Last name.
            email (str | None): Email address.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("first_name", first_name)
        self._set("last_name", last_name)
        self._set("email", email)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, False, False),
            "first_name": _m.Field(_m.STR, False, False),
            "last_name": _m.Field(_m.STR, False, False),
            "email": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int | None:
        """User id."""
        return cast("int | None", self._get("id"))

    @id.setter
    def id(self, value: int | None) -> None:
        self._set("id", value)

    @property
    def first_name(self) -> str | None:
        """First name."""
        return cast("str | None", self._get("first_name"))

    @first_name.setter
    def first_name(self, value: str | None) -> None:
        self._set("first_name", value)

    @property
    def last_name(self) -> str | None:
        """Last name."""
        return cast("str | None", self._get("last_name"))

    @last_name.setter
    def last_name(self, value: str | None) -> None:
        self._set("last_name", value)

    @property
    def email(self) -> str | None:
        """Email address."""
        return cast("str | None", self._get("email"))

    @email.setter
    def email(self, value: str | None) -> None:
        self._set("email", value)


class TokenUserDict(TypedDict, total=False):
    """:class:`TokenUser` as plain data (JSON keys); accepted wherever the model is sent."""

    id: int
    first_name: str
    last_name: str
    email: str
