from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_delay_input_new_eta import ProviderDelayInputNewEta, ProviderDelayInputNewEtaDict


class ProviderDelayInput(_m.BaseModel):
    """Optional body of `POST /workorders/{work_order_id}/provider/delay`. A client acknowledging a delay sends nothing;
    the fields are those the guide shows for the provider reporting one.

        Example:
            {'delay_minutes': 30, 'reason': 'Traffic accident ahead', 'new_eta': {'utc': '2026-07-01 15:30:00'}}

        Attributes:
            delay_minutes (int | None):
            reason (str | None):
            new_eta (ProviderDelayInputNewEta | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        delay_minutes: int | Unset = UNSET,
        reason: str | Unset = UNSET,
        new_eta: ProviderDelayInputNewEta | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("delay_minutes", delay_minutes)
        self._set("reason", reason)
        self._set("new_eta", new_eta)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.provider_delay_input_new_eta import ProviderDelayInputNewEta  # noqa: PLC0415

        return {
            "delay_minutes": _m.Field(_m.INT, False, False),
            "reason": _m.Field(_m.STR, False, False),
            "new_eta": _m.Field(_m.Model(ProviderDelayInputNewEta), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def delay_minutes(self) -> int | None:
        return cast("int | None", self._get("delay_minutes"))

    @delay_minutes.setter
    def delay_minutes(self, value: int | None) -> None:
        self._set("delay_minutes", value)

    @property
    def reason(self) -> str | None:
        return cast("str | None", self._get("reason"))

    @reason.setter
    def reason(self, value: str | None) -> None:
        self._set("reason", value)

    @property
    def new_eta(self) -> ProviderDelayInputNewEta | None:
        return cast("ProviderDelayInputNewEta | None", self._get("new_eta"))

    @new_eta.setter
    def new_eta(self, value: ProviderDelayInputNewEta | None) -> None:
        self._set("new_eta", value)


class ProviderDelayInputDict(TypedDict, total=False):
    """:class:`ProviderDelayInput` as plain data (JSON keys); accepted wherever the model is sent."""

    delay_minutes: int
    reason: str
    new_eta: ProviderDelayInputNewEta | ProviderDelayInputNewEtaDict
