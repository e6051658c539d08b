"""Seed data: two companies, each with staff users, API credentials and (through the resource
modules' seeders) reference data and work orders; plus the marketplace providers both can use.

The demo credentials are printed by ``python -m sandbox serve`` and listed in the README.
"""

from __future__ import annotations

from typing import Any

from .registry import SEEDERS
from .store import Store

SEED_VERSION = "1"

COMPANIES: list[dict[str, Any]] = [
    {
        "id": 501,
        "name": "Acme Field Services",
        "client_id": "fn501-acme-integration",
        "client_secret": "acme-sandbox-secret",
        "username": "api.user@acme-field.example",
        "password": "acme-demo-password",
        "staff": [
            {
                "id": 7001,
                "first_name": "Dana",
                "last_name": "Whitfield",
                "email": "dana.whitfield@acme-field.example",
                "phone": "4805550101",
            },
            {
                "id": 7002,
                "first_name": "Marcus",
                "last_name": "Lee",
                "email": "marcus.lee@acme-field.example",
                "phone": "4805550102",
            },
        ],
    },
    {
        "id": 502,
        "name": "Globex Facilities",
        "client_id": "fn502-globex-integration",
        "client_secret": "globex-sandbox-secret",
        "username": "api.user@globex.example",
        "password": "globex-demo-password",
        "staff": [
            {
                "id": 7101,
                "first_name": "Priya",
                "last_name": "Natarajan",
                "email": "priya.natarajan@globex.example",
                "phone": "6125550111",
            },
            {
                "id": 7102,
                "first_name": "Tom",
                "last_name": "Becker",
                "email": "tom.becker@globex.example",
                "phone": "6125550112",
            },
        ],
    },
]

PROVIDERS: list[dict[str, Any]] = [
    {
        "id": 9001,
        "first_name": "Sam",
        "last_name": "Ortega",
        "email": "sam.ortega@providers.example",
        "phone": "6515550901",
        "city": "Minneapolis",
        "state": "MN",
    },
    {
        "id": 9002,
        "first_name": "Riley",
        "last_name": "Okafor",
        "email": "riley.okafor@providers.example",
        "phone": "6515550902",
        "city": "St Paul",
        "state": "MN",
    },
    {
        "id": 9003,
        "first_name": "Jordan",
        "last_name": "Kim",
        "email": "jordan.kim@providers.example",
        "phone": "6025550903",
        "city": "Phoenix",
        "state": "AZ",
    },
    {
        "id": 9004,
        "first_name": "Alex",
        "last_name": "Moreau",
        "email": "alex.moreau@providers.example",
        "phone": "6025550904",
        "city": "Tempe",
        "state": "AZ",
    },
    {
        "id": 9005,
        "first_name": "Casey",
        "last_name": "Nguyen",
        "email": "casey.nguyen@providers.example",
        "phone": "3125550905",
        "city": "Chicago",
        "state": "IL",
    },
]


def seed(store: Store) -> None:
    """Write the whole seed (into an empty store)."""
    with store.transaction():
        for provider in PROVIDERS:
            store.put("user", provider["id"], 0, {**provider, "role": "provider", "company_id": 0})
        for company in COMPANIES:
            store.put(
                "company",
                company["id"],
                company["id"],
                {"id": company["id"], "name": company["name"]},
            )
            store.put(
                "api_client",
                company["client_id"],
                company["id"],
                {
                    "client_secret": company["client_secret"],
                    "company_id": company["id"],
                    "user_id": company["staff"][0]["id"],
                },
            )
            owner = company["staff"][0]["id"]
            store.put(
                "login",
                company["username"].lower(),
                company["id"],
                {"password": company["password"], "user_id": owner, "company_id": company["id"]},
            )
            for user in company["staff"]:
                store.put(
                    "user",
                    user["id"],
                    company["id"],
                    {
                        **user,
                        "role": "staff",
                        "company_id": company["id"],
                        "company": {"id": company["id"], "name": company["name"]},
                    },
                )
        for _, _, fn in sorted(SEEDERS, key=lambda s: (s[0], s[1])):
            for company in COMPANIES:
                fn(store, company)
        check_seed(store)
        store.set_meta("seed_version", SEED_VERSION)


SEED_MODELS = {
    "work_order": "WorkOrder",
    "client": "Client",
    "template": "Template",
    "stored_location": "StoredLocation",
}
"""Seeded kinds checked against the pydantic models generated from the spec (generated/sandbox_models.py)."""


def check_seed(store: Store) -> None:
    """Seed data that does not match the spec is a sandbox bug: fail loudly at startup."""
    from pydantic import ValidationError

    from generated import sandbox_models as models

    for kind, name in SEED_MODELS.items():
        model = getattr(models, name)
        for doc in store.list(kind):
            try:
                model.model_validate(doc)
            except ValidationError as exc:
                raise RuntimeError(
                    f"seeded {kind} {doc.get('id')} does not match the spec's {name}: {exc}"
                ) from None


def seed_if_empty(store: Store) -> bool:
    """Seed an empty database; the check and the seed are one transaction, so two workers
    starting together seed it once."""
    with store.transaction():
        if store.get_meta("seed_version") is not None:
            return False
        seed(store)
    return True


def reset(store: Store) -> None:
    store.wipe()
    seed(store)


def credentials() -> list[dict[str, str]]:
    """The demo credentials, for the startup banner and the docs."""
    keys = ("client_id", "client_secret", "username", "password")
    return [{"company": c["name"], **{k: c[k] for k in keys}} for c in COMPANIES]
