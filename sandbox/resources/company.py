"""Company reference data: tags, expense categories, networks, managers, site revisit and
incomplete reasons, custom field definitions, bonus and penalty definitions.

Kinds (owned by the company unless noted): ``company_tag``, ``expense_category`` (system
categories belong to company 0, the company's own "pre-defined" expenses to the company),
``network``, ``site_revisit_reason`` (``action_type`` ``revisit`` or ``job_status``; the
job-status ones mirror the ``incomplete_reason`` ids), ``incomplete_reason``,
``company_custom_field`` (with its ``category``), ``bonus_definition``,
``penalty_definition``. Managers are the company's staff users (kind ``user``).
"""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..registry import Context, Reply, operation, seeder
from ..store import Store
from ._common import created, envelope, new_id, ok, page_args, user_ref

TAG = "company_tag"
EXPENSE = "expense_category"
NETWORK = "network"
REVISIT = "site_revisit_reason"
INCOMPLETE = "incomplete_reason"
CUSTOM_FIELD = "company_custom_field"
BONUS = "bonus_definition"
PENALTY = "penalty_definition"

# -- seed data ---------------------------------------------------------------------------------
TAGS = {
    501: [
        (1006, "Permit required", "#2E86C1", [], ["hold"]),
        (1007, "Needs parts", "#F67B1E", [], ["hold"]),
        (1008, "VIP Client", "#FF5733", ["published", "assigned"], ["show_in_dashboard"]),
    ],
    502: [
        (
            1101,
            "After hours",
            "#8E44AD",
            ["published", "routed", "assigned"],
            ["show_in_dashboard"],
        ),
        (1102, "Landlord approval needed", "#C0392B", [], ["hold", "problem"]),
    ],
}
SYSTEM_EXPENSES = [
    (1, "Uncategorized", False),
    (2, "Travel Expense", False),
    (10, "Materials", True),
    (11, "Equipment Rental", True),
    (12, "Shipping", True),
    (13, "Tolls & Parking", False),
    (14, "Lodging", True),
]
CUSTOM_EXPENSES = {
    501: [
        (57, "Parking (flat)", "Flat parking reimbursement for downtown sites.", 15.0, "PARK-FLAT"),
        (58, "Cat6 patch kit", "Ten 3 ft Cat6 patch cables and RJ45 ends.", 42.5, "CAT6-KIT"),
    ],
    502: [
        (61, "Filter pack (MERV 13)", "Four 20x25x1 MERV 13 filters.", 38.0, "FLT-M13"),
        (62, "After-hours access fee", "Mall security escort after 10 pm.", 25.0, "ACCESS-AH"),
    ],
}
NETWORKS = {
    501: [
        (
            8,
            "Acme Preferred Techs",
            "Vetted technicians for retail work.",
            "active",
            True,
            False,
            True,
        ),
        (
            11,
            "Northstar Certified",
            "Technicians certified on Northstar store systems.",
            "pending",
            False,
            False,
            False,
        ),
        (50, "Acme W-2 Employees", "Acme's own field technicians.", "active", True, True, True),
    ],
    502: [
        (
            15,
            "Globex Facilities Network",
            "Facilities technicians under Globex master agreements.",
            "active",
            True,
            False,
            True,
        ),
        (
            16,
            "Regional HVAC Partners",
            "Licensed HVAC contractors in the Midwest.",
            "active",
            True,
            True,
            True,
        ),
        (
            17,
            "Midwest Electricians",
            "Licensed electricians; onboarding paused.",
            "suspended",
            False,
            False,
            True,
        ),
    ],
}
REVISIT_REASONS = {
    501: [
        (10, "Additional parts needed"),
        (11, "Customer requested callback"),
        (12, "Scope change"),
    ],
    502: [
        (20, "Equipment on backorder"),
        (21, "Follow-up inspection required"),
        (22, "Landlord access not granted"),
    ],
}
INCOMPLETE_REASONS = {
    501: [
        (1, "Provider no-show"),
        (2, "Equipment failure"),
        (3, "Site access denied"),
        (8, "Work not finished - return visit needed"),
    ],
    502: [
        (4, "Wrong parts shipped"),
        (5, "Customer not ready"),
        (6, "Safety hazard on site"),
        (18, "Closeout documentation missing"),
    ],
}
CUSTOM_FIELDS = {
    501: [
        (
            1,
            "Buyer Fields",
            "buyer",
            [
                {
                    "id": 129,
                    "name": "Store Number",
                    "tip": "Four-digit number printed on the store sign.",
                    "type": "text",
                    "flags": ["required", "shown_in_header"],
                },
                {
                    "id": 131,
                    "name": "Installation Type",
                    "type": "predefined",
                    "options": ["New Install", "Replacement", "Upgrade"],
                    "flags": ["seen_by_provider"],
                },
            ],
        ),
        (
            2,
            "Provider Fields",
            "assigned_provider",
            [
                {
                    "id": 130,
                    "name": "Serial Number",
                    "tip": "Serial number on the back of the terminal.",
                    "type": "text",
                    "flags": ["required", "required_during_checkin"],
                },
                {
                    "id": 132,
                    "name": "Old terminal returned",
                    "type": "predefined",
                    "options": ["Yes", "No"],
                    "flags": [],
                    "dependency": {"id": 131, "operator": "equals", "value": "Replacement"},
                },
            ],
        ),
    ],
    502: [
        (
            1,
            "Buyer Fields",
            "buyer",
            [
                {
                    "id": 141,
                    "name": "Unit Tag Number",
                    "tip": "Asset tag on the rooftop unit.",
                    "type": "text",
                    "flags": ["required", "unique"],
                },
                {
                    "id": 142,
                    "name": "Refrigerant Type",
                    "type": "predefined",
                    "options": ["R-410A", "R-22", "R-32"],
                    "flags": ["seen_by_provider"],
                },
            ],
        ),
        (
            2,
            "Provider Fields",
            "assigned_provider",
            [
                {
                    "id": 143,
                    "name": "Filter Size",
                    "tip": "Nominal size, e.g. 20x25x1.",
                    "type": "text",
                    "flags": ["required_during_checkin"],
                },
                {"id": 144, "name": "Service Date", "type": "date", "flags": ["required"]},
            ],
        ),
    ],
}
BONUSES = {
    501: [
        (31, "Urgent dispatch", "Same-day work ordered before noon.", "fixed", 25.0),
        (34, "Weekend premium", "Work performed on Saturday or Sunday.", "percent", 10.0),
        (35, "First-time fix", "Completed without a return visit.", "fixed", 15.0),
    ],
    502: [
        (36, "After-hours premium", "Work started after 8 pm.", "percent", 15.0),
        (37, "Quarterly quality bonus", "No callbacks in the quarter.", "fixed", 50.0),
    ],
}
PENALTIES = {
    501: [
        (
            42,
            "Late arrival",
            "Check-in more than 30 minutes after the service window start.",
            "fixed",
            15.0,
        ),
        (45, "Missing photos", "Closeout photos not uploaded.", "percent", 5.0),
    ],
    502: [
        (46, "No-show", "Provider did not arrive and did not cancel.", "fixed", 50.0),
        (47, "Incomplete paperwork", "Service report missing or unsigned.", "fixed", 10.0),
    ],
}


