from __future__ import annotations

from typing import Any

from .. import _models as _m


class SiteRevisitInputScheduled(_m.BaseModel):
    """
    Attributes:
        utc (Any): A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO 8601
            (`2026-02-01T17:00:00Z`). Both are accepted on input.
    """

    __slots__ = ()

    def __init__(self, *, utc: Any) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("utc", utc)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"utc": _m.Field(_m.ANY, True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def utc(self) -> Any:
        """A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO 8601
        (`2026-02-01T17:00:00Z`). Both are accepted on input."""
        return self._get("utc")

    @utc.setter
    def utc(self, value: Any) -> None:
        self._set("utc", value)
