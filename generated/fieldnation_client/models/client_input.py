from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef, IdRefDict


class ClientInput(_m.BaseModel):
    """Body of the create request.

    Example:
        {'name': 'Northstar Retail', 'manager': {'id': 7001}, 'print_logo': True, 'address_1': '123 Tech Blvd', 'city':
            'San Francisco', 'state': 'CA', 'zip': '94105', 'country': 'USA', 'location_type': 1, 'about': 'Leading tech
            support provider.', 'website': 'https://northstar-retail.example.com', 'standard_instruction': 'Follow safety
            guidelines.', 'policy_procedure': 'Report all incidents immediately.'}

    Attributes:
        name (str):
        manager (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
        print_logo (bool | None):
        address_1 (str | None):
        address_2 (str | None):
        address1 (str | None): Alternative spelling of `address_1`.
        address2 (str | None): Alternative spelling of `address_2`.
        city (str | None):
        state (str | None):
        zip_ (str | None):
        country (str | None): ISO 3166 country code, two or three letters.
        location_type (int | None): Location type id (1 = Commercial).
        about (str | None):
        website (str | None):
        standard_instruction (str | None):
        policy_procedure (str | None):
        notes (str | None): Free-text notes on the client (the clients guide's create example sends `notes`).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: str,
        manager: IdRef | Unset = UNSET,
        print_logo: bool | Unset = UNSET,
        address_1: str | Unset = UNSET,
        address_2: str | Unset = UNSET,
        address1: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        country: str | Unset = UNSET,
        location_type: int | Unset = UNSET,
        about: str | Unset = UNSET,
        website: str | Unset = UNSET,
        standard_instruction: str | Unset = UNSET,
        policy_procedure: str | Unset = UNSET,
        notes: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)
        self._set("manager", manager)
        self._set("print_logo", print_logo)
        self._set("address_1", address_1)
        self._set("address_2", address_2)
        self._set("address1", address1)
        self._set("address2", address2)
        self._set("city", city)
        self._set("state", state)
        self._set("zip", zip_)
        self._set("country", country)
        self._set("location_type", location_type)
        self._set("about", about)
        self._set("website", website)
        self._set("standard_instruction", standard_instruction)
        self._set("policy_procedure", policy_procedure)
        self._set("notes", notes)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        return {
            "name": _m.Field(_m.STR, True, False),
            "manager": _m.Field(_m.Model(IdRef), False, False),
            "print_logo": _m.Field(_m.BOOL, False, False),
            "address_1": _m.Field(_m.STR, False, False),
            "address_2": _m.Field(_m.STR, False, False),
            "address1": _m.Field(_m.STR, False, False),
            "address2": _m.Field(_m.STR, False, False),
            "city": _m.Field(_m.STR, False, False),
            "state": _m.Field(_m.STR, False, False),
            "zip": _m.Field(_m.STR, False, False),
            "country": _m.Field(_m.STR, False, False),
            "location_type": _m.Field(_m.INT, False, False),
            "about": _m.Field(_m.STR, False, False),
            "website": _m.Field(_m.STR, False, False),
            "standard_instruction": _m.Field(_m.STR, False, False),
            "policy_procedure": _m.Field(_m.STR, False, False),
            "notes": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> str:
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def manager(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("manager"))

    @manager.setter
    def manager(self, value: IdRef | None) -> None:
        self._set("manager", value)

    @property
    def print_logo(self) -> bool | None:
        return cast("bool | None", self._get("print_logo"))

    @print_logo.setter
    def print_logo(self, value: bool | None) -> None:
        self._set("print_logo", value)

    @property
    def address_1(self) -> str | None:
        return cast("str | None", self._get("address_1"))

    @address_1.setter
    def address_1(self, value: str | None) -> None:
        self._set("address_1", value)

    @property
    def address_2(self) -> str | None:
        return cast("str | None", self._get("address_2"))

    @address_2.setter
    def address_2(self, value: str | None) -> None:
        self._set("address_2", value)

    @property
    def address1(self) -> str | None:
        """Alternative spelling of `address_1`."""
        return cast("str | None", self._get("address1"))

    @address1.setter
    def address1(self, value: str | None) -> None:
        self._set("address1", value)

    @property
    def address2(self) -> str | None:
        """Alternative spelling of `address_2`."""
        return cast("str | None", self._get("address2"))

    @address2.setter
    def address2(self, value: str | None) -> None:
        self._set("address2", value)

    @property
    def city(self) -> str | None:
        return cast("str | None", self._get("city"))

    @city.setter
    def city(self, value: str | None) -> None:
        self._set("city", value)

    @property
    def state(self) -> str | None:
        return cast("str | None", self._get("state"))

    @state.setter
    def state(self, value: str | None) -> None:
        self._set("state", value)

    @property
    def zip_(self) -> str | None:
        return cast("str | None", self._get("zip"))

    @zip_.setter
    def zip_(self, value: str | None) -> None:
        self._set("zip", value)

    @property
    def country(self) -> str | None:
        """ISO 3166 country code, two or three letters."""
        return cast("str | None", self._get("country"))

    @country.setter
    def country(self, value: str | None) -> None:
        self._set("country", value)

    @property
    def location_type(self) -> int | None:
        """Location type id (1 = Commercial)."""
        return cast("int | None", self._get("location_type"))

    @location_type.setter
    def location_type(self, value: int | None) -> None:
        self._set("location_type", value)

    @property
    def about(self) -> str | None:
        return cast("str | None", self._get("about"))

    @about.setter
    def about(self, value: str | None) -> None:
        self._set("about", value)

    @property
    def website(self) -> str | None:
        return cast("str | None", self._get("website"))

    @website.setter
    def website(self, value: str | None) -> None:
        self._set("website", value)

    @property
    def standard_instruction(self) -> str | None:
        return cast("str | None", self._get("standard_instruction"))

    @standard_instruction.setter
    def standard_instruction(self, value: str | None) -> None:
        self._set("standard_instruction", value)

    @property
    def policy_procedure(self) -> str | None:
        return cast("str | None", self._get("policy_procedure"))

    @policy_procedure.setter
    def policy_procedure(self, value: str | None) -> None:
        self._set("policy_procedure", value)

    @property
    def notes(self) -> str | None:
        """Free-text notes on the client (the clients guide's create example sends `notes`)."""
        return cast("str | None", self._get("notes"))

    @notes.setter
    def notes(self, value: str | None) -> None:
        self._set("notes", value)


class ClientInputDict(TypedDict, total=False):
    """:class:`ClientInput` as plain data (JSON keys); accepted wherever the model is sent."""

    name: Required[str]
    manager: IdRef | IdRefDict
    print_logo: bool
    address_1: str
    address_2: str
    address1: str
    address2: str
    city: str
    state: str
    zip: str
    country: str
    location_type: int
    about: str
    website: str
    standard_instruction: str
    policy_procedure: str
    notes: str
