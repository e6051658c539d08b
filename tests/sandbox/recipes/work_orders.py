"""Recipes: authentication, work orders, workflow."""

from __future__ import annotations

from typing import Any

from . import recipe

CREATE = {
    "title": "Replace POS terminal at store 42",
    "description": {"html": "<p>Swap the failed terminal.</p>"},
    "types_of_work": [{"id": 62, "isPrimary": True}],
}


def new_work_order(api: Any, **extra: Any) -> int:
    return int(api.call("create_work_order", json={**CREATE, **extra}, expect=201).json()["id"])


def in_status(api: Any, *steps: str) -> int:
    """A new work order walked through ``steps`` (publish, route, assign, work_done)."""
    wo = new_work_order(api)
    for step in steps:
        if step == "publish":
            api.call("publish_work_order", path={"work_order_id": wo}, expect=200)
        elif step == "route":
            api.call(
                "route_work_order",
                path={"work_order_id": wo},
                json={"user": {"id": 9002}},
                expect=200,
            )
        elif step == "assign":
            api.call(
                "assign_work_order",
                path={"work_order_id": wo},
                json={"user": {"id": 9001}},
                expect=200,
            )
        elif step == "work_done":
            r = api.client.post(
                f"/_sandbox/workorders/{wo}/work-done", params={"access_token": api.token}
            )
            assert r.status_code == 200, r.text
    return wo


@recipe("generate_access_token")
def token(api: Any) -> Any:
    c = api.creds
    return api.call(
        "generate_access_token",
        auth=False,
        json={
            "grant_type": "password",
            **{k: c[k] for k in ("client_id", "client_secret", "username", "password")},
        },
    )


@recipe("list_work_orders")
def list_wos(api: Any) -> Any:
    return api.call(
        "list_work_orders",
        query={"list": "workorders_all", "per_page": 2, "sort": "title", "order": "asc"},
    )


@recipe("create_work_order")
def create(api: Any) -> Any:
    return api.call("create_work_order", json=CREATE)


@recipe("list_work_order_lists")
def lists(api: Any) -> Any:
    return api.call("list_work_order_lists", query={"list": "workorders_draft", "sticky": False})


@recipe("get_work_order")
def get(api: Any) -> Any:
    return api.call("get_work_order", path={"work_order_id": new_work_order(api)})


@recipe("update_work_order")
def update(api: Any) -> Any:
    return api.call(
        "update_work_order",
        path={"work_order_id": new_work_order(api)},
        json={"title": "Updated title"},
    )


@recipe("delete_work_order")
def delete(api: Any) -> Any:
    return api.call(
        "delete_work_order",
        path={"work_order_id": new_work_order(api)},
        query={"cancel_reason": "Duplicate"},
    )


@recipe("get_work_order_status")
def status(api: Any) -> Any:
    return api.call("get_work_order_status", path={"work_order_id": new_work_order(api)})


@recipe("publish_work_order")
def publish(api: Any) -> Any:
    return api.call("publish_work_order", path={"work_order_id": new_work_order(api)})


@recipe("unpublish_work_order")
def unpublish(api: Any) -> Any:
    return api.call("unpublish_work_order", path={"work_order_id": in_status(api, "publish")})


@recipe("revert_work_order_to_draft")
def revert(api: Any) -> Any:
    return api.call("revert_work_order_to_draft", path={"work_order_id": in_status(api, "route")})


@recipe("approve_work_order")
def approve(api: Any) -> Any:
    return api.call(
        "approve_work_order", path={"work_order_id": in_status(api, "assign", "work_done")}
    )


@recipe("mass_route_work_order")
def mass_route(api: Any) -> Any:
    return api.call(
        "mass_route_work_order",
        path={"work_order_id": in_status(api, "publish")},
        json={"ids": [9001, 9002, 9003]},
    )


@recipe("route_work_order")
def route(api: Any) -> Any:
    return api.call(
        "route_work_order",
        path={"work_order_id": in_status(api, "publish")},
        json={"technician": {"id": 9001}},
    )


@recipe("unroute_work_order")
def unroute(api: Any) -> Any:
    return api.call(
        "unroute_work_order",
        path={"work_order_id": in_status(api, "route")},
        json={"user": {"id": 9002}},
    )


@recipe("assign_work_order")
def assign(api: Any) -> Any:
    return api.call(
        "assign_work_order",
        path={"work_order_id": in_status(api, "publish")},
        json={"user": {"id": 9001}},
    )


@recipe("unassign_work_order")
def unassign(api: Any) -> Any:
    return api.call(
        "unassign_work_order",
        path={"work_order_id": in_status(api, "assign")},
        json={"reason_id": 1, "comment": "Provider sick"},
    )


@recipe("incomplete_work_order")
def incomplete(api: Any) -> Any:
    reasons = api.call(
        "list_incomplete_reasons", path={"company_id": api.creds["id"]}, expect=200
    ).json()
    reason_id = (reasons[0] if isinstance(reasons, list) else reasons["results"][0])["id"]
    return api.call(
        "incomplete_work_order",
        path={"work_order_id": in_status(api, "assign", "work_done")},
        query={"reason": "Missing part", "reason_id": reason_id},
    )


@recipe("auto_dispatch_work_orders")
def auto_dispatch(api: Any) -> Any:
    return api.call(
        "auto_dispatch_work_orders",
        json={"work_order_ids": [new_work_order(api), new_work_order(api)], "should_route": True},
    )