@seeder(order=12)
def seed_company_reference(store: Store, company: dict[str, Any]) -> None:
    cid = company["id"]
    author = user_ref(store, company["staff"][0]["id"])
    for ident, label, color, statuses, types in TAGS.get(cid, []):
        store.put(
            TAG,
            ident,
            cid,
            {
                "id": ident,
                "label": label,
                "hex_color": color,
                "valid_statuses": statuses,
                "types": types,
                "author": author,
            },
        )
    if store.get(EXPENSE, SYSTEM_EXPENSES[0][0]) is None:
        for ident, label, receipt in SYSTEM_EXPENSES:
            doc = {
                "id": ident,
                "uid": ident,
                "company_expense_id": 0,
                "label": label,
                "name": label,
                "type": "system",
                "amount": 0,
                "requires_receipt": receipt,
            }
            store.put(EXPENSE, ident, 0, doc)
    for ident, label, description, amount, code in CUSTOM_EXPENSES.get(cid, []):
        doc = {
            "id": ident,
            "uid": ident,
            "company_expense_id": ident,
            "label": label,
            "name": label,
            "description": description,
            "type": "custom",
            "amount": amount,
            "requires_receipt": False,
            "api_code": code,
        }
        store.put(EXPENSE, ident, cid, doc)
    for ident, name, description, access, view, inactive, onboarded in NETWORKS.get(cid, []):
        options = [
            {
                "id": 1,
                "name": "auto_approve",
                "description": "Approve work done automatically after 7 days",
                "value": False,
            }
        ]
        doc = {
            "id": ident,
            "name": name,
            "description": description,
            "access": [access],
            "view_available": view,
            "inactive_routing": inactive,
            "onboarding_complete": onboarded,
            "options": options,
        }
        store.put(NETWORK, ident, cid, doc)
    for ident, name in REVISIT_REASONS.get(cid, []):
        store.put(
            REVISIT,
            ident,
            cid,
            {"id": ident, "name": name, "label": name, "action_type": "revisit"},
        )
    for ident, name in INCOMPLETE_REASONS.get(cid, []):
        store.put(INCOMPLETE, ident, cid, {"id": ident, "name": name, "label": name})
        store.put(
            REVISIT,
            ident,
            cid,
            {"id": ident, "name": name, "label": name, "action_type": "job_status"},
        )
    for category_id, category, role, fields in CUSTOM_FIELDS.get(cid, []):
        for field in fields:
            doc = {**field, "role": role, "category": category, "category_id": category_id}
            store.put(CUSTOM_FIELD, field["id"], cid, doc)
    for kind, table in ((BONUS, BONUSES), (PENALTY, PENALTIES)):
        for ident, name, description, calculation, modifier in table.get(cid, []):
            doc = {
                "id": ident,
                "name": name,
                "description": description,
                "calculation": calculation,
                "modifier": modifier,
                "amount": modifier if calculation == "fixed" else 0.0,
                "hours24_applicable": False,
            }
            store.put(kind, ident, cid, doc)


