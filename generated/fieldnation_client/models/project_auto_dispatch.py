from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_name import IdName, IdNameDict


class ProjectAutoDispatch(_m.BaseModel):
    """Automatic dispatch configuration of a project: how long to wait, and how to route or publish when the selection rule
    finds providers.

        Example:
            {'delay': 30, 'w2_skippub': 0, 'w2_failswitch': 1, 'should_route': 1, 'also_publish': 0, 'selection_rule_id':
                14}

        Attributes:
            id (int | None):
            delay (int | None): Minutes to wait before dispatching.
            w2_skippub (int | None): 1 to skip publishing when a W-2 employee is found.
            w2_failswitch (int | None): 1 to fall back to the marketplace when no W-2 employee is available.
            should_route (int | None): 1 to route to the matched providers.
            also_publish (int | None): 1 to publish as well as route.
            selection_rule_id (int | None):
            selection_rule (IdName | None): A reference to another object by id, with its display name when the API returns
                one.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int | Unset = UNSET,
        delay: int | Unset = UNSET,
        w2_skippub: int | Unset = UNSET,
        w2_failswitch: int | Unset = UNSET,
        should_route: int | Unset = UNSET,
        also_publish: int | Unset = UNSET,
        selection_rule_id: int | Unset = UNSET,
        selection_rule: IdName | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("delay", delay)
        self._set("w2_skippub", w2_skippub)
        self._set("w2_failswitch", w2_failswitch)
        self._set("should_route", should_route)
        self._set("also_publish", also_publish)
        self._set("selection_rule_id", selection_rule_id)
        self._set("selection_rule", selection_rule)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.id_name import IdName  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, False, False),
            "delay": _m.Field(_m.INT, False, False),
            "w2_skippub": _m.Field(_m.INT, False, False),
            "w2_failswitch": _m.Field(_m.INT, False, False),
            "should_route": _m.Field(_m.INT, False, False),
            "also_publish": _m.Field(_m.INT, False, False),
            "selection_rule_id": _m.Field(_m.INT, False, False),
            "selection_rule": _m.Field(_m.Model(IdName), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int | None:
        return cast("int | None", self._get("id"))

    @id.setter
    def id(self, value: int | None) -> None:
        self._set("id", value)

    @property
    def delay(self) -> int | None:
        """Minutes to wait before dispatching."""
        return cast("int | None", self._get("delay"))

    @delay.setter
    def delay(self, value: int | None) -> None:
        self._set("delay", value)

    @property
    def w2_skippub(self) -> int | None:
        """1 to skip publishing when a W-2 employee is found."""
        return cast("int | None", self._get("w2_skippub"))

    @w2_skippub.setter
    def w2_skippub(self, value: int | None) -> None:
        self._set("w2_skippub", value)

    @property
    def w2_failswitch(self) -> int | None:
        """1 to fall back to the marketplace when no W-2 employee is available."""
        return cast("int | None", self._get("w2_failswitch"))

    @w2_failswitch.setter
    def w2_failswitch(self, value: int | None) -> None:
        self._set("w2_failswitch", value)

    @property
    def should_route(self) -> int | None:
        """1 to route to the matched providers."""
        return cast("int | None", self._get("should_route"))

    @should_route.setter
    def should_route(self, value: int | None) -> None:
        self._set("should_route", value)

    @property
    def also_publish(self) -> int | None:
        """1 to publish as well as route."""
        return cast("int | None", self._get("also_publish"))

    @also_publish.setter
    def also_publish(self, value: int | None) -> None:
        self._set("also_publish", value)

    @property
    def selection_rule_id(self) -> int | None:
        return cast("int | None", self._get("selection_rule_id"))

    @selection_rule_id.setter
    def selection_rule_id(self, value: int | None) -> None:
        self._set("selection_rule_id", value)

    @property
    def selection_rule(self) -> IdName | None:
        """A reference to another object by id, with its display name when the API returns one."""
        return cast("IdName | None", self._get("selection_rule"))

    @selection_rule.setter
    def selection_rule(self, value: IdName | None) -> None:
        self._set("selection_rule", value)


class ProjectAutoDispatchDict(TypedDict, total=False):
    """:class:`ProjectAutoDispatch` as plain data (JSON keys); accepted wherever the model is sent."""

    id: int
    delay: int
    w2_skippub: int
    w2_failswitch: int
    should_route: int
    also_publish: int
    selection_rule_id: int
    selection_rule: IdName | IdNameDict
