from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnbundleRequest")


@_attrs_define
class UnbundleRequest:
    """Body of `POST /workorders/unbundle`: the work orders to take out of their bundle.

    Example:
        {'ids': [1002]}

    Attributes:
        ids (list[int] | Unset):
        work_order_ids (list[int] | Unset): Guide spelling of `ids`; accepted as an alias.
    """

    ids: list[int] | Unset = UNSET
    work_order_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[int] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        work_order_ids: list[int] | Unset = UNSET
        if not isinstance(self.work_order_ids, Unset):
            work_order_ids = self.work_order_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if work_order_ids is not UNSET:
            field_dict["work_order_ids"] = work_order_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[int], d.pop("ids", UNSET))

        work_order_ids = cast(list[int], d.pop("work_order_ids", UNSET))

        unbundle_request = cls(ids=ids, work_order_ids=work_order_ids)

        unbundle_request.additional_properties = d
        return unbundle_request

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
