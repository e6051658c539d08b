"""Users: ``GET /users/{user_id}`` for the caller's own staff and for marketplace providers.

Staff users (kind ``user``, owned by their company) are visible only to their company; providers
(kind ``user``, company 0, role ``provider``) to every company. A provider's answer adds the
profile below plus what depends on the caller: the caller's preferred provider groups holding
the provider, whether the caller has worked with them, and the caller's own rating.
"""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..registry import Context, Reply, operation
from ..store import Store
from ._common import WORK_ORDER, date_obj, parse_time

CENTRAL = {"id": 9, "name": "America/Chicago", "short": "CST", "offset": -6}
ARIZONA = {"id": 7, "name": "America/Phoenix", "short": "MST", "offset": -7}

PROFILES: dict[int, dict[str, Any]] = {
    9001: {
        "zip": "55401",
        "coords": (44.9778, -93.2650),
        "time_zone": CENTRAL,
        "company": {"id": 612, "name": "Ortega Field Tech LLC", "technicians": 1},
        "rating": (4.8, 212),
        "jobs": 486,
        "types": [62, 71, 110],
        "certifications": ["CompTIA A+", "BICSI Installer 2"],
        "protec": True,
        "since": "2019-04-02 15:00:00",
        "active": "2026-06-30 21:15:00",
        "tagline": "POS and network installs across the Twin Cities",
    },
    9002: {
        "zip": "55101",
        "coords": (44.9537, -93.0900),
        "time_zone": CENTRAL,
        "company": {"id": 618, "name": "Okafor Low Voltage", "technicians": 3},
        "rating": (4.6, 97),
        "jobs": 154,
        "types": [71, 90, 130],
        "certifications": ["BICSI Technician", "OSHA 10"],
        "protec": False,
        "since": "2021-08-17 13:30:00",
        "active": "2026-06-29 18:40:00",
        "tagline": "Structured cabling and security systems",
    },
    9003: {
        "zip": "85004",
        "coords": (33.4484, -112.0740),
        "time_zone": ARIZONA,
        "company": {"id": 640, "name": "Kim Mechanical Services", "technicians": 5},
        "rating": (4.9, 331),
        "jobs": 702,
        "types": [62, 80, 150],
        "certifications": ["EPA 608 Universal", "NATE HVAC"],
        "protec": True,
        "since": "2017-02-11 16:00:00",
        "active": "2026-07-01 02:05:00",
        "tagline": "HVAC, refrigeration and POS in the Valley",
    },
    9004: {
        "zip": "85281",
        "coords": (33.4255, -111.9400),
        "time_zone": ARIZONA,
        "company": {"id": 655, "name": "Moreau Electric", "technicians": 2},
        "rating": (4.4, 58),
        "jobs": 89,
        "types": [80, 104],
        "certifications": ["Arizona ROC Electrical"],
        "protec": False,
        "since": "2023-01-09 17:20:00",
        "active": "2026-06-25 22:10:00",
        "tagline": "Licensed electrician, lighting retrofits",
    },
    9005: {
        "zip": "60601",
        "coords": (41.8864, -87.6186),
        "time_zone": CENTRAL,
        "company": {"id": 671, "name": "Nguyen Retail Services", "technicians": 8},
        "rating": (4.7, 140),
        "jobs": 265,
        "types": [62, 115, 140],
        "certifications": ["NCR Certified Technician"],
        "protec": False,
        "since": "2020-05-21 14:45:00",
        "active": "2026-06-30 16:30:00",
        "tagline": "Retail resets, kiosks and POS in Chicagoland",
    },
}
STAFF_PROFILE = {
    501: {
        "city": "Phoenix",
        "state": "AZ",
        "zip": "85012",
        "time_zone": ARIZONA,
        "since": "2018-09-04 16:00:00",
    },
    502: {
        "city": "Minneapolis",
        "state": "MN",
        "zip": "55402",
        "time_zone": CENTRAL,
        "since": "2020-03-16 15:00:00",
    },
}


def _at(text: str) -> dict[str, Any]:
    return date_obj(parse_time(text))


def preferred_groups_of(store: Store, company_id: int, provider_id: int) -> list[dict[str, Any]]:
    """The caller's preferred provider groups that hold the provider."""
    groups = store.list("preferred_provider_group", company_id)
    held = [g for g in groups if any(m.get("id") == provider_id for m in g.get("members", []))]
    return [{"id": g["id"], "name": g["name"]} for g in sorted(held, key=lambda g: g["id"])]


