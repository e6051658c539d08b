"""Recipes: clients."""

from __future__ import annotations

from typing import Any

from . import recipe

BODY = {
    "name": "Cascade Outfitters",
    "manager": {"id": 7001},
    "print_logo": True,
    "address_1": "501 Pine St",
    "city": "Seattle",
    "state": "WA",
    "zip": "98101",
    "country": "USA",
    "location_type": 1,
    "about": "Outdoor gear retailer.",
    "website": "https://cascade-outfitters.example.com",
    "standard_instruction": "Check in at the service desk.",
    "policy_procedure": "Report all incidents immediately.",
}


@recipe("list_clients")
def list_clients(api: Any) -> Any:
    return api.call("list_clients", query={"per_page": 10, "columns": "name,projects"})


@recipe("create_client")
def create(api: Any) -> Any:
    return api.call("create_client", json=BODY)


@recipe("get_client")
def get(api: Any) -> Any:
    return api.call("get_client", path={"client_id": 301})
