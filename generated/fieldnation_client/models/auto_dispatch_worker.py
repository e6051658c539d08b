from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_dispatch_worker_created import AutoDispatchWorkerCreated, AutoDispatchWorkerCreatedDict
    from ..models.auto_dispatch_worker_payload import AutoDispatchWorkerPayload, AutoDispatchWorkerPayloadDict
    from ..models.auto_dispatch_worker_response import (
        AutoDispatchWorkerResponse,
        AutoDispatchWorkerResponseDict,
    )
    from ..models.auto_dispatch_worker_user import AutoDispatchWorkerUser, AutoDispatchWorkerUserDict


class AutoDispatchWorker(_m.BaseModel):
    """The background job that carries out an auto-dispatch.

    Example:
        {'id': 77120, 'type': 'standard', 'user': {'id': '7001', 'first_name': 'Dana', 'last_name': 'Whitfield'},
            'created': {'utc': '2026-07-01 14:00:00'}, 'status': 'active', 'payload': {'query': [], 'body':
            {'work_order_ids': [1001, 1002], 'network_ids': [50], 'selection_rule_id': 0, 'should_route': True, 'delay':
            900, 'tiers': []}, 'additional_params': []}, 'response': {}, 'actions': []}

    Attributes:
        id (int | None):
        type_ (str | None): Kind of job (the playground shows `standard`).
        user (AutoDispatchWorkerUser | None): Who started the job.
        created (AutoDispatchWorkerCreated | None):
        status (str | None): Job state (the playground shows `active`).
        request (str | None):
        payload (AutoDispatchWorkerPayload | None): The dispatch request as the job received it.
        response (AutoDispatchWorkerResponse | None): What the job produced once finished.
        correlation_id (str | None):
        actions (list[str] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int | Unset = UNSET,
        type_: str | Unset = UNSET,
        user: AutoDispatchWorkerUser | Unset = UNSET,
        created: AutoDispatchWorkerCreated | Unset = UNSET,
        status: str | Unset = UNSET,
        request: str | Unset = UNSET,
        payload: AutoDispatchWorkerPayload | Unset = UNSET,
        response: AutoDispatchWorkerResponse | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("type", type_)
        self._set("user", user)
        self._set("created", created)
        self._set("status", status)
        self._set("request", request)
        self._set("payload", payload)
        self._set("response", response)
        self._set("correlation_id", correlation_id)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.auto_dispatch_worker_created import AutoDispatchWorkerCreated  # noqa: PLC0415
        from ..models.auto_dispatch_worker_payload import AutoDispatchWorkerPayload  # noqa: PLC0415
        from ..models.auto_dispatch_worker_response import AutoDispatchWorkerResponse  # noqa: PLC0415
        from ..models.auto_dispatch_worker_user import AutoDispatchWorkerUser  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, False, False),
            "type": _m.Field(_m.STR, False, False),
            "user": _m.Field(_m.Model(AutoDispatchWorkerUser), False, False),
            "created": _m.Field(_m.Model(AutoDispatchWorkerCreated), False, False),
            "status": _m.Field(_m.STR, False, False),
            "request": _m.Field(_m.STR, False, False),
            "payload": _m.Field(_m.Model(AutoDispatchWorkerPayload), False, False),
            "response": _m.Field(_m.Model(AutoDispatchWorkerResponse), False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int | None:
        return cast("int | None", self._get("id"))

    @id.setter
    def id(self, value: int | None) -> None:
        self._set("id", value)

    @property
    def type_(self) -> str | None:
        """Kind of job (the playground shows `standard`)."""
        return cast("str | None", self._get("type"))

    @type_.setter
    def type_(self, value: str | None) -> None:
        self._set("type", value)

    @property
    def user(self) -> AutoDispatchWorkerUser | None:
        """Who started the job."""
        return cast("AutoDispatchWorkerUser | None", self._get("user"))

    @user.setter
    def user(self, value: AutoDispatchWorkerUser | None) -> None:
        self._set("user", value)

    @property
    def created(self) -> AutoDispatchWorkerCreated | None:
        return cast("AutoDispatchWorkerCreated | None", self._get("created"))

    @created.setter
    def created(self, value: AutoDispatchWorkerCreated | None) -> None:
        self._set("created", value)

    @property
    def status(self) -> str | None:
        """Job state (the playground shows `active`)."""
        return cast("str | None", self._get("status"))

    @status.setter
    def status(self, value: str | None) -> None:
        self._set("status", value)

    @property
    def request(self) -> str | None:
        return cast("str | None", self._get("request"))

    @request.setter
    def request(self, value: str | None) -> None:
        self._set("request", value)

    @property
    def payload(self) -> AutoDispatchWorkerPayload | None:
        """The dispatch request as the job received it."""
        return cast("AutoDispatchWorkerPayload | None", self._get("payload"))

    @payload.setter
    def payload(self, value: AutoDispatchWorkerPayload | None) -> None:
        self._set("payload", value)

    @property
    def response(self) -> AutoDispatchWorkerResponse | None:
        """What the job produced once finished."""
        return cast("AutoDispatchWorkerResponse | None", self._get("response"))

    @response.setter
    def response(self, value: AutoDispatchWorkerResponse | None) -> None:
        self._set("response", value)

    @property
    def correlation_id(self) -> str | None:
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)

    @property
    def actions(self) -> list[str] | None:
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)


class AutoDispatchWorkerDict(TypedDict, total=False):
    """:class:`AutoDispatchWorker` as plain data (JSON keys); accepted wherever the model is sent."""

    id: int
    type: str
    user: AutoDispatchWorkerUser | AutoDispatchWorkerUserDict
    created: AutoDispatchWorkerCreated | AutoDispatchWorkerCreatedDict
    status: str
    request: str
    payload: AutoDispatchWorkerPayload | AutoDispatchWorkerPayloadDict
    response: AutoDispatchWorkerResponse | AutoDispatchWorkerResponseDict
    correlation_id: str
    actions: list[str]