def _all(items: list[Any]) -> dict[str, Any]:
    """A one-page envelope for lists that take no paging parameters."""
    return envelope(items, 1, max(25, len(items)))


# -- tags ---------------------------------------------------------------------------------------
def _tag(doc: dict[str, Any]) -> dict[str, Any]:
    return {**doc, "actions": ["edit", "delete"]}


@operation("list_company_tags")
def list_company_tags(ctx: Context) -> Reply:
    docs = list(reversed(ctx.store.list(TAG, ctx.company_id)))  # newest first
    page, per_page = page_args(ctx)
    body = envelope([_tag(d) for d in docs], page, per_page)
    return ok({**body, "actions": ["add"], "params": []})


@operation("create_company_tag")
def create_company_tag(ctx: Context) -> Reply:
    body = ctx.body
    label = body["label"].strip()
    if not label:
        raise ApiError(
            400, "label: must not be blank", [{"field": "body.label", "message": "blank"}]
        )
    if any(d["label"].lower() == label.lower() for d in ctx.store.list(TAG, ctx.company_id)):
        raise ApiError(409, f"A company tag labelled {label!r} already exists")
    color = body.get("hex_color", "#808080")
    ident = new_id(ctx.store, TAG, 1009)
    while ctx.store.get(TAG, ident) is not None:  # skip the ids seeded for either company
        ident = new_id(ctx.store, TAG, 1009)
    doc = {
        "id": ident,
        "label": label,
        "hex_color": color if color.startswith("#") else f"#{color}",
        "valid_statuses": list(body.get("valid_statuses", [])),
        "types": list(body.get("types", [])),
        "author": user_ref(ctx.store, ctx.user_id),
    }
    ctx.store.put(TAG, doc["id"], ctx.company_id, doc)
    return created(_tag(doc))


