from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pending_provider_provider_scoring import PendingProviderProviderScoring
    from ..models.pending_provider_route import PendingProviderRoute
    from ..models.pending_provider_selection_rule import PendingProviderSelectionRule
    from ..models.pending_request import PendingRequest


T = TypeVar("T", bound="PendingProvider")


@_attrs_define
class PendingProvider:
    """One provider in the work order's provider list (`GET /workorders/{work_order_id}/providers`): the provider's
    identity plus how they relate to this work order (routed, requesting, worked with before).

        Example:
            {'id': 9001, 'first_name': 'Luis', 'last_name': 'Ortega', 'w2': False, 'routable': True, 'marketplace': True,
                'worked_with': True, 'has_request': True, 'request': {'id': 5101, 'active': True, 'counter': False, 'created':
                {'utc': '2026-06-29 13:45:00'}}}

        Attributes:
            id (int): The provider's user ID.
            first_name (str | Unset):
            last_name (str | Unset):
            thumbnail (str | Unset):
            w2 (bool | Unset): Whether the provider is the company's W-2 employee.
            correlation_id (str | Unset):
            routable (bool | Unset):
            marketplace (bool | Unset):
            worked_with (bool | Unset): Whether the company has worked with the provider before.
            has_request (bool | Unset): Whether the provider has an open request; `request` is then filled.
            managed (bool | Unset):
            can_request (bool | Unset):
            route (PendingProviderRoute | Unset): Present when the work order was routed to this provider.
            request (PendingRequest | Unset): A provider's request to take a routed work order, possibly with a counter-
                offer (different pay, schedule or expenses). The work order embeds these under `requests`. Example: {'id': 5101,
                'active': True, 'counter': False, 'created': {'utc': '2026-06-29 13:45:00'}, 'expires': {'utc': '2026-06-30
                13:45:00'}, 'hour_estimate': 2, 'notes': 'Available Wednesday morning.', 'user': {'id': 9001, 'first_name':
                'Luis', 'last_name': 'Ortega'}}.
            previous_request (PendingRequest | Unset): A provider's request to take a routed work order, possibly with a
                counter-offer (different pay, schedule or expenses). The work order embeds these under `requests`. Example:
                {'id': 5101, 'active': True, 'counter': False, 'created': {'utc': '2026-06-29 13:45:00'}, 'expires': {'utc':
                '2026-06-30 13:45:00'}, 'hour_estimate': 2, 'notes': 'Available Wednesday morning.', 'user': {'id': 9001,
                'first_name': 'Luis', 'last_name': 'Ortega'}}.
            selection_rule (PendingProviderSelectionRule | Unset): How the provider scored against the work order's
                selection rule.
            provider_scoring (PendingProviderProviderScoring | Unset): Scoring details used to rank the provider.
    """

    id: int
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    thumbnail: str | Unset = UNSET
    w2: bool | Unset = UNSET
    correlation_id: str | Unset = UNSET
    routable: bool | Unset = UNSET
    marketplace: bool | Unset = UNSET
    worked_with: bool | Unset = UNSET
    has_request: bool | Unset = UNSET
    managed: bool | Unset = UNSET
    can_request: bool | Unset = UNSET
    route: PendingProviderRoute | Unset = UNSET
    request: PendingRequest | Unset = UNSET
    previous_request: PendingRequest | Unset = UNSET
    selection_rule: PendingProviderSelectionRule | Unset = UNSET
    provider_scoring: PendingProviderProviderScoring | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        thumbnail = self.thumbnail

        w2 = self.w2

        correlation_id = self.correlation_id

        routable = self.routable

        marketplace = self.marketplace

        worked_with = self.worked_with

        has_request = self.has_request

        managed = self.managed

        can_request = self.can_request

        route: dict[str, Any] | Unset = UNSET
        if not isinstance(self.route, Unset):
            route = self.route.to_dict()

        request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = self.request.to_dict()

        previous_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.previous_request, Unset):
            previous_request = self.previous_request.to_dict()

        selection_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selection_rule, Unset):
            selection_rule = self.selection_rule.to_dict()

        provider_scoring: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_scoring, Unset):
            provider_scoring = self.provider_scoring.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if w2 is not UNSET:
            field_dict["w2"] = w2
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id
        if routable is not UNSET:
            field_dict["routable"] = routable
        if marketplace is not UNSET:
            field_dict["marketplace"] = marketplace
        if worked_with is not UNSET:
            field_dict["worked_with"] = worked_with
        if has_request is not UNSET:
            field_dict["has_request"] = has_request
        if managed is not UNSET:
            field_dict["managed"] = managed
        if can_request is not UNSET:
            field_dict["can_request"] = can_request
        if route is not UNSET:
            field_dict["route"] = route
        if request is not UNSET:
            field_dict["request"] = request
        if previous_request is not UNSET:
            field_dict["previous_request"] = previous_request
        if selection_rule is not UNSET:
            field_dict["selection_rule"] = selection_rule
        if provider_scoring is not UNSET:
            field_dict["provider_scoring"] = provider_scoring

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pending_provider_provider_scoring import PendingProviderProviderScoring  # noqa: PLC0415
        from ..models.pending_provider_route import PendingProviderRoute  # noqa: PLC0415
        from ..models.pending_provider_selection_rule import PendingProviderSelectionRule  # noqa: PLC0415
        from ..models.pending_request import PendingRequest  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        thumbnail = d.pop("thumbnail", UNSET)

        w2 = d.pop("w2", UNSET)

        correlation_id = d.pop("correlation_id", UNSET)

        routable = d.pop("routable", UNSET)

        marketplace = d.pop("marketplace", UNSET)

        worked_with = d.pop("worked_with", UNSET)

        has_request = d.pop("has_request", UNSET)

        managed = d.pop("managed", UNSET)

        can_request = d.pop("can_request", UNSET)

        _route = d.pop("route", UNSET)
        route: PendingProviderRoute | Unset
        if isinstance(_route, Unset):
            route = UNSET
        else:
            route = PendingProviderRoute.from_dict(_route)

        _request = d.pop("request", UNSET)
        request: PendingRequest | Unset
        if isinstance(_request, Unset):
            request = UNSET
        else:
            request = PendingRequest.from_dict(_request)

        _previous_request = d.pop("previous_request", UNSET)
        previous_request: PendingRequest | Unset
        if isinstance(_previous_request, Unset):
            previous_request = UNSET
        else:
            previous_request = PendingRequest.from_dict(_previous_request)

        _selection_rule = d.pop("selection_rule", UNSET)
        selection_rule: PendingProviderSelectionRule | Unset
        if isinstance(_selection_rule, Unset):
            selection_rule = UNSET
        else:
            selection_rule = PendingProviderSelectionRule.from_dict(_selection_rule)

        _provider_scoring = d.pop("provider_scoring", UNSET)
        provider_scoring: PendingProviderProviderScoring | Unset
        if isinstance(_provider_scoring, Unset):
            provider_scoring = UNSET
        else:
            provider_scoring = PendingProviderProviderScoring.from_dict(_provider_scoring)

        pending_provider = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            thumbnail=thumbnail,
            w2=w2,
            correlation_id=correlation_id,
            routable=routable,
            marketplace=marketplace,
            worked_with=worked_with,
            has_request=has_request,
            managed=managed,
            can_request=can_request,
            route=route,
            request=request,
            previous_request=previous_request,
            selection_rule=selection_rule,
            provider_scoring=provider_scoring,
        )

        pending_provider.additional_properties = d
        return pending_provider

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
