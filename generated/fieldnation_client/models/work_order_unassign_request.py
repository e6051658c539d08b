from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef, IdRefDict


class WorkOrderUnassignRequest(_m.BaseModel):
    """Details of removing the assigned provider: who, why (a cancellation reason id of the company) and a comment.
    Removing a provider who already started may require a reason.

        Example:
            {'user': {'id': 9001}, 'reason_id': 7, 'comment': 'Provider cancelled; we will route to another technician.'}

        Attributes:
            user (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
            reason_id (int | str | None): Cancellation reason id.
            comment (str | None): Free-text explanation.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        user: IdRef | Unset = UNSET,
        reason_id: int | str | Unset = UNSET,
        comment: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("user", user)
        self._set("reason_id", reason_id)
        self._set("comment", comment)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        return {
            "user": _m.Field(_m.Model(IdRef), False, False),
            "reason_id": _m.Field(_m.Union((_m.INT, _m.STR)), False, False),
            "comment": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def user(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("user"))

    @user.setter
    def user(self, value: IdRef | None) -> None:
        self._set("user", value)

    @property
    def reason_id(self) -> int | str | None:
        """Cancellation reason id."""
        return cast("int | str | None", self._get("reason_id"))

    @reason_id.setter
    def reason_id(self, value: int | str | None) -> None:
        self._set("reason_id", value)

    @property
    def comment(self) -> str | None:
        """Free-text explanation."""
        return cast("str | None", self._get("comment"))

    @comment.setter
    def comment(self, value: str | None) -> None:
        self._set("comment", value)


class WorkOrderUnassignRequestDict(TypedDict, total=False):
    """:class:`WorkOrderUnassignRequest` as plain data (JSON keys); accepted wherever the model is sent."""

    user: IdRef | IdRefDict
    reason_id: int | str
    comment: str
