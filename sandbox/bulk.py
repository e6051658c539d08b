"""Bulk seeding for load tests: many realistic work orders written straight into the store.

Each new work order is a copy of one the company already has (the seeded ones cover every
status, with location, schedule, pay and sections built by the API's own code), with a new id,
title, creation time, city and pay, so lists, filters and sorts see varied data. Far faster
than the HTTP path: one transaction per batch, no request parsing.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import orjson

from . import jsoncodec
from .resources._common import WORK_ORDER, date_obj
from .store import Store

BATCH = 5_000
TITLES = (
    "Replace POS terminal",
    "Install network switch",
    "Printer maintenance",
    "Mount digital signage",
    "Repair cooler thermostat",
    "Upgrade kiosk firmware",
    "Run low-voltage cabling",
    "Swap failed access point",
    "Survey site for camera install",
    "Rack and stack servers",
)
CITIES = (
    ("Minneapolis", "MN", "55401"),
    ("St Paul", "MN", "55101"),
    ("Phoenix", "AZ", "85004"),
    ("Tempe", "AZ", "85281"),
    ("Chicago", "IL", "60601"),
    ("Denver", "CO", "80202"),
    ("Austin", "TX", "78701"),
)


def seed_work_orders(
    store: Store,
    count: int,
    company_id: int,
    *,
    rng: random.Random | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[int, int]:
    """Create ``count`` work orders for ``company_id``; the (first, last) ids created."""
    rng = rng or random.Random(company_id)
    models = store.list(WORK_ORDER, company_id)
    if not models:
        raise ValueError(f"company {company_id} has no work orders to model new ones on")
    raws = [jsoncodec.dumps(m) for m in models]
    first = store.reserve(f"id:{WORK_ORDER}", count, 1001)
    now_base = 1_767_225_600.0  # 2026-01-01: creation times spread over the following year
    done = 0
    while done < count:
        size = min(BATCH, count - done)
        items: list[tuple[object, int, dict[str, Any]]] = []
        for n in range(done, done + size):
            wo_id = first + n
            model = models[n % len(models)]
            doc = orjson.loads(
                raws[n % len(models)].replace(
                    b'"work_order_id":%d' % model["id"], b'"work_order_id":%d' % wo_id
                )
            )
            stamp = date_obj(now_base + rng.uniform(0, 365 * 86400))
            doc.update(
                id=wo_id,
                work_order_id=wo_id,
                title=f"{rng.choice(TITLES)} #{wo_id}",
                created=stamp,
                updated=stamp,
            )
            if doc.get("location"):
                city, state, zip_code = rng.choice(CITIES)
                doc["location"].update(city=city, state=state, zip=zip_code)
            if isinstance(doc.get("pay"), dict) and "total" in doc["pay"]:
                doc["pay"]["total"] = round(rng.uniform(50, 900), 2)
            items.append((wo_id, company_id, doc))
        store.put_many(WORK_ORDER, items)
        done += size
        if progress is not None:
            progress(done)
    store.analyze()  # the planner's statistics predate the load (PostgreSQL plans from them)
    return first, first + count - 1
