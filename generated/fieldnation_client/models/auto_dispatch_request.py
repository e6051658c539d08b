from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..models.auto_dispatch_request_should_route_type_1 import AutoDispatchRequestShouldRouteType1
from ..types import UNSET, Unset


class AutoDispatchRequest(_m.BaseModel):
    """Body of `POST /workorders/auto_dispatch`.

    Example:
        {'work_order_ids': [1001, 1002], 'network_ids': [50], 'selection_rule_id': 0, 'delay': 900, 'should_route':
            True, 'auto_assign': False, 'also_publish': True}

    Attributes:
        work_order_ids (list[int]):
        network_ids (list[int] | None): Networks whose providers may be chosen.
        tiered_auto_dispatch_id (int | None): Tiered auto-dispatch configuration to follow.
        selection_rule_id (int | None): Selection rule used to rank providers; 0 uses the default ranking.
        delay (int | str | None): Seconds to wait before dispatching.
        w2_skippub (bool | None): Skip publishing when a W-2 employee takes the work.
        w2_failswitch (bool | None): Fall back to the marketplace when no W-2 employee takes the work.
        should_route (bool | AutoDispatchRequestShouldRouteType1 | None): true routes to the chosen providers and
            assigns the first to accept; false publishes and assigns the most qualified requester.
        auto_assign (bool | None):
        also_publish (bool | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        work_order_ids: list[int],
        network_ids: list[int] | Unset = UNSET,
        tiered_auto_dispatch_id: int | Unset = UNSET,
        selection_rule_id: int | Unset = UNSET,
        delay: int | str | Unset = UNSET,
        w2_skippub: bool | Unset = UNSET,
        w2_failswitch: bool | Unset = UNSET,
        should_route: bool | AutoDispatchRequestShouldRouteType1 | Unset = UNSET,
        auto_assign: bool | Unset = UNSET,
        also_publish: bool | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("work_order_ids", work_order_ids)
        self._set("network_ids", network_ids)
        self._set("tiered_auto_dispatch_id", tiered_auto_dispatch_id)
        self._set("selection_rule_id", selection_rule_id)
        self._set("delay", delay)
        self._set("w2_skippub", w2_skippub)
        self._set("w2_failswitch", w2_failswitch)
        self._set("should_route", should_route)
        self._set("auto_assign", auto_assign)
        self._set("also_publish", also_publish)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "work_order_ids": _m.Field(_m.List(_m.INT), True, False),
            "network_ids": _m.Field(_m.List(_m.INT), False, False),
            "tiered_auto_dispatch_id": _m.Field(_m.INT, False, False),
            "selection_rule_id": _m.Field(_m.INT, False, False),
            "delay": _m.Field(_m.Union((_m.INT, _m.STR)), False, False),
            "w2_skippub": _m.Field(_m.BOOL, False, False),
            "w2_failswitch": _m.Field(_m.BOOL, False, False),
            "should_route": _m.Field(
                _m.Union((_m.BOOL, _m.Enum(AutoDispatchRequestShouldRouteType1))), False, False
            ),
            "auto_assign": _m.Field(_m.BOOL, False, False),
            "also_publish": _m.Field(_m.BOOL, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def work_order_ids(self) -> list[int]:
        return cast("list[int]", self._get("work_order_ids"))

    @work_order_ids.setter
    def work_order_ids(self, value: list[int]) -> None:
        self._set("work_order_ids", value)

    @property
    def network_ids(self) -> list[int] | None:
        """Networks whose providers may be chosen."""
        return cast("list[int] | None", self._get("network_ids"))

    @network_ids.setter
    def network_ids(self, value: list[int] | None) -> None:
        self._set("network_ids", value)

    @property
    def tiered_auto_dispatch_id(self) -> int | None:
        """Tiered auto-dispatch configuration to follow."""
        return cast("int | None", self._get("tiered_auto_dispatch_id"))

    @tiered_auto_dispatch_id.setter
    def tiered_auto_dispatch_id(self, value: int | None) -> None:
        self._set("tiered_auto_dispatch_id", value)

    @property
    def selection_rule_id(self) -> int | None:
        """Selection rule used to rank providers; 0 uses the default ranking."""
        return cast("int | None", self._get("selection_rule_id"))

    @selection_rule_id.setter
    def selection_rule_id(self, value: int | None) -> None:
        self._set("selection_rule_id", value)

    @property
    def delay(self) -> int | str | None:
        """Seconds to wait before dispatching."""
        return cast("int | str | None", self._get("delay"))

    @delay.setter
    def delay(self, value: int | str | None) -> None:
        self._set("delay", value)

    @property
    def w2_skippub(self) -> bool | None:
        """Skip publishing when a W-2 employee takes the work."""
        return cast("bool | None", self._get("w2_skippub"))

    @w2_skippub.setter
    def w2_skippub(self, value: bool | None) -> None:
        self._set("w2_skippub", value)

    @property
    def w2_failswitch(self) -> bool | None:
        """Fall back to the marketplace when no W-2 employee takes the work."""
        return cast("bool | None", self._get("w2_failswitch"))

    @w2_failswitch.setter
    def w2_failswitch(self, value: bool | None) -> None:
        self._set("w2_failswitch", value)

    @property
    def should_route(self) -> bool | AutoDispatchRequestShouldRouteType1 | None:
        """true routes to the chosen providers and assigns the first to accept; false publishes and assigns the
        most qualified requester."""
        return cast("bool | AutoDispatchRequestShouldRouteType1 | None", self._get("should_route"))

    @should_route.setter
    def should_route(self, value: bool | AutoDispatchRequestShouldRouteType1 | None) -> None:
        self._set("should_route", value)

    @property
    def auto_assign(self) -> bool | None:
        return cast("bool | None", self._get("auto_assign"))

    @auto_assign.setter
    def auto_assign(self, value: bool | None) -> None:
        self._set("auto_assign", value)

    @property
    def also_publish(self) -> bool | None:
        return cast("bool | None", self._get("also_publish"))

    @also_publish.setter
    def also_publish(self, value: bool | None) -> None:
        self._set("also_publish", value)


class AutoDispatchRequestDict(TypedDict, total=False):
    """:class:`AutoDispatchRequest` as plain data (JSON keys); accepted wherever the model is sent."""

    work_order_ids: Required[list[int]]
    network_ids: list[int]
    tiered_auto_dispatch_id: int
    selection_rule_id: int
    delay: int | str
    w2_skippub: bool
    w2_failswitch: bool
    should_route: bool | AutoDispatchRequestShouldRouteType1 | str
    auto_assign: bool
    also_publish: bool