def _worked_with(store: Store, company_id: int, provider_id: int) -> bool:
    for wo in store.list(WORK_ORDER, company_id):
        if ((wo.get("assignee") or {}).get("user") or {}).get("id") == provider_id:
            return True
    return False


def _provider(store: Store, company_id: int, user: dict[str, Any]) -> dict[str, Any]:
    profile = PROFILES.get(user["id"], {})
    out: dict[str, Any] = {
        k: user[k]
        for k in ("id", "first_name", "last_name", "email", "phone", "city", "state")
        if user.get(k) is not None
    }
    out.update(
        {"role": "provider", "user_type": "provider", "role_type": "provider", "country": "US"}
    )
    out["thumbnail"] = f"https://cdn.fieldnation.example/profiles/{user['id']}.jpg"
    out["vanity"] = f"{user.get('first_name', '')}{user.get('last_name', '')}".lower() or str(
        user["id"]
    )
    worked = _worked_with(store, company_id, user["id"])
    if profile:
        lat, lon = profile["coords"]
        stars, count = profile["rating"]
        out.update(
            {
                "zip": profile["zip"],
                "coords": {"latitude": lat, "longitude": lon, "exact": True},
                "time_zone": dict(profile["time_zone"]),
                "company": dict(profile["company"]),
                "jobs_completed": profile["jobs"],
                "certifications": list(profile["certifications"]),
                "protec": profile["protec"],
                "tagline": profile["tagline"],
                "created": _at(profile["since"]),
                "last_active": _at(profile["active"]),
            }
        )
        rating: dict[str, Any] = {"marketplace": {"stars": stars, "total_ratings": count}}
        if worked:
            rating["my_company"] = {
                "stars": min(5.0, round(stars + 0.1, 1)),
                "total_ratings": max(1, count // 15),
            }
        out["rating"] = rating
        tows = [store.get("type_of_work", t) for t in profile["types"]]
        out["types_of_work"] = [
            {"id": t["id"], "name": t["name"], "industry": t["industry"]} for t in tows if t
        ]
    out["preferred_groups"] = preferred_groups_of(store, company_id, user["id"])
    out.update(
        {
            "marketplace": True,
            "managed": False,
            "w2": False,
            "routable": True,
            "assignable": True,
            "unassignable": False,
            "worked_with": worked,
        }
    )
    out["actions"] = ["route", "assign", "message", "add_to_preferred_group"]
    return out


def _staff(store: Store, user: dict[str, Any]) -> dict[str, Any]:
    company = (
        store.get("company", user["company_id"])
        or user.get("company")
        or {"id": user["company_id"]}
    )
    profile = STAFF_PROFILE.get(user["company_id"], {})
    staff_ids = sorted(
        u["id"] for u in store.list("user", user["company_id"]) if u.get("role") != "provider"
    )
    admin = bool(staff_ids) and staff_ids[0] == user["id"]
    out: dict[str, Any] = {
        k: user[k]
        for k in ("id", "first_name", "last_name", "email", "phone")
        if user.get(k) is not None
    }
    out.update(
        {
            "role": "admin" if admin else "manager",
            "user_type": "admin" if admin else "buyer",
            "company": {"id": company["id"], "name": company.get("name", "")},
            "country": "US",
            "actions": ["edit"],
        }
    )
    if profile:
        out.update(
            {
                "city": profile["city"],
                "state": profile["state"],
                "zip": profile["zip"],
                "time_zone": dict(profile["time_zone"]),
                "created": _at(profile["since"]),
            }
        )
    return out


def user_details(store: Store, company_id: int, user_id: object) -> dict[str, Any] | None:
    """The ``User`` answer as company ``company_id`` sees it, or None when it may not see it."""
    user = store.get("user", user_id)
    if user is None:
        return None
    if user.get("role") == "provider":
        return _provider(store, company_id, user)
    if user.get("company_id") != company_id:
        return None
    return _staff(store, user)


@operation("get_user")
def get_user(ctx: Context) -> Reply:
    uid = ctx.path["user_id"]
    found = user_details(ctx.store, ctx.company_id, uid)
    if found is None:
        raise ApiError(404, f"User {uid} not found")
    return Reply(200, found)
