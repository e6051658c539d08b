from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CursorPagination")


@_attrs_define
class CursorPagination:
    """Pagination of the newer, UUID-based resources (`data` + `pagination`). The playground pages show every field; the
    talent pool groups guide's example shows only `has_next_page`, so that is the one field required.

        Example:
            {'next_cursor': 'eyJzb3J0VmFsdWUiOjEwLCJpZCI6MTB9', 'prev_cursor': None, 'limit': 20, 'has_next_page': True,
                'has_prev_page': False}

        Attributes:
            has_next_page (bool): Whether another page follows.
            next_cursor (None | str | Unset): Opaque cursor for the next page; null on the last page.
            prev_cursor (None | str | Unset): Opaque cursor for the previous page; null on the first page.
            limit (int | Unset): The page size used.
            has_prev_page (bool | Unset): Whether a page precedes this one.
    """

    has_next_page: bool
    next_cursor: None | str | Unset = UNSET
    prev_cursor: None | str | Unset = UNSET
    limit: int | Unset = UNSET
    has_prev_page: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_next_page = self.has_next_page

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        prev_cursor: None | str | Unset
        if isinstance(self.prev_cursor, Unset):
            prev_cursor = UNSET
        else:
            prev_cursor = self.prev_cursor

        limit = self.limit

        has_prev_page = self.has_prev_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"has_next_page": has_next_page})
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        if prev_cursor is not UNSET:
            field_dict["prev_cursor"] = prev_cursor
        if limit is not UNSET:
            field_dict["limit"] = limit
        if has_prev_page is not UNSET:
            field_dict["has_prev_page"] = has_prev_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_next_page = d.pop("has_next_page")

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        def _parse_prev_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prev_cursor = _parse_prev_cursor(d.pop("prev_cursor", UNSET))

        limit = d.pop("limit", UNSET)

        has_prev_page = d.pop("has_prev_page", UNSET)

        cursor_pagination = cls(
            has_next_page=has_next_page,
            next_cursor=next_cursor,
            prev_cursor=prev_cursor,
            limit=limit,
            has_prev_page=has_prev_page,
        )

        cursor_pagination.additional_properties = d
        return cursor_pagination

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
