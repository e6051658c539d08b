from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..models.work_order_site_revisit_info_job_status import WorkOrderSiteRevisitInfoJobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_order_site_revisit_info_incomplete_reason import (
        WorkOrderSiteRevisitInfoIncompleteReason,
        WorkOrderSiteRevisitInfoIncompleteReasonDict,
    )


class WorkOrderSiteRevisitInfo(_m.BaseModel):
    """Job-status summary of a work order that may need a return visit.

    Example:
        {'job_status': 'incomplete', 'revisit_count': 1, 'incomplete_reason': {'reason_id': 8, 'reason_name': 'Incorrect
            part provided'}}

    Attributes:
        job_status (WorkOrderSiteRevisitInfoJobStatus | None): Whether the provider finished the whole scope.
        revisit_count (int | None): How many return visits were made.
        incomplete_reason (WorkOrderSiteRevisitInfoIncompleteReason | None): Why the job is incomplete; needed when
            `job_status` is `incomplete`.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        job_status: WorkOrderSiteRevisitInfoJobStatus | Unset = UNSET,
        revisit_count: int | Unset = UNSET,
        incomplete_reason: WorkOrderSiteRevisitInfoIncompleteReason | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("job_status", job_status)
        self._set("revisit_count", revisit_count)
        self._set("incomplete_reason", incomplete_reason)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.work_order_site_revisit_info_incomplete_reason import (
            WorkOrderSiteRevisitInfoIncompleteReason,  # noqa: PLC0415
        )

        return {
            "job_status": _m.Field(_m.Enum(WorkOrderSiteRevisitInfoJobStatus), False, False),
            "revisit_count": _m.Field(_m.INT, False, False),
            "incomplete_reason": _m.Field(_m.Model(WorkOrderSiteRevisitInfoIncompleteReason), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def job_status(self) -> WorkOrderSiteRevisitInfoJobStatus | None:
        """Whether the provider finished the whole scope."""
        return cast("WorkOrderSiteRevisitInfoJobStatus | None", self._get("job_status"))

    @job_status.setter
    def job_status(self, value: WorkOrderSiteRevisitInfoJobStatus | None) -> None:
        self._set("job_status", value)

    @property
    def revisit_count(self) -> int | None:
        """How many return visits were made."""
        return cast("int | None", self._get("revisit_count"))

    @revisit_count.setter
    def revisit_count(self, value: int | None) -> None:
        self._set("revisit_count", value)

    @property
    def incomplete_reason(self) -> WorkOrderSiteRevisitInfoIncompleteReason | None:
        """Why the job is incomplete; needed when `job_status` is `incomplete`."""
        return cast("WorkOrderSiteRevisitInfoIncompleteReason | None", self._get("incomplete_reason"))

    @incomplete_reason.setter
    def incomplete_reason(self, value: WorkOrderSiteRevisitInfoIncompleteReason | None) -> None:
        self._set("incomplete_reason", value)


class WorkOrderSiteRevisitInfoDict(TypedDict, total=False):
    """:class:`WorkOrderSiteRevisitInfo` as plain data (JSON keys); accepted wherever the model is sent."""

    job_status: WorkOrderSiteRevisitInfoJobStatus | str
    revisit_count: int
    incomplete_reason: WorkOrderSiteRevisitInfoIncompleteReason | WorkOrderSiteRevisitInfoIncompleteReasonDict
