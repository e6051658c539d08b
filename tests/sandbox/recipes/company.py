"""Recipes: company reference data."""

from __future__ import annotations

from typing import Any

from . import recipe


@recipe("list_company_tags")
def list_company_tags(api: Any) -> Any:
    return api.call("list_company_tags", query={"per_page": 10})


@recipe("create_company_tag")
def create_company_tag(api: Any) -> Any:
    body = {
        "label": "Awaiting landlord",
        "hex_color": "#1ABC9C",
        "valid_statuses": ["assigned"],
        "types": ["hold"],
    }
    return api.call("create_company_tag", json=body)


@recipe("list_company_expenses")
def list_company_expenses(api: Any) -> Any:
    return api.call("list_company_expenses", path={"company_id": api.creds["id"]})


@recipe("list_company_networks")
def list_company_networks(api: Any) -> Any:
    return api.call("list_company_networks")


@recipe("list_company_managers")
def list_company_managers(api: Any) -> Any:
    return api.call("list_company_managers")


@recipe("list_site_revisit_reasons")
def list_site_revisit_reasons(api: Any) -> Any:
    return api.call(
        "list_site_revisit_reasons",
        path={"company_id": api.creds["id"]},
        query={"action_type": "all"},
    )


@recipe("list_incomplete_reasons")
def list_incomplete_reasons(api: Any) -> Any:
    return api.call("list_incomplete_reasons", path={"company_id": api.creds["id"]})


@recipe("list_company_custom_fields")
def list_company_custom_fields(api: Any) -> Any:
    return api.call("list_company_custom_fields")


@recipe("list_company_bonuses")
def list_company_bonuses(api: Any) -> Any:
    return api.call("list_company_bonuses")


@recipe("list_company_penalties")
def list_company_penalties(api: Any) -> Any:
    return api.call("list_company_penalties", query={"page": 1, "per_page": 1})
