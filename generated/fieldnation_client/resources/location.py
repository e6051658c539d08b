"""Location: 2 operations, sync (``LocationResource``) and async (``AsyncLocationResource``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location import Location
    from ..models.location_input import LocationInput

__all__ = ["AsyncLocationResource", "LocationResource"]

Timeout = float | httpx.Timeout | None


class LocationResource(SyncResource):
    """Location operations; reach them as ``client.location``."""

    def get_work_order_location(
        self, work_order_id: int, *, acting_user_id: int | Unset = UNSET, timeout: Timeout = None
    ) -> Location:
        """Get Work Order Location.

        Returns where the work happens: the mode (custom address, saved location or remote), the
        address, its coordinates and type, and the saved location's details when one is used.

        ``GET /workorders/{work_order_id}/location``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.location import get_work_order_location as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, acting_user_id=acting_user_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def update_work_order_location(
        self, work_order_id: int, *, body: LocationInput, timeout: Timeout = None
    ) -> Location:
        """Update Work Order Location.

        Sets where the work happens: a custom address (send the whole address), one of the company's
        saved locations (by id), or remote work. A custom address can be saved as a new saved location
        at the same time. The answer is the updated location.

        ``PUT /workorders/{work_order_id}/location``

        Args:
            work_order_id (int):
            body (LocationInput): The location to set on a work order. For `custom`, send the full
                address (the platform replaces the whole address, so send every field even when changing
                one). For `location`, send `saved_location.id`. For `remote`, `mode` alone is enough.
                Example: {'mode': 'custom', 'display_name': 'Northside Office Supply', 'address1': '1254
                Commerce Lane', 'address2': 'Suite 100', 'city': 'Minneapolis', 'state': 'MN', 'zip':
                '55402', 'country': 'US', 'type': {'id': 1}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.location import update_work_order_location as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )


class AsyncLocationResource(AsyncResource):
    """Location operations; reach them as ``async_client.location``."""

    async def get_work_order_location(
        self, work_order_id: int, *, acting_user_id: int | Unset = UNSET, timeout: Timeout = None
    ) -> Location:
        """Get Work Order Location.

        Returns where the work happens: the mode (custom address, saved location or remote), the
        address, its coordinates and type, and the saved location's details when one is used.

        ``GET /workorders/{work_order_id}/location``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.location import get_work_order_location as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, acting_user_id=acting_user_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    async def update_work_order_location(
        self, work_order_id: int, *, body: LocationInput, timeout: Timeout = None
    ) -> Location:
        """Update Work Order Location.

        Sets where the work happens: a custom address (send the whole address), one of the company's
        saved locations (by id), or remote work. A custom address can be saved as a new saved location
        at the same time. The answer is the updated location.

        ``PUT /workorders/{work_order_id}/location``

        Args:
            work_order_id (int):
            body (LocationInput): The location to set on a work order. For `custom`, send the full
                address (the platform replaces the whole address, so send every field even when changing
                one). For `location`, send `saved_location.id`. For `remote`, `mode` alone is enough.
                Example: {'mode': 'custom', 'display_name': 'Northside Office Supply', 'address1': '1254
                Commerce Lane', 'address2': 'Suite 100', 'city': 'Minneapolis', 'state': 'MN', 'zip':
                '55402', 'country': 'US', 'type': {'id': 1}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.location import update_work_order_location as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )
