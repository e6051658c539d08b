"""Recipes: saved (stored) locations."""

from __future__ import annotations

from typing import Any

from . import recipe

BODY = {
    "name": "Northstar Store 00611",
    "display_name": "Northstar Retail - Scottsdale",
    "address1": "7014 E Camelback Rd",
    "address2": "Unit 1200",
    "city": "Scottsdale",
    "state": "AZ",
    "zip": "85251",
    "country": "US",
    "type": 1,
    "contact": {
        "name": "Store Manager",
        "email": "store611@northstar-retail.example.com",
        "phone": "4805550611",
        "phone_ext": "",
    },
    "group": "AZ Locations",
    "client": 301,
}


@recipe("list_stored_locations")
def list_locations(api: Any) -> Any:
    return api.call("list_stored_locations", query={"per_page": 2, "page": 1})


@recipe("create_stored_location")
def create(api: Any) -> Any:
    return api.call("create_stored_location", json=BODY)


@recipe("get_stored_location")
def get(api: Any) -> Any:
    return api.call("get_stored_location", path={"location_id": 16326})
