from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata
    from ..models.type_of_work import TypeOfWork
    from ..models.type_of_work_list_params_item import TypeOfWorkListParamsItem


T = TypeVar("T", bound="TypeOfWorkList")


@_attrs_define
class TypeOfWorkList:
    """Page-based list answered by `GET /types-of-work`.

    Example:
        {'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 62, 'name': 'Point of
            Sale', 'industry': 'Information Technology / Communications'}, {'id': 71, 'name': 'Networking', 'industry':
            'Information Technology / Communications'}], 'actions': []}

    Attributes:
        results (list[TypeOfWork]):
        metadata (ListMetadata | Unset): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total':
            42, 'page': 1, 'pages': 2, 'per_page': 25}.
        actions (list[str] | Unset): Actions the caller may take on the list (usually empty).
        params (list[TypeOfWorkListParamsItem] | Unset): Echo of the list parameters the server applied.
    """

    results: list[TypeOfWork]
    metadata: ListMetadata | Unset = UNSET
    actions: list[str] | Unset = UNSET
    params: list[TypeOfWorkListParamsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = []
            for params_item_data in self.params:
                params_item = params_item_data.to_dict()
                params.append(params_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"results": results})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if actions is not UNSET:
            field_dict["actions"] = actions
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.type_of_work import TypeOfWork  # noqa: PLC0415
        from ..models.type_of_work_list_params_item import TypeOfWorkListParamsItem  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = TypeOfWork.from_dict(results_item_data)

            results.append(results_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: ListMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ListMetadata.from_dict(_metadata)

        actions = cast(list[str], d.pop("actions", UNSET))

        _params = d.pop("params", UNSET)
        params: list[TypeOfWorkListParamsItem] | Unset = UNSET
        if _params is not UNSET:
            params = []
            for params_item_data in _params:
                params_item = TypeOfWorkListParamsItem.from_dict(params_item_data)

                params.append(params_item)

        type_of_work_list = cls(results=results, metadata=metadata, actions=actions, params=params)

        type_of_work_list.additional_properties = d
        return type_of_work_list

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
