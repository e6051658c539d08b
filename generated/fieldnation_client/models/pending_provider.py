from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pending_provider_provider_scoring import (
        PendingProviderProviderScoring,
        PendingProviderProviderScoringDict,
    )
    from ..models.pending_provider_route import PendingProviderRoute, PendingProviderRouteDict
    from ..models.pending_provider_selection_rule import (
        PendingProviderSelectionRule,
        PendingProviderSelectionRuleDict,
    )
    from ..models.pending_request import PendingRequest, PendingRequestDict


class PendingProvider(_m.BaseModel):
    """One provider in the work order's provider list (`GET /workorders/{work_order_id}/providers`): the provider's
    identity plus how they relate to this work order (routed, requesting, worked with before).

        Example:
            {'id': 9001, 'first_name': 'Luis', 'last_name': 'Ortega', 'w2': False, 'routable': True, 'marketplace': True,
                'worked_with': True, 'has_request': True, 'request': {'id': 5101, 'active': True, 'counter': False, 'created':
                {'utc': '2026-06-29 13:45:00'}}}

        Attributes:
            id (int): The provider's user ID.
            first_name (str | None):
            last_name (str | None):
            thumbnail (str | None):
            w2 (bool | None): Whether the provider is the company's W-2 employee.
            correlation_id (str | None):
            routable (bool | None):
            marketplace (bool | None):
            worked_with (bool | None): Whether the company has worked with the provider before.
            has_request (bool | None): Whether the provider has an open request; `request` is then filled.
            managed (bool | None):
            can_request (bool | None):
            route (PendingProviderRoute | None): Present when the work order was routed to this provider.
            request (PendingRequest | None): A provider's request to take a routed work order, possibly with a counter-offer
                (different pay, schedule or expenses). The work order embeds these under `requests`.
            previous_request (PendingRequest | None): A provider's request to take a routed work order, possibly with a
                counter-offer (different pay, schedule or expenses). The work order embeds these under `requests`.
            selection_rule (PendingProviderSelectionRule | None): How the provider scored against the work order's selection
                rule.
            provider_scoring (PendingProviderProviderScoring | None): Scoring details used to rank the provider.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        thumbnail: str | Unset = UNSET,
        w2: bool | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
        routable: bool | Unset = UNSET,
        marketplace: bool | Unset = UNSET,
        worked_with: bool | Unset = UNSET,
        has_request: bool | Unset = UNSET,
        managed: bool | Unset = UNSET,
        can_request: bool | Unset = UNSET,
        route: PendingProviderRoute | Unset = UNSET,
        request: PendingRequest | Unset = UNSET,
        previous_request: PendingRequest | Unset = UNSET,
        selection_rule: PendingProviderSelectionRule | Unset = UNSET,
        provider_scoring: PendingProviderProviderScoring | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("first_name", first_name)
        self._set("last_name", last_name)
        self._set("thumbnail", thumbnail)
        self._set("w2", w2)
        self._set("correlation_id", correlation_id)
        self._set("routable", routable)
        self._set("marketplace", marketplace)
        self._set("worked_with", worked_with)
        self._set("has_request", has_request)
        self._set("managed", managed)
        self._set("can_request", can_request)
        self._set("route", route)
        self._set("request", request)
        self._set("previous_request", previous_request)
        self._set("selection_rule", selection_rule)
        self._set("provider_scoring", provider_scoring)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.pending_provider_provider_scoring import PendingProviderProviderScoring  # noqa: PLC0415
        from ..models.pending_provider_route import PendingProviderRoute  # noqa: PLC0415
        from ..models.pending_provider_selection_rule import PendingProviderSelectionRule  # noqa: PLC0415
        from ..models.pending_request import PendingRequest  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "first_name": _m.Field(_m.STR, False, False),
            "last_name": _m.Field(_m.STR, False, False),
            "thumbnail": _m.Field(_m.STR, False, False),
            "w2": _m.Field(_m.BOOL, False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
            "routable": _m.Field(_m.BOOL, False, False),
            "marketplace": _m.Field(_m.BOOL, False, False),
            "worked_with": _m.Field(_m.BOOL, False, False),
            "has_request": _m.Field(_m.BOOL, False, False),
            "managed": _m.Field(_m.BOOL, False, False),
            "can_request": _m.Field(_m.BOOL, False, False),
            "route": _m.Field(_m.Model(PendingProviderRoute), False, False),
            "request": _m.Field(_m.Model(PendingRequest), False, False),
            "previous_request": _m.Field(_m.Model(PendingRequest), False, False),
            "selection_rule": _m.Field(_m.Model(PendingProviderSelectionRule), False, False),
            "provider_scoring": _m.Field(_m.Model(PendingProviderProviderScoring), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        """The provider's user ID."""
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def first_name(self) -> str | None:
        return cast("str | None", self._get("first_name"))

    @first_name.setter
    def first_name(self, value: str | None) -> None:
        self._set("first_name", value)

    @property
    def last_name(self) -> str | None:
        return cast("str | None", self._get("last_name"))

    @last_name.setter
    def last_name(self, value: str | None) -> None:
        self._set("last_name", value)

    @property
    def thumbnail(self) -> str | None:
        return cast("str | None", self._get("thumbnail"))

    @thumbnail.setter
    def thumbnail(self, value: str | None) -> None:
        self._set("thumbnail", value)

    @property
    def w2(self) -> bool | None:
        """Whether the provider is the company's W-2 employee."""
        return cast("bool | None", self._get("w2"))

    @w2.setter
    def w2(self, value: bool | None) -> None:
        self._set("w2", value)

    @property
    def correlation_id(self) -> str | None:
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)

    @property
    def routable(self) -> bool | None:
        return cast("bool | None", self._get("routable"))

    @routable.setter
    def routable(self, value: bool | None) -> None:
        self._set("routable", value)

    @property
    def marketplace(self) -> bool | None:
        return cast("bool | None", self._get("marketplace"))

    @marketplace.setter
    def marketplace(self, value: bool | None) -> None:
        self._set("marketplace", value)

    @property
    def worked_with(self) -> bool | None:
        """Whether the company has worked with the provider before."""
        return cast("bool | None", self._get("worked_with"))

    @worked_with.setter
    def worked_with(self, value: bool | None) -> None:
        self._set("worked_with", value)

    @property
    def has_request(self) -> bool | None:
        """Whether the provider has an open request; `request` is then filled."""
        return cast("bool | None", self._get("has_request"))

    @has_request.setter
    def has_request(self, value: bool | None) -> None:
        self._set("has_request", value)

    @property
    def managed(self) -> bool | None:
        return cast("bool | None", self._get("managed"))

    @managed.setter
    def managed(self, value: bool | None) -> None:
        self._set("managed", value)

    @property
    def can_request(self) -> bool | None:
        return cast("bool | None", self._get("can_request"))

    @can_request.setter
    def can_request(self, value: bool | None) -> None:
        self._set("can_request", value)

    @property
    def route(self) -> PendingProviderRoute | None:
        """Present when the work order was routed to this provider."""
        return cast("PendingProviderRoute | None", self._get("route"))

    @route.setter
    def route(self, value: PendingProviderRoute | None) -> None:
        self._set("route", value)

    @property
    def request(self) -> PendingRequest | None:
        """A provider's request to take a routed work order, possibly with a counter-offer (different pay,
        schedule or expenses). The work order embeds these under `requests`."""
        return cast("PendingRequest | None", self._get("request"))

    @request.setter
    def request(self, value: PendingRequest | None) -> None:
        self._set("request", value)

    @property
    def previous_request(self) -> PendingRequest | None:
        """A provider's request to take a routed work order, possibly with a counter-offer (different pay,
        schedule or expenses). The work order embeds these under `requests`."""
        return cast("PendingRequest | None", self._get("previous_request"))

    @previous_request.setter
    def previous_request(self, value: PendingRequest | None) -> None:
        self._set("previous_request", value)

    @property
    def selection_rule(self) -> PendingProviderSelectionRule | None:
        """How the provider scored against the work order's selection rule."""
        return cast("PendingProviderSelectionRule | None", self._get("selection_rule"))

    @selection_rule.setter
    def selection_rule(self, value: PendingProviderSelectionRule | None) -> None:
        self._set("selection_rule", value)

    @property
    def provider_scoring(self) -> PendingProviderProviderScoring | None:
        """Scoring details used to rank the provider."""
        return cast("PendingProviderProviderScoring | None", self._get("provider_scoring"))

    @provider_scoring.setter
    def provider_scoring(self, value: PendingProviderProviderScoring | None) -> None:
        self._set("provider_scoring", value)


class PendingProviderDict(TypedDict, total=False):
    """:class:`PendingProvider` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    first_name: str
    last_name: str
    thumbnail: str
    w2: bool
    correlation_id: str
    routable: bool
    marketplace: bool
    worked_with: bool
    has_request: bool
    managed: bool
    can_request: bool
    route: PendingProviderRoute | PendingProviderRouteDict
    request: PendingRequest | PendingRequestDict
    previous_request: PendingRequest | PendingRequestDict
    selection_rule: PendingProviderSelectionRule | PendingProviderSelectionRuleDict
    provider_scoring: PendingProviderProviderScoring | PendingProviderProviderScoringDict
