from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..models.problem_update_status import ProblemUpdateStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef, IdRefDict
    from ..models.problem_update_resolution import ProblemUpdateResolution, ProblemUpdateResolutionDict


class ProblemUpdate(_m.BaseModel):
    """Body of `PUT /workorders/{work_order_id}/problems/{problem_id}`: resolve or reopen a problem, or correct its type
    and comments.

        Example:
            {'resolution': {'status': 'resolved'}}

        Attributes:
            status (ProblemUpdateStatus | None): Resolve or reopen the problem (the guide's top-level form of
                `resolution.status`).
            resolution (ProblemUpdateResolution | None):
            reopen_message (str | None): Why the problem is reopened.
            problem_reopened (bool | None):
            type_ (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
            comments (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        status: ProblemUpdateStatus | Unset = UNSET,
        resolution: ProblemUpdateResolution | Unset = UNSET,
        reopen_message: str | Unset = UNSET,
        problem_reopened: bool | Unset = UNSET,
        type_: IdRef | Unset = UNSET,
        comments: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("status", status)
        self._set("resolution", resolution)
        self._set("reopen_message", reopen_message)
        self._set("problem_reopened", problem_reopened)
        self._set("type", type_)
        self._set("comments", comments)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.problem_update_resolution import ProblemUpdateResolution  # noqa: PLC0415

        return {
            "status": _m.Field(_m.Enum(ProblemUpdateStatus), False, False),
            "resolution": _m.Field(_m.Model(ProblemUpdateResolution), False, False),
            "reopen_message": _m.Field(_m.STR, False, False),
            "problem_reopened": _m.Field(_m.BOOL, False, False),
            "type": _m.Field(_m.Model(IdRef), False, False),
            "comments": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def status(self) -> ProblemUpdateStatus | None:
        """Resolve or reopen the problem (the guide's top-level form of `resolution.status`)."""
        return cast("ProblemUpdateStatus | None", self._get("status"))

    @status.setter
    def status(self, value: ProblemUpdateStatus | None) -> None:
        self._set("status", value)

    @property
    def resolution(self) -> ProblemUpdateResolution | None:
        return cast("ProblemUpdateResolution | None", self._get("resolution"))

    @resolution.setter
    def resolution(self, value: ProblemUpdateResolution | None) -> None:
        self._set("resolution", value)

    @property
    def reopen_message(self) -> str | None:
        """Why the problem is reopened."""
        return cast("str | None", self._get("reopen_message"))

    @reopen_message.setter
    def reopen_message(self, value: str | None) -> None:
        self._set("reopen_message", value)

    @property
    def problem_reopened(self) -> bool | None:
        return cast("bool | None", self._get("problem_reopened"))

    @problem_reopened.setter
    def problem_reopened(self, value: bool | None) -> None:
        self._set("problem_reopened", value)

    @property
    def type_(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("type"))

    @type_.setter
    def type_(self, value: IdRef | None) -> None:
        self._set("type", value)

    @property
    def comments(self) -> str | None:
        return cast("str | None", self._get("comments"))

    @comments.setter
    def comments(self, value: str | None) -> None:
        self._set("comments", value)


class ProblemUpdateDict(TypedDict, total=False):
    """:class:`ProblemUpdate` as plain data (JSON keys); accepted wherever the model is sent."""

    status: ProblemUpdateStatus | str
    resolution: ProblemUpdateResolution | ProblemUpdateResolutionDict
    reopen_message: str
    problem_reopened: bool
    type: IdRef | IdRefDict
    comments: str
