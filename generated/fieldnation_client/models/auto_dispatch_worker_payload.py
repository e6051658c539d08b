from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_dispatch_worker_payload_additional_params_item import (
        AutoDispatchWorkerPayloadAdditionalParamsItem,
    )
    from ..models.auto_dispatch_worker_payload_body import AutoDispatchWorkerPayloadBody
    from ..models.auto_dispatch_worker_payload_query_item import AutoDispatchWorkerPayloadQueryItem


T = TypeVar("T", bound="AutoDispatchWorkerPayload")


@_attrs_define
class AutoDispatchWorkerPayload:
    """The dispatch request as the job received it.

    Attributes:
        query (list[AutoDispatchWorkerPayloadQueryItem] | Unset):
        body (AutoDispatchWorkerPayloadBody | Unset):
        additional_params (list[AutoDispatchWorkerPayloadAdditionalParamsItem] | Unset):
    """

    query: list[AutoDispatchWorkerPayloadQueryItem] | Unset = UNSET
    body: AutoDispatchWorkerPayloadBody | Unset = UNSET
    additional_params: list[AutoDispatchWorkerPayloadAdditionalParamsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = []
            for query_item_data in self.query:
                query_item = query_item_data.to_dict()
                query.append(query_item)

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        additional_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_params, Unset):
            additional_params = []
            for additional_params_item_data in self.additional_params:
                additional_params_item = additional_params_item_data.to_dict()
                additional_params.append(additional_params_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if query is not UNSET:
            field_dict["query"] = query
        if body is not UNSET:
            field_dict["body"] = body
        if additional_params is not UNSET:
            field_dict["additional_params"] = additional_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_dispatch_worker_payload_additional_params_item import (
            AutoDispatchWorkerPayloadAdditionalParamsItem,  # noqa: PLC0415
        )
        from ..models.auto_dispatch_worker_payload_body import AutoDispatchWorkerPayloadBody  # noqa: PLC0415
        from ..models.auto_dispatch_worker_payload_query_item import AutoDispatchWorkerPayloadQueryItem  # noqa: PLC0415

        d = dict(src_dict)
        _query = d.pop("query", UNSET)
        query: list[AutoDispatchWorkerPayloadQueryItem] | Unset = UNSET
        if _query is not UNSET:
            query = []
            for query_item_data in _query:
                query_item = AutoDispatchWorkerPayloadQueryItem.from_dict(query_item_data)

                query.append(query_item)

        _body = d.pop("body", UNSET)
        body: AutoDispatchWorkerPayloadBody | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = AutoDispatchWorkerPayloadBody.from_dict(_body)

        _additional_params = d.pop("additional_params", UNSET)
        additional_params: list[AutoDispatchWorkerPayloadAdditionalParamsItem] | Unset = UNSET
        if _additional_params is not UNSET:
            additional_params = []
            for additional_params_item_data in _additional_params:
                additional_params_item = AutoDispatchWorkerPayloadAdditionalParamsItem.from_dict(
                    additional_params_item_data
                )

                additional_params.append(additional_params_item)

        auto_dispatch_worker_payload = cls(query=query, body=body, additional_params=additional_params)

        auto_dispatch_worker_payload.additional_properties = d
        return auto_dispatch_worker_payload

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
