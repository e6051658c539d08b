from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.problem_sub_type import ProblemSubType, ProblemSubTypeDict


class ProblemType(_m.BaseModel):
    """A kind of problem that can be reported, possibly with sub-types.

    Example:
        {'id': 22, 'name': "I can't find a provider", 'has_other': False}

    Attributes:
        id (int):
        name (str | None):
        has_other (bool | None): Whether the type asks for a free-text explanation in `other`.
        other (str | None):
        performance_event (bool | None): Whether reporting it counts against the provider's performance.
        file_with_support (bool | None):
        show_pqap_warning (bool | None):
        reportable (bool | None):
        message (str | None):
        children (list[ProblemSubType] | None): Sub-types (one level of nesting in practice).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        name: str | Unset = UNSET,
        has_other: bool | Unset = UNSET,
        other: str | Unset = UNSET,
        performance_event: bool | Unset = UNSET,
        file_with_support: bool | Unset = UNSET,
        show_pqap_warning: bool | Unset = UNSET,
        reportable: bool | Unset = UNSET,
        message: str | Unset = UNSET,
        children: list[ProblemSubType] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("has_other", has_other)
        self._set("other", other)
        self._set("performance_event", performance_event)
        self._set("file_with_support", file_with_support)
        self._set("show_pqap_warning", show_pqap_warning)
        self._set("reportable", reportable)
        self._set("message", message)
        self._set("children", children)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.problem_sub_type import ProblemSubType  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "name": _m.Field(_m.STR, False, False),
            "has_other": _m.Field(_m.BOOL, False, False),
            "other": _m.Field(_m.STR, False, False),
            "performance_event": _m.Field(_m.BOOL, False, False),
            "file_with_support": _m.Field(_m.BOOL, False, False),
            "show_pqap_warning": _m.Field(_m.BOOL, False, False),
            "reportable": _m.Field(_m.BOOL, False, False),
            "message": _m.Field(_m.STR, False, False),
            "children": _m.Field(_m.List(_m.Model(ProblemSubType)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def name(self) -> str | None:
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def has_other(self) -> bool | None:
        """Whether the type asks for a free-text explanation in `other`."""
        return cast("bool | None", self._get("has_other"))

    @has_other.setter
    def has_other(self, value: bool | None) -> None:
        self._set("has_other", value)

    @property
    def other(self) -> str | None:
        return cast("str | None", self._get("other"))

    @other.setter
    def other(self, value: str | None) -> None:
        self._set("other", value)

    @property
    def performance_event(self) -> bool | None:
        """Whether reporting it counts against the provider's performance."""
        return cast("bool | None", self._get("performance_event"))

    @performance_event.setter
    def performance_event(self, value: bool | None) -> None:
        self._set("performance_event", value)

    @property
    def file_with_support(self) -> bool | None:
        return cast("bool | None", self._get("file_with_support"))

    @file_with_support.setter
    def file_with_support(self, value: bool | None) -> None:
        self._set("file_with_support", value)

    @property
    def show_pqap_warning(self) -> bool | None:
        return cast("bool | None", self._get("show_pqap_warning"))

    @show_pqap_warning.setter
    def show_pqap_warning(self, value: bool | None) -> None:
        self._set("show_pqap_warning", value)

    @property
    def reportable(self) -> bool | None:
        return cast("bool | None", self._get("reportable"))

    @reportable.setter
    def reportable(self, value: bool | None) -> None:
        self._set("reportable", value)

    @property
    def message(self) -> str | None:
        return cast("str | None", self._get("message"))

    @message.setter
    def message(self, value: str | None) -> None:
        self._set("message", value)

    @property
    def children(self) -> list[ProblemSubType] | None:
        """Sub-types (one level of nesting in practice)."""
        return cast("list[ProblemSubType] | None", self._get("children"))

    @children.setter
    def children(self, value: list[ProblemSubType] | None) -> None:
        self._set("children", value)


class ProblemTypeDict(TypedDict, total=False):
    """:class:`ProblemType` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    name: str
    has_other: bool
    other: str
    performance_event: bool
    file_with_support: bool
    show_pqap_warning: bool
    reportable: bool
    message: str
    children: list[ProblemSubType | ProblemSubTypeDict]
