"""Messages: threads newest first, replies in order, audiences checked, archived filter."""

from __future__ import annotations

from typing import Any

from .conftest import Api
from .recipes.messages import with_message
from .recipes.time_logs import work_order


def messages(api: Api, wo: int, **query: Any) -> dict[str, Any]:
    return dict(
        api.call(
            "list_work_order_messages", path={"work_order_id": wo}, query=query, expect=200
        ).json()
    )


def post(
    api: Api, wo: int, expect: int = 201, query: dict[str, Any] | None = None, **body: Any
) -> Any:
    return api.call(
        "create_work_order_message",
        path={"work_order_id": wo},
        query=query,
        json=body,
        expect=expect,
    )


def test_create_reads_back_newest_first(api: Api) -> None:
    wo, first = with_message(api)
    answer = post(api, wo, message="Bring a 12 ft ladder.").json()
    second = answer["results"][0]
    assert second["msg_id"] > first and answer["results"][1]["msg_id"] == first
    assert second["role"] == "ASSIGNEDTECH"  # default audience of an assigned work order
    assert second["from"] == {
        "id": 7001,
        "name": "Dana Whitfield",
        "first_name": "Dana",
        "last_name": "Whitfield",
        "role": "buyer",
    }
    assert second["to"]["id"] == 9001 and second["read"] is False and second["replies"] == []
    assert messages(api, wo) == answer
    page = messages(api, wo, per_page=1, page=2)
    assert page["metadata"] == {"total": 2, "page": 2, "pages": 2, "per_page": 1}
    assert [m["msg_id"] for m in page["results"]] == [first]
    got = api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()
    assert got["messages"]["metadata"]["total"] == 2


def test_replies_join_the_thread(api: Api) -> None:
    wo, msg = with_message(api)
    answer = api.call(
        "reply_to_work_order_message",
        path={"work_order_id": wo, "message_id": msg},
        query={"acting_user_id": 9001},
        json={"message": "On my way."},
        expect=201,
    ).json()
    thread = answer["results"][0]
    assert thread["msg_id"] == msg and thread["read"] is True
    reply = thread["replies"][0]
    assert (
        reply["parent_id"] == msg
        and reply["from"]["id"] == 9001
        and reply["from"]["role"] == "provider"
    )
    # replying to a reply stays in the same thread
    api.call(
        "reply_to_work_order_message",
        path={"work_order_id": wo, "message_id": reply["msg_id"]},
        json={"message": "Thanks."},
        expect=201,
    )
    thread = messages(api, wo)["results"][0]
    assert [r["message"] for r in thread["replies"]] == ["On my way.", "Thanks."]
    assert thread["replies"][1]["parent_id"] == reply["msg_id"]
    assert messages(api, wo)["metadata"]["total"] == 1


def test_reply_errors(api: Api) -> None:
    wo, msg = with_message(api)
    api.call(
        "reply_to_work_order_message",
        path={"work_order_id": wo, "message_id": 999999},
        json={"message": "x"},
        expect=404,
    )
    elsewhere = work_order(api)
    api.call(
        "reply_to_work_order_message",
        path={"work_order_id": elsewhere, "message_id": msg},
        json={"message": "x"},
        expect=404,
    )
    r = api.call(
        "reply_to_work_order_message",
        path={"work_order_id": wo, "message_id": msg},
        json={"message": "x", "problem_reopened": True},
        expect=422,
    )
    assert r.json()["errors"][0]["field"] == "body.problem_reopened"


def test_audiences_are_checked(api: Api) -> None:
    draft = work_order(api)
    r = post(api, draft, 422, message="Hello", type="ASSIGNEDTECH")
    assert "no assigned provider" in r.json()["message"]
    r = post(api, draft, 400, message="Hello", type="SPECIFICTECH")  # the spec requires `to`
    assert "'to' is a required property" in r.json()["message"]
    post(api, draft, 422, message="Hello", type="SPECIFICTECH", to={"id": 999999})
    post(
        api, draft, 422, message="Hello", type="SPECIFICTECH", to={"id": 7101}
    )  # another company's user
    one = post(
        api, draft, message="Can you bring a ladder?", type="SPECIFICTECH", to={"id": 9002}
    ).json()["results"][0]
    assert one["to"]["id"] == 9002 and one["role"] == "SPECIFICTECH"
    note = post(api, draft, message="Internal only").json()["results"][0]
    assert note["role"] == "INTERNAL"
    assert messages(api, draft)["metadata"]["total"] == 2


def test_notify_and_provider_messages(api: Api) -> None:
    wo = work_order(api, "assign")
    r = post(api, wo, 422, message="FYI", type="INTERNAL", notify=[7001, 7101])
    assert r.json()["errors"][0]["field"] == "body.notify.1"
    note = post(api, wo, message="FYI", type="INTERNAL", notify=[7001, 7002]).json()["results"][0]
    assert note["sharedText"] == "Notified: Dana Whitfield, Marcus Lee"
    post(api, wo, 422, message="Arrived", type="FROMTECH")
    post(api, wo, 422, query={"acting_user_id": 9002}, message="Arrived", type="FROMTECH")
    mine = post(api, wo, query={"acting_user_id": 9001}, message="Arrived", type="FROMTECH").json()[
        "results"
    ][0]
    assert mine["from"]["id"] == 9001 and mine["from"]["role"] == "provider"
    post(api, wo, 422, query={"acting_user_id": 7101}, message="Hi")


def test_async_message_is_stored(api: Api) -> None:
    wo = work_order(api)
    job = api.call(
        "create_work_order_message",
        path={"work_order_id": wo},
        query={"async": True},
        json={"message": "Later"},
        expect=202,
    ).json()
    assert job["job_id"] >= 1
    assert messages(api, wo)["results"][0]["message"] == "Later"


def test_archived_filter_on_seeded_conversation(api: Api) -> None:
    assigned = api.call(
        "list_work_orders", query={"list": "workorders_assigned"}, expect=200
    ).json()["results"]
    wo = assigned[0]["id"]
    everything = messages(api, wo)
    assert everything["metadata"]["total"] == 2
    archived = messages(api, wo, archived=True)["results"]
    assert [m["archived"] for m in archived] == [True] and archived[0]["role"] == "INTERNAL"
    live = messages(api, wo, archived=False)["results"]
    assert len(live) == 1 and live[0]["replies"][0]["from"]["role"] == "provider"


def test_other_company_and_unknown_work_order(api: Api, other: Api) -> None:
    wo, msg = with_message(api)
    other.call("list_work_order_messages", path={"work_order_id": wo}, expect=404)
    other.call(
        "create_work_order_message", path={"work_order_id": wo}, json={"message": "x"}, expect=404
    )
    other.call(
        "reply_to_work_order_message",
        path={"work_order_id": wo, "message_id": msg},
        json={"message": "x"},
        expect=404,
    )
    api.call("list_work_order_messages", path={"work_order_id": 999999}, expect=404)
    assert messages(api, wo)["metadata"]["total"] == 1
