from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.time_log import TimeLog, TimeLogDict


class TimeLogList(_m.BaseModel):
    """The time logs of a work order (also embedded as `time_logs` in the WorkOrder), with the total hours and, while the
    provider is checked in, the open log.

        Example:
            {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 5050, 'in': {'created':
                {'utc': '2026-07-01 14:05:00'}}, 'out': {'created': {'utc': '2026-07-01 16:35:00'}}, 'hours': 2.5, 'status':
                'checked_out'}], 'hours': 2.5, 'actions': ['add']}

        Attributes:
            results (list[TimeLog]): Newest first in the local sandbox (its convention); Field Nation does not document the
                order of this list.
            metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
                The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
                example omits `pages`, so only `total` is required (the local sandbox always sends all four).
            hours (float | None): Sum of the hours of all logs.
            open_time_log (TimeLog | None): A check-in / check-out pair recorded against a work order, with the hours
                between them. `out` is missing (or null) while the provider is still checked in.
            correlation_id (str | None):
            actions (list[str] | None): What the caller may do with the list (e.g. `add`).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        results: list[TimeLog],
        metadata: ListMetadata | Unset = UNSET,
        hours: float | Unset = UNSET,
        open_time_log: TimeLog | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("metadata", metadata)
        self._set("hours", hours)
        self._set("open_time_log", open_time_log)
        self._set("correlation_id", correlation_id)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.time_log import TimeLog  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(TimeLog)), True, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "hours": _m.Field(_m.FLOAT, False, False),
            "open_time_log": _m.Field(_m.Model(TimeLog), False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[TimeLog]:
        """Newest first in the local sandbox (its convention); Field Nation does not document the order of this
        list."""
        return cast("list[TimeLog]", self._get("results"))

    @results.setter
    def results(self, value: list[TimeLog]) -> None:
        self._set("results", value)

    @property
    def metadata(self) -> ListMetadata | None:
        """Pagination metadata of every page-based list envelope (`metadata` + `results`). The playground and
        the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example omits
        `pages`, so only `total` is required (the local sandbox always sends all four)."""
        return cast("ListMetadata | None", self._get("metadata"))

    @metadata.setter
    def metadata(self, value: ListMetadata | None) -> None:
        self._set("metadata", value)

    @property
    def hours(self) -> float | None:
        """Sum of the hours of all logs."""
        return cast("float | None", self._get("hours"))

    @hours.setter
    def hours(self, value: float | None) -> None:
        self._set("hours", value)

    @property
    def open_time_log(self) -> TimeLog | None:
        """A check-in / check-out pair recorded against a work order, with the hours between them. `out` is
        missing (or null) while the provider is still checked in."""
        return cast("TimeLog | None", self._get("open_time_log"))

    @open_time_log.setter
    def open_time_log(self, value: TimeLog | None) -> None:
        self._set("open_time_log", value)

    @property
    def correlation_id(self) -> str | None:
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)

    @property
    def actions(self) -> list[str] | None:
        """What the caller may do with the list (e.g. `add`)."""
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)


class TimeLogListDict(TypedDict, total=False):
    """:class:`TimeLogList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[TimeLog | TimeLogDict]]
    metadata: ListMetadata | ListMetadataDict
    hours: float
    open_time_log: TimeLog | TimeLogDict
    correlation_id: str
    actions: list[str]
