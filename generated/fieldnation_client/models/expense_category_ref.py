from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class ExpenseCategoryRef(_m.BaseModel):
    """Category chosen for a new or edited expense. Send the category `id` (and `uid` as the playground does), or the
    `company_expense_id` of a company-defined expense (see `GET /company/expenses`).

        Example:
            {'uid': 1, 'id': 10}

        Attributes:
            uid (int | None):
            id (int | None):
            company_expense_id (int | None):
    """

    __slots__ = ()

    def __init__(
        self, *, uid: int | Unset = UNSET, id: int | Unset = UNSET, company_expense_id: int | Unset = UNSET
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("uid", uid)
        self._set("id", id)
        self._set("company_expense_id", company_expense_id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "uid": _m.Field(_m.INT, False, False),
            "id": _m.Field(_m.INT, False, False),
            "company_expense_id": _m.Field(_m.INT, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def uid(self) -> int | None:
        return cast("int | None", self._get("uid"))

    @uid.setter
    def uid(self, value: int | None) -> None:
        self._set("uid", value)

    @property
    def id(self) -> int | None:
        return cast("int | None", self._get("id"))

    @id.setter
    def id(self, value: int | None) -> None:
        self._set("id", value)

    @property
    def company_expense_id(self) -> int | None:
        return cast("int | None", self._get("company_expense_id"))

    @company_expense_id.setter
    def company_expense_id(self, value: int | None) -> None:
        self._set("company_expense_id", value)


class ExpenseCategoryRefDict(TypedDict, total=False):
    """:class:`ExpenseCategoryRef` as plain data (JSON keys); accepted wherever the model is sent."""

    uid: int
    id: int
    company_expense_id: int