# -- expenses, networks, managers -----------------------------------------------------------------
def _own_company(ctx: Context) -> None:
    """Company-scoped paths name the caller's own company; any other id is not found."""
    company_id = ctx.path["company_id"]
    if company_id != ctx.company_id:
        raise ApiError(404, f"Company {company_id} not found")


@operation("list_company_expenses")
def list_company_expenses(ctx: Context) -> Reply:
    _own_company(ctx)
    system = sorted(ctx.store.list(EXPENSE, 0), key=lambda d: d["id"])
    custom = sorted(ctx.store.list(EXPENSE, ctx.company_id), key=lambda d: d["id"])
    items = system + [{**d, "actions": ["edit", "delete"]} for d in custom]
    page, per_page = page_args(ctx)
    return ok({**envelope(items, page, per_page), "actions": ["add"]})


@operation("list_company_networks")
def list_company_networks(ctx: Context) -> Reply:
    docs = sorted(ctx.store.list(NETWORK, ctx.company_id), key=lambda d: d["id"])
    return ok(_all(docs))


@operation("list_company_managers")
def list_company_managers(ctx: Context) -> Reply:
    staff = [u for u in ctx.store.list("user", ctx.company_id) if u.get("role") != "provider"]
    keys = ("id", "first_name", "last_name", "email", "phone")
    return ok(
        [
            {k: u[k] for k in keys if u.get(k) is not None}
            for u in sorted(staff, key=lambda u: u["id"])
        ]
    )


# -- reasons ------------------------------------------------------------------------------------
def _reason(doc: dict[str, Any]) -> dict[str, Any]:
    return {"id": doc["id"], "name": doc["name"], "label": doc.get("label", doc["name"])}


@operation("list_site_revisit_reasons")
def list_site_revisit_reasons(ctx: Context) -> Reply:
    _own_company(ctx)
    action_type = ctx.query["action_type"]
    docs = [
        d
        for d in ctx.store.list(REVISIT, ctx.company_id)
        if action_type == "all" or d.get("action_type") == action_type
    ]
    return ok(_all([_reason(d) for d in sorted(docs, key=lambda d: d["id"])]))


@operation("list_incomplete_reasons")
def list_incomplete_reasons(ctx: Context) -> Reply:
    """The current guide's ``{results: [...]}`` form (the spec also accepts a bare array)."""
    _own_company(ctx)
    docs = sorted(ctx.store.list(INCOMPLETE, ctx.company_id), key=lambda d: d["id"])
    return ok({"results": [_reason(d) for d in docs]})


# -- custom fields ---------------------------------------------------------------------------------
@operation("list_company_custom_fields")
def list_company_custom_fields(ctx: Context) -> Reply:
    categories: dict[int, dict[str, Any]] = {}
    fields = sorted(
        ctx.store.list(CUSTOM_FIELD, ctx.company_id),
        key=lambda d: (d.get("category_id", 0), d["id"]),
    )
    for doc in fields:
        cat = categories.setdefault(
            doc.get("category_id", 0),
            {
                "id": doc.get("category_id", 0),
                "name": doc.get("category", ""),
                "role": doc.get("role", "buyer"),
                "results": [],
            },
        )
        item = {k: v for k, v in doc.items() if k != "category_id"}
        item["actions"] = ["edit"]
        cat["results"].append(item)
    body = _all(list(categories.values()))
    body["metadata"]["total"] = len(fields)
    return ok(body)


# -- bonuses, penalties ----------------------------------------------------------------------------
def _definitions(ctx: Context, kind: str) -> Reply:
    docs = sorted(ctx.store.list(kind, ctx.company_id), key=lambda d: d["id"])
    items = [{**d, "actions": ["edit", "delete"]} for d in docs]
    page, per_page = page_args(ctx)
    return ok({**envelope(items, page, per_page), "actions": ["add", "edit"]})


@operation("list_company_bonuses")
def list_company_bonuses(ctx: Context) -> Reply:
    return _definitions(ctx, BONUS)


@operation("list_company_penalties")
def list_company_penalties(ctx: Context) -> Reply:
    return _definitions(ctx, PENALTY)
