from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListMetadata")


@_attrs_define
class ListMetadata:
    """Pagination metadata of every page-based list envelope (`metadata` + `results`). The playground and the API basics
    guide show `total`, `page`, `pages` and `per_page`; the clients guide's example omits `pages`, so only `total` is
    required (the local sandbox always sends all four).

        Example:
            {'total': 42, 'page': 1, 'pages': 2, 'per_page': 25}

        Attributes:
            total (int): Number of items across all pages.
            page (int | Unset): The page this envelope holds (1-based; the playground example shows 0 for an empty list).
            pages (int | Unset): Number of pages.
            per_page (int | Unset): Items per page.
            columns (str | Unset): Comma-separated columns that were returned.
            list_ (str | Unset):
            view (str | Unset): Presentation the list was computed for (`list`, `card`, `map`, `model`, `schedule`,
                `tiles`).
            sort (str | Unset):
            order (str | Unset): Sort direction, `asc` or `desc` in practice; a plain string because the playground's
                answers show a placeholder string here and answers must not be refused.
    """

    total: int
    page: int | Unset = UNSET
    pages: int | Unset = UNSET
    per_page: int | Unset = UNSET
    columns: str | Unset = UNSET
    list_: str | Unset = UNSET
    view: str | Unset = UNSET
    sort: str | Unset = UNSET
    order: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        page = self.page

        pages = self.pages

        per_page = self.per_page

        columns = self.columns

        list_ = self.list_

        view = self.view

        sort = self.sort

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"total": total})
        if page is not UNSET:
            field_dict["page"] = page
        if pages is not UNSET:
            field_dict["pages"] = pages
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if columns is not UNSET:
            field_dict["columns"] = columns
        if list_ is not UNSET:
            field_dict["list"] = list_
        if view is not UNSET:
            field_dict["view"] = view
        if sort is not UNSET:
            field_dict["sort"] = sort
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total")

        page = d.pop("page", UNSET)

        pages = d.pop("pages", UNSET)

        per_page = d.pop("per_page", UNSET)

        columns = d.pop("columns", UNSET)

        list_ = d.pop("list", UNSET)

        view = d.pop("view", UNSET)

        sort = d.pop("sort", UNSET)

        order = d.pop("order", UNSET)

        list_metadata = cls(
            total=total,
            page=page,
            pages=pages,
            per_page=per_page,
            columns=columns,
            list_=list_,
            view=view,
            sort=sort,
            order=order,
        )

        list_metadata.additional_properties = d
        return list_metadata

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
