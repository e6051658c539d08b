from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef


class ClientInput(_m.BaseModel):
    """Body of the create request.

    Example:
        {'name': 'Northstar Retail', 'manager': {'id': 7001}, 'print_logo': True, 'address_1': '123 Tech Blvd', 'city':
            'San Francisco', 'state': 'CA', 'zip': '94105', 'country': 'USA', 'location_type': 1, 'about': 'Leading tech
            support provider.', 'website': 'https://northstar-retail.example.com', 'standard_instruction': 'Follow safety
            guidelines.', 'policy_procedure': 'Report all incidents immediately.'}

    Attributes:
        name (Any):
        manager (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
        print_logo (bool | None):
        address_1 (Any):
        address_2 (Any):
        address1 (Any): Alternative spelling of `address_1`.
        address2 (Any): Alternative spelling of `address_2`.
        city (Any):
        state (Any):
        zip_ (Any):
        country (Any): ISO 3166 country code, two or three letters.
        location_type (int | None): Location type id (1 = Commercial).
        about (Any):
        website (Any):
        standard_instruction (Any):
        policy_procedure (Any):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: Any,
        manager: IdRef | Unset = UNSET,
        print_logo: bool | Unset = UNSET,
        address_1: Any = UNSET,
        address_2: Any = UNSET,
        address1: Any = UNSET,
        address2: Any = UNSET,
        city: Any = UNSET,
        state: Any = UNSET,
        zip_: Any = UNSET,
        country: Any = UNSET,
        location_type: int | Unset = UNSET,
        about: Any = UNSET,
        website: Any = UNSET,
        standard_instruction: Any = UNSET,
        policy_procedure: Any = UNSET,
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

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        return {
            "name": _m.Field(_m.ANY, True, False),
            "manager": _m.Field(_m.Model(IdRef), False, False),
            "print_logo": _m.Field(_m.BOOL, False, False),
            "address_1": _m.Field(_m.ANY, False, False),
            "address_2": _m.Field(_m.ANY, False, False),
            "address1": _m.Field(_m.ANY, False, False),
            "address2": _m.Field(_m.ANY, False, False),
            "city": _m.Field(_m.ANY, False, False),
            "state": _m.Field(_m.ANY, False, False),
            "zip": _m.Field(_m.ANY, False, False),
            "country": _m.Field(_m.ANY, False, False),
            "location_type": _m.Field(_m.INT, False, False),
            "about": _m.Field(_m.ANY, False, False),
            "website": _m.Field(_m.ANY, False, False),
            "standard_instruction": _m.Field(_m.ANY, False, False),
            "policy_procedure": _m.Field(_m.ANY, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> Any:
        return self._get("name")

    @name.setter
    def name(self, value: Any) -> None:
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
    def address_1(self) -> Any:
        return self._get("address_1")

    @address_1.setter
    def address_1(self, value: Any) -> None:
        self._set("address_1", value)

    @property
    def address_2(self) -> Any:
        return self._get("address_2")

    @address_2.setter
    def address_2(self, value: Any) -> None:
        self._set("address_2", value)

    @property
    def address1(self) -> Any:
        """Alternative spelling of `address_1`."""
        return self._get("address1")

    @address1.setter
    def address1(self, value: Any) -> None:
        self._set("address1", value)

    @property
    def address2(self) -> Any:
        """Alternative spelling of `address_2`."""
        return self._get("address2")

    @address2.setter
    def address2(self, value: Any) -> None:
        self._set("address2", value)

    @property
    def city(self) -> Any:
        return self._get("city")

    @city.setter
    def city(self, value: Any) -> None:
        self._set("city", value)

    @property
    def state(self) -> Any:
        return self._get("state")

    @state.setter
    def state(self, value: Any) -> None:
        self._set("state", value)

    @property
    def zip_(self) -> Any:
        return self._get("zip")

    @zip_.setter
    def zip_(self, value: Any) -> None:
        self._set("zip", value)

    @property
    def country(self) -> Any:
        """ISO 3166 country code, two or three letters."""
        return self._get("country")

    @country.setter
    def country(self, value: Any) -> None:
        self._set("country", value)

    @property
    def location_type(self) -> int | None:
        """Location type id (1 = Commercial)."""
        return cast("int | None", self._get("location_type"))

    @location_type.setter
    def location_type(self, value: int | None) -> None:
        self._set("location_type", value)

    @property
    def about(self) -> Any:
        return self._get("about")

    @about.setter
    def about(self, value: Any) -> None:
        self._set("about", value)

    @property
    def website(self) -> Any:
        return self._get("website")

    @website.setter
    def website(self, value: Any) -> None:
        self._set("website", value)

    @property
    def standard_instruction(self) -> Any:
        return self._get("standard_instruction")

    @standard_instruction.setter
    def standard_instruction(self, value: Any) -> None:
        self._set("standard_instruction", value)

    @property
    def policy_procedure(self) -> Any:
        return self._get("policy_procedure")

    @policy_procedure.setter
    def policy_procedure(self, value: Any) -> None:
        self._set("policy_procedure", value)
