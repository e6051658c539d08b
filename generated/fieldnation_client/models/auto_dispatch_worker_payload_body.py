from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_dispatch_worker_payload_body_tiers_item import (
        AutoDispatchWorkerPayloadBodyTiersItem,
        AutoDispatchWorkerPayloadBodyTiersItemDict,
    )


class AutoDispatchWorkerPayloadBody(_m.BaseModel):
    """
    Attributes:
        work_order_ids (list[int] | None):
        network_ids (list[int] | None):
        selection_rule_id (int | None):
        should_route (bool | str | None):
        delay (int | str | None):
        tiers (list[AutoDispatchWorkerPayloadBodyTiersItem] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        work_order_ids: list[int] | Unset = UNSET,
        network_ids: list[int] | Unset = UNSET,
        selection_rule_id: int | Unset = UNSET,
        should_route: bool | str | Unset = UNSET,
        delay: int | str | Unset = UNSET,
        tiers: list[AutoDispatchWorkerPayloadBodyTiersItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("work_order_ids", work_order_ids)
        self._set("network_ids", network_ids)
        self._set("selection_rule_id", selection_rule_id)
        self._set("should_route", should_route)
        self._set("delay", delay)
        self._set("tiers", tiers)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.auto_dispatch_worker_payload_body_tiers_item import (
            AutoDispatchWorkerPayloadBodyTiersItem,  # noqa: PLC0415
        )

        return {
            "work_order_ids": _m.Field(_m.List(_m.INT), False, False),
            "network_ids": _m.Field(_m.List(_m.INT), False, False),
            "selection_rule_id": _m.Field(_m.INT, False, False),
            "should_route": _m.Field(_m.Union((_m.BOOL, _m.STR)), False, False),
            "delay": _m.Field(_m.Union((_m.INT, _m.STR)), False, False),
            "tiers": _m.Field(_m.List(_m.Model(AutoDispatchWorkerPayloadBodyTiersItem)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def work_order_ids(self) -> list[int] | None:
        return cast("list[int] | None", self._get("work_order_ids"))

    @work_order_ids.setter
    def work_order_ids(self, value: list[int] | None) -> None:
        self._set("work_order_ids", value)

    @property
    def network_ids(self) -> list[int] | None:
        return cast("list[int] | None", self._get("network_ids"))

    @network_ids.setter
    def network_ids(self, value: list[int] | None) -> None:
        self._set("network_ids", value)

    @property
    def selection_rule_id(self) -> int | None:
        return cast("int | None", self._get("selection_rule_id"))

    @selection_rule_id.setter
    def selection_rule_id(self, value: int | None) -> None:
        self._set("selection_rule_id", value)

    @property
    def should_route(self) -> bool | str | None:
        return cast("bool | str | None", self._get("should_route"))

    @should_route.setter
    def should_route(self, value: bool | str | None) -> None:
        self._set("should_route", value)

    @property
    def delay(self) -> int | str | None:
        return cast("int | str | None", self._get("delay"))

    @delay.setter
    def delay(self, value: int | str | None) -> None:
        self._set("delay", value)

    @property
    def tiers(self) -> list[AutoDispatchWorkerPayloadBodyTiersItem] | None:
        return cast("list[AutoDispatchWorkerPayloadBodyTiersItem] | None", self._get("tiers"))

    @tiers.setter
    def tiers(self, value: list[AutoDispatchWorkerPayloadBodyTiersItem] | None) -> None:
        self._set("tiers", value)


class AutoDispatchWorkerPayloadBodyDict(TypedDict, total=False):
    """:class:`AutoDispatchWorkerPayloadBody` as plain data (JSON keys); accepted wherever the model is sent."""

    work_order_ids: list[int]
    network_ids: list[int]
    selection_rule_id: int
    should_route: bool | str
    delay: int | str
    tiers: list[AutoDispatchWorkerPayloadBodyTiersItem | AutoDispatchWorkerPayloadBodyTiersItemDict]
