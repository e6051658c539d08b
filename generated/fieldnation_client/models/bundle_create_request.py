from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class BundleCreateRequest(_m.BaseModel):
    """Body of `POST /workorders/bundle`: the work orders to bundle, at least two (a bundle of one is no bundle; the
    validation operation reports that case as an error instead).

        Example:
            {'ids': [1001, 1002, 1003]}

        Attributes:
            ids (list[int] | None): IDs of the work orders to bundle.
            work_order_ids (list[int] | None): Guide spelling of `ids`; accepted as an alias.
            cancel_message (str | None):
            cancel_reason (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        ids: list[int] | Unset = UNSET,
        work_order_ids: list[int] | Unset = UNSET,
        cancel_message: str | Unset = UNSET,
        cancel_reason: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("ids", ids)
        self._set("work_order_ids", work_order_ids)
        self._set("cancel_message", cancel_message)
        self._set("cancel_reason", cancel_reason)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "ids": _m.Field(_m.List(_m.INT), False, False),
            "work_order_ids": _m.Field(_m.List(_m.INT), False, False),
            "cancel_message": _m.Field(_m.STR, False, False),
            "cancel_reason": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def ids(self) -> list[int] | None:
        """IDs of the work orders to bundle."""
        return cast("list[int] | None", self._get("ids"))

    @ids.setter
    def ids(self, value: list[int] | None) -> None:
        self._set("ids", value)

    @property
    def work_order_ids(self) -> list[int] | None:
        """Guide spelling of `ids`; accepted as an alias."""
        return cast("list[int] | None", self._get("work_order_ids"))

    @work_order_ids.setter
    def work_order_ids(self, value: list[int] | None) -> None:
        self._set("work_order_ids", value)

    @property
    def cancel_message(self) -> str | None:
        return cast("str | None", self._get("cancel_message"))

    @cancel_message.setter
    def cancel_message(self, value: str | None) -> None:
        self._set("cancel_message", value)

    @property
    def cancel_reason(self) -> str | None:
        return cast("str | None", self._get("cancel_reason"))

    @cancel_reason.setter
    def cancel_reason(self, value: str | None) -> None:
        self._set("cancel_reason", value)


class BundleCreateRequestDict(TypedDict, total=False):
    """:class:`BundleCreateRequest` as plain data (JSON keys); accepted wherever the model is sent."""

    ids: list[int]
    work_order_ids: list[int]
    cancel_message: str
    cancel_reason: str
