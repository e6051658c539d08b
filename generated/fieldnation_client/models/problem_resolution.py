from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..models.problem_resolution_allowed_resolvers_item import ProblemResolutionAllowedResolversItem
from ..models.problem_resolution_status import ProblemResolutionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.problem_resolution_time import ProblemResolutionTime, ProblemResolutionTimeDict
    from ..models.user_ref import UserRef, UserRefDict


class ProblemResolution(_m.BaseModel):
    """Resolution state of a problem.

    Example:
        {'status': 'open', 'allowed_resolvers': ['buyer', 'support']}

    Attributes:
        status (ProblemResolutionStatus | None): `open` or `resolved` (the older reference), or `active` as the
            playground's answers show it.
        at (ProblemResolutionTime | None): When a problem was resolved (a flat timestamp object with utc, date and
            time).
        by (UserRef | None): A user as embedded in other objects (author, assignee, manager).
        allowed_resolvers (list[ProblemResolutionAllowedResolversItem] | None): Who may mark the problem resolved.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        status: ProblemResolutionStatus | Unset = UNSET,
        at: ProblemResolutionTime | Unset = UNSET,
        by: UserRef | Unset = UNSET,
        allowed_resolvers: list[ProblemResolutionAllowedResolversItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("status", status)
        self._set("at", at)
        self._set("by", by)
        self._set("allowed_resolvers", allowed_resolvers)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.problem_resolution_time import ProblemResolutionTime  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        return {
            "status": _m.Field(_m.Enum(ProblemResolutionStatus), False, False),
            "at": _m.Field(_m.Model(ProblemResolutionTime), False, False),
            "by": _m.Field(_m.Model(UserRef), False, False),
            "allowed_resolvers": _m.Field(
                _m.List(_m.Enum(ProblemResolutionAllowedResolversItem)), False, False
            ),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def status(self) -> ProblemResolutionStatus | None:
        """`open` or `resolved` (the older reference), or `active` as the playground's answers show it."""
        return cast("ProblemResolutionStatus | None", self._get("status"))

    @status.setter
    def status(self, value: ProblemResolutionStatus | None) -> None:
        self._set("status", value)

    @property
    def at(self) -> ProblemResolutionTime | None:
        """When a problem was resolved (a flat timestamp object with utc, date and time)."""
        return cast("ProblemResolutionTime | None", self._get("at"))

    @at.setter
    def at(self, value: ProblemResolutionTime | None) -> None:
        self._set("at", value)

    @property
    def by(self) -> UserRef | None:
        """A user as embedded in other objects (author, assignee, manager)."""
        return cast("UserRef | None", self._get("by"))

    @by.setter
    def by(self, value: UserRef | None) -> None:
        self._set("by", value)

    @property
    def allowed_resolvers(self) -> list[ProblemResolutionAllowedResolversItem] | None:
        """Who may mark the problem resolved."""
        return cast("list[ProblemResolutionAllowedResolversItem] | None", self._get("allowed_resolvers"))

    @allowed_resolvers.setter
    def allowed_resolvers(self, value: list[ProblemResolutionAllowedResolversItem] | None) -> None:
        self._set("allowed_resolvers", value)


class ProblemResolutionDict(TypedDict, total=False):
    """:class:`ProblemResolution` as plain data (JSON keys); accepted wherever the model is sent."""

    status: ProblemResolutionStatus | str
    at: ProblemResolutionTime | ProblemResolutionTimeDict
    by: UserRef | UserRefDict
    allowed_resolvers: list[ProblemResolutionAllowedResolversItem | str]
