"""Error mapping against real answers: one exception class per status, each carrying the
status code, the API's own message and the decoded error envelope."""

from __future__ import annotations

import httpx
import pytest
from fieldnation_client import (
    APIStatusError,
    BadRequestError,
    ConflictError,
    FieldNation,
    NotFoundError,
    UnauthorizedError,
    UnprocessableEntityError,
)
from fieldnation_client.models import IdRef, WorkOrderAssignRequest

from .conftest import (
    API_PREFIX,
    PROVIDER,
    credentials,
    make_client,
    new_work_order,
    simulate,
    status_name,
)

COMPANY = 501  # Acme, the company the test clients log in as

MISSING_TOKEN = "An access token is required (access_token query parameter or Bearer header)"


def check_error(exc: APIStatusError, status: int, *fragments: str, verbatim: bool = True) -> None:
    """The exception mirrors the API's envelope ``{status, message, errors?}``."""
    assert exc.status_code == status
    assert exc.response.status_code == status
    assert isinstance(exc.body, dict), exc.body
    assert exc.body["status"] == status
    if verbatim:
        assert exc.message == exc.body["message"]
    for fragment in fragments:
        assert fragment in exc.message, exc.message
    assert str(exc) == f"{status}: {exc.message}"


def test_401_bad_token(origin: str) -> None:
    with (
        FieldNation(base_url=origin + API_PREFIX, token="not-a-real-token") as bad,
        pytest.raises(UnauthorizedError) as caught,
    ):
        bad.work_orders.get_work_order(1001)
    check_error(caught.value, 401, "access token provided is invalid")
    # the token rides in the query string: it is scrubbed from the message and the repr
    assert "not-a-real-token" not in str(caught.value)
    assert "not-a-real-token" not in repr(caught.value)


def _anonymous_error(origin: str) -> UnauthorizedError:
    """The client refuses to run without credentials, so the request goes out raw."""
    from fieldnation_client._exceptions import error_for_response

    error = error_for_response(httpx.get(origin + API_PREFIX + "/workorders"))
    assert isinstance(error, UnauthorizedError)
    return error


def test_401_missing_token(origin: str) -> None:
    error = _anonymous_error(origin)
    check_error(error, 401, "access token is required")
    assert error.body["message"] == MISSING_TOKEN


def test_api_message_is_kept_verbatim_when_it_names_bearer(origin: str) -> None:
    assert _anonymous_error(origin).message == MISSING_TOKEN


def test_client_without_credentials_fails_before_any_request(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fieldnation_client import FieldNationError

    for name in ("ACCESS_TOKEN", "CLIENT_ID", "CLIENT_SECRET", "USERNAME", "PASSWORD"):
        monkeypatch.delenv(f"FIELDNATION_{name}", raising=False)
    with pytest.raises(FieldNationError, match="no credentials"):
        FieldNation(base_url="http://127.0.0.1:9/api/rest/v2")


def test_401_wrong_password_from_the_token_operation(origin: str) -> None:
    creds = credentials()
    creds["password"] = "wrong-password"
    with (
        FieldNation(base_url=origin + API_PREFIX, **creds) as bad,
        pytest.raises(UnauthorizedError) as caught,
    ):
        bad.work_orders.get_work_order(1001)
    check_error(caught.value, 401, "Invalid client credentials or user login")
    assert "wrong-password" not in str(caught.value)


def test_404_unknown_work_order(client: FieldNation) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.work_orders.get_work_order(999_999)
    check_error(caught.value, 404, "Work order 999999 not found")


def test_404_unknown_sub_resource(client: FieldNation) -> None:
    wo_id = new_work_order(client).id
    with pytest.raises(NotFoundError) as caught:
        client.contacts.delete_work_order_contact(wo_id, 424242)
    check_error(caught.value, 404, "424242")


def test_404_other_companys_work_order(client: FieldNation, origin: str) -> None:
    """Tenancy: Globex cannot see Acme's work order; it answers 404, not 403."""
    wo_id = new_work_order(client).id
    with make_client(origin, company=1) as globex, pytest.raises(NotFoundError) as caught:
        globex.work_orders.get_work_order(wo_id)
    check_error(caught.value, 404, str(wo_id))


def test_409_approve_a_draft(client: FieldNation) -> None:
    wo_id = new_work_order(client).id
    with pytest.raises(ConflictError) as caught:
        client.workflow.approve_work_order(wo_id)
    check_error(caught.value, 409, "Cannot approve", "status is Draft", "expected Work Done")
    # nothing moved
    assert status_name(client.work_orders.get_work_order(wo_id)) == "Draft"


def test_409_publish_twice(client: FieldNation) -> None:
    wo_id = new_work_order(client).id
    client.workflow.publish_work_order(wo_id)
    with pytest.raises(ConflictError) as caught:
        client.workflow.publish_work_order(wo_id)
    check_error(caught.value, 409, "status is Published", "expected Draft")


def test_422_incomplete_with_unknown_reason(client: FieldNation, origin: str) -> None:
    wo_id = new_work_order(client).id
    client.workflow.assign_work_order(wo_id, body=WorkOrderAssignRequest(user=IdRef(id=PROVIDER)))
    simulate(origin, client.access_token(), wo_id, "work-done")
    reasons = client.company.list_incomplete_reasons(COMPANY)
    known = {reason.id for reason in getattr(reasons, "results", reasons)}
    unknown = max(known) + 1000
    with pytest.raises(UnprocessableEntityError) as caught:
        client.workflow.incomplete_work_order(wo_id, reason="No such reason", reason_id=unknown)
    check_error(caught.value, 422, f"reason_id {unknown}")
    assert caught.value.body["errors"][0]["field"] == "query.reason_id"
    assert status_name(client.work_orders.get_work_order(wo_id)) == "Work Done"


def test_400_parameter_out_of_range(client: FieldNation) -> None:
    with pytest.raises(BadRequestError) as caught:
        client.work_orders.list_work_orders(per_page=1000)
    check_error(caught.value, 400, "per_page")
    assert caught.value.body["errors"][0]["field"] == "query.per_page"


def test_every_status_error_is_an_api_status_error(client: FieldNation) -> None:
    with pytest.raises(APIStatusError) as caught:
        client.work_orders.get_work_order(999_998)
    assert type(caught.value) is NotFoundError
