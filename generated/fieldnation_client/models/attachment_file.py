from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachmentFile")


@_attrs_define
class AttachmentFile:
    """The stored file behind an attachment.

    Example:
        {'name': 'install_guide.pdf', 'size': 245000, 'mime': 'application/pdf', 'link':
            'https://cdn.fieldnation.com/files/abc.pdf'}

    Attributes:
        name (str | Unset): File name as uploaded.
        size (int | Unset): Size in bytes.
        size_bytes (int | Unset): Size in bytes, as spelled by the narrative guide.
        mime (str | Unset): MIME type, e.g. `application/pdf`.
        type_ (str | Unset): File category reported by the API (e.g. `document`, `image`).
        link (str | Unset): Download URL; can be long (store up to 1024 characters).
        thumbnail (str | Unset): Preview image URL for images.
        icon (str | Unset):
    """

    name: str | Unset = UNSET
    size: int | Unset = UNSET
    size_bytes: int | Unset = UNSET
    mime: str | Unset = UNSET
    type_: str | Unset = UNSET
    link: str | Unset = UNSET
    thumbnail: str | Unset = UNSET
    icon: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        size = self.size

        size_bytes = self.size_bytes

        mime = self.mime

        type_ = self.type_

        link = self.link

        thumbnail = self.thumbnail

        icon = self.icon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes
        if mime is not UNSET:
            field_dict["mime"] = mime
        if type_ is not UNSET:
            field_dict["type"] = type_
        if link is not UNSET:
            field_dict["link"] = link
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if icon is not UNSET:
            field_dict["icon"] = icon

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        size = d.pop("size", UNSET)

        size_bytes = d.pop("size_bytes", UNSET)

        mime = d.pop("mime", UNSET)

        type_ = d.pop("type", UNSET)

        link = d.pop("link", UNSET)

        thumbnail = d.pop("thumbnail", UNSET)

        icon = d.pop("icon", UNSET)

        attachment_file = cls(
            name=name,
            size=size,
            size_bytes=size_bytes,
            mime=mime,
            type_=type_,
            link=link,
            thumbnail=thumbnail,
            icon=icon,
        )

        attachment_file.additional_properties = d
        return attachment_file

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
