from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m

if TYPE_CHECKING:
    from ..models.time_log_bulk_item import TimeLogBulkItem, TimeLogBulkItemDict


class TimeLogBulkUpdate(_m.BaseModel):
    """Several time logs of one work order changed in a single request.

    Example:
        {'data': [{'id': 5050, 'in': {'created': {'utc': '2026-07-01T14:05:00Z', 'local': {'date': '2026-07-01', 'time':
            '09:05:00'}}}}]}

    Attributes:
        data (list[TimeLogBulkItem]):
    """

    __slots__ = ()

    def __init__(self, *, data: list[TimeLogBulkItem]) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("data", data)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.time_log_bulk_item import TimeLogBulkItem  # noqa: PLC0415

        return {"data": _m.Field(_m.List(_m.Model(TimeLogBulkItem)), True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def data(self) -> list[TimeLogBulkItem]:
        return cast("list[TimeLogBulkItem]", self._get("data"))

    @data.setter
    def data(self, value: list[TimeLogBulkItem]) -> None:
        self._set("data", value)


class TimeLogBulkUpdateDict(TypedDict, total=False):
    """:class:`TimeLogBulkUpdate` as plain data (JSON keys); accepted wherever the model is sent."""

    data: Required[list[TimeLogBulkItem | TimeLogBulkItemDict]]
