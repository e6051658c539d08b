from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef


T = TypeVar("T", bound="SignatureInput")


@_attrs_define
class SignatureInput:
    """A signature to add: the signer's name and the image. Send the image in `data` with its `format`, or as a `data:` URL
    in `signature`.

        Example:
            {'name': 'Jordan Blake', 'format': 'image/png', 'data':
                'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='}

        Attributes:
            name (str):
            title (str | Unset): Job title of the signer (guide only).
            format_ (str | Unset):
            data (str | Unset): The image, base64-encoded (its media type in `format`), as the playground sends it. The
                local sandbox refuses text that is not base64; it also takes a `data:` URL here and plain SVG text when `format`
                is `image/svg+xml`.
            signature (str | Unset): The image as a `data:` URL (guide spelling of `data`).
            closing_notes (str | Unset):
            task (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
    """

    name: str
    title: str | Unset = UNSET
    format_: str | Unset = UNSET
    data: str | Unset = UNSET
    signature: str | Unset = UNSET
    closing_notes: str | Unset = UNSET
    task: IdRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        title = self.title

        format_ = self.format_

        data = self.data

        signature = self.signature

        closing_notes = self.closing_notes

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"name": name})
        if title is not UNSET:
            field_dict["title"] = title
        if format_ is not UNSET:
            field_dict["format"] = format_
        if data is not UNSET:
            field_dict["data"] = data
        if signature is not UNSET:
            field_dict["signature"] = signature
        if closing_notes is not UNSET:
            field_dict["closing_notes"] = closing_notes
        if task is not UNSET:
            field_dict["task"] = task

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        title = d.pop("title", UNSET)

        format_ = d.pop("format", UNSET)

        data = d.pop("data", UNSET)

        signature = d.pop("signature", UNSET)

        closing_notes = d.pop("closing_notes", UNSET)

        _task = d.pop("task", UNSET)
        task: IdRef | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = IdRef.from_dict(_task)

        signature_input = cls(
            name=name,
            title=title,
            format_=format_,
            data=data,
            signature=signature,
            closing_notes=closing_notes,
            task=task,
        )

        signature_input.additional_properties = d
        return signature_input

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
