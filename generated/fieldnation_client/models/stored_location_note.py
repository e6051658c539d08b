from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stored_location_note_private_type_1 import StoredLocationNotePrivateType1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject


T = TypeVar("T", bound="StoredLocationNote")


@_attrs_define
class StoredLocationNote:
    """A note kept on a saved location.

    Example:
        {'id': 5521, 'text': 'Loading dock entrance is on the north side.', 'private': False, 'user_id': 7001}

    Attributes:
        id (int): Note id (0 on the older reference's empty placeholder note).
        text (str): The note.
        private (bool | StoredLocationNotePrivateType1 | Unset): True (or 1) when providers cannot see the note.
        user_id (int | Unset): Author of the note.
        created (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
    """

    id: int
    text: str
    private: bool | StoredLocationNotePrivateType1 | Unset = UNSET
    user_id: int | Unset = UNSET
    created: DateObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        text = self.text

        private: bool | int | Unset
        if isinstance(self.private, Unset):
            private = UNSET
        elif isinstance(self.private, StoredLocationNotePrivateType1):
            private = self.private.value
        else:
            private = self.private

        user_id = self.user_id

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id, "text": text})
        if private is not UNSET:
            field_dict["private"] = private
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        text = d.pop("text")

        def _parse_private(data: object) -> bool | StoredLocationNotePrivateType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                private_type_1 = StoredLocationNotePrivateType1(data)

                return private_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | StoredLocationNotePrivateType1 | Unset, data)

        private = _parse_private(d.pop("private", UNSET))

        user_id = d.pop("user_id", UNSET)

        _created = d.pop("created", UNSET)
        created: DateObject | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = DateObject.from_dict(_created)

        stored_location_note = cls(id=id, text=text, private=private, user_id=user_id, created=created)

        stored_location_note.additional_properties = d
        return stored_location_note

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
