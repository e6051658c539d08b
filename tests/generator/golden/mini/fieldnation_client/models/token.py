from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class Token(_m.BaseModel):
    """
    Attributes:
        access_token (str):
        expires_in (int):
        token_type (str | None):
        refresh_token (str | None):
    """

    __slots__ = ()
    _secrets = frozenset({"access_token", "refresh_token"})

    def __init__(
        self,
        *,
        access_token: str,
        expires_in: int,
        token_type: str | Unset = UNSET,
        refresh_token: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("access_token", access_token)
        self._set("expires_in", expires_in)
        self._set("token_type", token_type)
        self._set("refresh_token", refresh_token)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "access_token": _m.Field(_m.STR, True, False),
            "expires_in": _m.Field(_m.INT, True, False),
            "token_type": _m.Field(_m.STR, False, False),
            "refresh_token": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def access_token(self) -> str:
        return cast("str", self._get("access_token"))

    @access_token.setter
    def access_token(self, value: str) -> None:
        self._set("access_token", value)

    @property
    def expires_in(self) -> int:
        return cast("int", self._get("expires_in"))

    @expires_in.setter
    def expires_in(self, value: int) -> None:
        self._set("expires_in", value)

    @property
    def token_type(self) -> str | None:
        return cast("str | None", self._get("token_type"))

    @token_type.setter
    def token_type(self, value: str | None) -> None:
        self._set("token_type", value)

    @property
    def refresh_token(self) -> str | None:
        return cast("str | None", self._get("refresh_token"))

    @refresh_token.setter
    def refresh_token(self, value: str | None) -> None:
        self._set("refresh_token", value)


class TokenDict(TypedDict, total=False):
    """:class:`Token` as plain data (JSON keys); accepted wherever the model is sent."""

    access_token: Required[str]
    expires_in: Required[int]
    token_type: str
    refresh_token: str
