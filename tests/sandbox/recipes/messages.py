"""Recipes: work order messages."""

from __future__ import annotations

from typing import Any

from . import recipe
from .time_logs import work_order


def with_message(api: Any) -> tuple[int, int]:
    """An assigned work order with one message to the provider: (work order id, msg_id)."""
    wo = work_order(api, "assign")
    body = {"message": "Please use the side entrance.", "type": "ASSIGNEDTECH"}
    answer = api.call(
        "create_work_order_message", path={"work_order_id": wo}, json=body, expect=201
    ).json()
    return wo, int(answer["results"][0]["msg_id"])


@recipe("list_work_order_messages")
def list_messages(api: Any) -> Any:
    wo, _ = with_message(api)
    return api.call(
        "list_work_order_messages",
        path={"work_order_id": wo},
        query={"archived": False, "page": 1, "per_page": 10},
    )


@recipe("create_work_order_message")
def create_message(api: Any) -> Any:
    body = {
        "message": "Provider is new to this site; keep an eye on the ETA.",
        "type": "INTERNAL",
        "notify": [7001, 7002],
    }
    return api.call("create_work_order_message", path={"work_order_id": work_order(api)}, json=body)


@recipe("reply_to_work_order_message")
def reply(api: Any) -> Any:
    wo, msg = with_message(api)
    body = {"message": "Understood, heading there now.", "classic_alert": True}
    return api.call(
        "reply_to_work_order_message",
        path={"work_order_id": wo, "message_id": msg},
        query={"acting_user_id": 9001},
        json=body,
    )
