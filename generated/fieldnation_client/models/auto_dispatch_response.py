from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m

if TYPE_CHECKING:
    from ..models.auto_dispatch_worker import AutoDispatchWorker, AutoDispatchWorkerDict


class AutoDispatchResponse(_m.BaseModel):
    """Answer of `POST /workorders/auto_dispatch`: the job that will dispatch the work orders.

    Example:
        {'__worker': {'id': 77120, 'type': 'standard', 'status': 'active', 'created': {'utc': '2026-07-01 14:00:00'},
            'payload': {'body': {'work_order_ids': [1001, 1002], 'selection_rule_id': 0, 'should_route': True, 'delay':
            900}}}}

    Attributes:
        field_worker (AutoDispatchWorker): The background job that carries out an auto-dispatch.
    """

    __slots__ = ()

    def __init__(self, *, field_worker: AutoDispatchWorker) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("__worker", field_worker)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.auto_dispatch_worker import AutoDispatchWorker  # noqa: PLC0415

        return {"__worker": _m.Field(_m.Model(AutoDispatchWorker), True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def field_worker(self) -> AutoDispatchWorker:
        """The background job that carries out an auto-dispatch."""
        return cast("AutoDispatchWorker", self._get("__worker"))

    @field_worker.setter
    def field_worker(self, value: AutoDispatchWorker) -> None:
        self._set("__worker", value)


class AutoDispatchResponseDict(TypedDict, total=False):
    """:class:`AutoDispatchResponse` as plain data (JSON keys); accepted wherever the model is sent."""

    __worker: Required[AutoDispatchWorker | AutoDispatchWorkerDict]
