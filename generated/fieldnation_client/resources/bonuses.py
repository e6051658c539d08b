"""Bonuses: 2 operations, sync (``BonusesResource``) and async (``AsyncBonusesResource``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bonus_input import BonusInput
    from ..models.pay_modifier_list import PayModifierList
    from ..models.work_order import WorkOrder

__all__ = ["AsyncBonusesResource", "BonusesResource"]

Timeout = float | httpx.Timeout | None


class BonusesResource(SyncResource):
    """Bonuses operations; reach them as ``client.bonuses``."""

    def list_work_order_bonuses(self, work_order_id: int, *, timeout: Timeout = None) -> PayModifierList:
        """List Work Order Bonuses.

        Returns the bonus lines of a work order: each company bonus applied to it, whether it has been
        charged, and the calculated amount. The same list appears in the work order at `pay.bonuses`.

        ``GET /workorders/{work_order_id}/bonuses``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.bonuses import list_work_order_bonuses as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def create_work_order_bonus(
        self, work_order_id: int, bonus_id: int, *, body: BonusInput | Unset = UNSET, timeout: Timeout = None
    ) -> WorkOrder:
        """Create Work Order Bonus.

        Applies one of the company's bonuses (see `GET /bonuses`) to a work order and returns the
        updated work order, the new line first in `pay.bonuses.results`. The body is optional; `charged`
        applies the bonus to the provider's pay at once.

        ``POST /workorders/{work_order_id}/bonuses/{bonus_id}``

        Args:
            work_order_id (int):
            bonus_id (int):
            body (BonusInput | Unset): Optional body of `POST
                /workorders/{work_order_id}/bonuses/{bonus_id}`. The bonus itself (name, amount or
                percentage) comes from the company definition named by `bonus_id`. Example: {'charged':
                True}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.bonuses import create_work_order_bonus as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, bonus_id=bonus_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )


class AsyncBonusesResource(AsyncResource):
    """Bonuses operations; reach them as ``async_client.bonuses``."""

    async def list_work_order_bonuses(
        self, work_order_id: int, *, timeout: Timeout = None
    ) -> PayModifierList:
        """List Work Order Bonuses.

        Returns the bonus lines of a work order: each company bonus applied to it, whether it has been
        charged, and the calculated amount. The same list appears in the work order at `pay.bonuses`.

        ``GET /workorders/{work_order_id}/bonuses``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.bonuses import list_work_order_bonuses as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    async def create_work_order_bonus(
        self, work_order_id: int, bonus_id: int, *, body: BonusInput | Unset = UNSET, timeout: Timeout = None
    ) -> WorkOrder:
        """Create Work Order Bonus.

        Applies one of the company's bonuses (see `GET /bonuses`) to a work order and returns the
        updated work order, the new line first in `pay.bonuses.results`. The body is optional; `charged`
        applies the bonus to the provider's pay at once.

        ``POST /workorders/{work_order_id}/bonuses/{bonus_id}``

        Args:
            work_order_id (int):
            bonus_id (int):
            body (BonusInput | Unset): Optional body of `POST
                /workorders/{work_order_id}/bonuses/{bonus_id}`. The bonus itself (name, amount or
                percentage) comes from the company definition named by `bonus_id`. Example: {'charged':
                True}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.bonuses import create_work_order_bonus as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, bonus_id=bonus_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )
