from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_dispatch_worker_created import AutoDispatchWorkerCreated
    from ..models.auto_dispatch_worker_payload import AutoDispatchWorkerPayload
    from ..models.auto_dispatch_worker_response import AutoDispatchWorkerResponse
    from ..models.auto_dispatch_worker_user import AutoDispatchWorkerUser


T = TypeVar("T", bound="AutoDispatchWorker")


@_attrs_define
class AutoDispatchWorker:
    """The background job that carries out an auto-dispatch.

    Example:
        {'id': 77120, 'type': 'standard', 'user': {'id': '7001', 'first_name': 'Dana', 'last_name': 'Whitfield'},
            'created': {'utc': '2026-07-01 14:00:00'}, 'status': 'active', 'payload': {'query': [], 'body':
            {'work_order_ids': [1001, 1002], 'network_ids': [50], 'selection_rule_id': 0, 'should_route': True, 'delay':
            900, 'tiers': []}, 'additional_params': []}, 'response': {}, 'actions': []}

    Attributes:
        id (int | Unset):
        type_ (str | Unset): Kind of job (the playground shows `standard`).
        user (AutoDispatchWorkerUser | Unset): Who started the job.
        created (AutoDispatchWorkerCreated | Unset):
        status (str | Unset): Job state (the playground shows `active`).
        request (str | Unset):
        payload (AutoDispatchWorkerPayload | Unset): The dispatch request as the job received it.
        response (AutoDispatchWorkerResponse | Unset): What the job produced once finished.
        correlation_id (str | Unset):
        actions (list[str] | Unset):
    """

    id: int | Unset = UNSET
    type_: str | Unset = UNSET
    user: AutoDispatchWorkerUser | Unset = UNSET
    created: AutoDispatchWorkerCreated | Unset = UNSET
    status: str | Unset = UNSET
    request: str | Unset = UNSET
    payload: AutoDispatchWorkerPayload | Unset = UNSET
    response: AutoDispatchWorkerResponse | Unset = UNSET
    correlation_id: str | Unset = UNSET
    actions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        status = self.status

        request = self.request

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        correlation_id = self.correlation_id

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user is not UNSET:
            field_dict["user"] = user
        if created is not UNSET:
            field_dict["created"] = created
        if status is not UNSET:
            field_dict["status"] = status
        if request is not UNSET:
            field_dict["request"] = request
        if payload is not UNSET:
            field_dict["payload"] = payload
        if response is not UNSET:
            field_dict["response"] = response
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_dispatch_worker_created import AutoDispatchWorkerCreated  # noqa: PLC0415
        from ..models.auto_dispatch_worker_payload import AutoDispatchWorkerPayload  # noqa: PLC0415
        from ..models.auto_dispatch_worker_response import AutoDispatchWorkerResponse  # noqa: PLC0415
        from ..models.auto_dispatch_worker_user import AutoDispatchWorkerUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        _user = d.pop("user", UNSET)
        user: AutoDispatchWorkerUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = AutoDispatchWorkerUser.from_dict(_user)

        _created = d.pop("created", UNSET)
        created: AutoDispatchWorkerCreated | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = AutoDispatchWorkerCreated.from_dict(_created)

        status = d.pop("status", UNSET)

        request = d.pop("request", UNSET)

        _payload = d.pop("payload", UNSET)
        payload: AutoDispatchWorkerPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = AutoDispatchWorkerPayload.from_dict(_payload)

        _response = d.pop("response", UNSET)
        response: AutoDispatchWorkerResponse | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = AutoDispatchWorkerResponse.from_dict(_response)

        correlation_id = d.pop("correlation_id", UNSET)

        actions = cast(list[str], d.pop("actions", UNSET))

        auto_dispatch_worker = cls(
            id=id,
            type_=type_,
            user=user,
            created=created,
            status=status,
            request=request,
            payload=payload,
            response=response,
            correlation_id=correlation_id,
            actions=actions,
        )

        auto_dispatch_worker.additional_properties = d
        return auto_dispatch_worker

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
