from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m


class ProviderDelayInputNewEta(_m.BaseModel):
    """
    Attributes:
        utc (str): A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO 8601
            (`2026-02-01T17:00:00Z`). Both are accepted on input.
    """

    __slots__ = ()

    def __init__(self, *, utc: str) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("utc", utc)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"utc": _m.Field(_m.STR, True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def utc(self) -> str:
        """A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO 8601
        (`2026-02-01T17:00:00Z`). Both are accepted on input."""
        return cast("str", self._get("utc"))

    @utc.setter
    def utc(self, value: str) -> None:
        self._set("utc", value)


class ProviderDelayInputNewEtaDict(TypedDict, total=False):
    """:class:`ProviderDelayInputNewEta` as plain data (JSON keys); accepted wherever the model is sent."""

    utc: Required[str]
