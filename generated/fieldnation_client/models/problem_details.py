from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.problem_details_agent import ProblemDetailsAgent, ProblemDetailsAgentDict
    from ..models.problem_details_errors_item import ProblemDetailsErrorsItem, ProblemDetailsErrorsItemDict


class ProblemDetails(_m.BaseModel):
    """RFC 9457 problem details, the shape Field Nation's error-code catalog gives for every non-2xx answer, served as
    `application/problem+json`. `type` resolves to the catalog page of the error; `code` is the stable machine-readable
    name. The catalog's examples are webhook paths, so whether REST v2 already answers this way is not documented:
    clients must read both this and `Error`.

        Example:
            {'type': 'https://developer.fieldnation.com/error-codes/internal-server-error', 'title': 'Internal Server
                Error', 'status': 500, 'detail': 'An unexpected error occurred while loading the work classifications catalog.',
                'code': 'INTERNAL_SERVER_ERROR', 'retryable': True, 'correlationId': '01J9X7Q3F6E2K8B1Z5C4M0V2HA', 'agent':
                {'action': 'RETRY', 'backoffMs': 1000, 'maxAttempts': 4}, 'errors': []}

        Attributes:
            type_ (str): URL of the catalog page that explains this kind of error.
            title (str): Short summary of the error type.
            status (int): The HTTP status code of the answer.
            detail (str | None): Explanation of this occurrence (not a repeat of `title`).
            instance (str | None): RFC 9457's URI of this occurrence, when given.
            code (str | None): Machine-readable UPPER_SNAKE code, stable across releases (`INTERNAL_SERVER_ERROR`).
            errors (list[ProblemDetailsErrorsItem] | None): Sub-errors of a compound error; `[]` when there are none.
            retryable (bool | None): Whether the exact same request may be retried safely.
            correlation_id (str | None): Unique id of this request occurrence (stable across retries); quote it to support.
            agent (ProblemDetailsAgent | None): What an automated client should do next.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        type_: str,
        title: str,
        status: int,
        detail: str | Unset = UNSET,
        instance: str | Unset = UNSET,
        code: str | Unset = UNSET,
        errors: list[ProblemDetailsErrorsItem] | Unset = UNSET,
        retryable: bool | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
        agent: ProblemDetailsAgent | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("type", type_)
        self._set("title", title)
        self._set("status", status)
        self._set("detail", detail)
        self._set("instance", instance)
        self._set("code", code)
        self._set("errors", errors)
        self._set("retryable", retryable)
        self._set("correlationId", correlation_id)
        self._set("agent", agent)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.problem_details_agent import ProblemDetailsAgent  # noqa: PLC0415
        from ..models.problem_details_errors_item import ProblemDetailsErrorsItem  # noqa: PLC0415

        return {
            "type": _m.Field(_m.STR, True, False),
            "title": _m.Field(_m.STR, True, False),
            "status": _m.Field(_m.INT, True, False),
            "detail": _m.Field(_m.STR, False, False),
            "instance": _m.Field(_m.STR, False, False),
            "code": _m.Field(_m.STR, False, False),
            "errors": _m.Field(_m.List(_m.Model(ProblemDetailsErrorsItem)), False, False),
            "retryable": _m.Field(_m.BOOL, False, False),
            "correlationId": _m.Field(_m.STR, False, False),
            "agent": _m.Field(_m.Model(ProblemDetailsAgent), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def type_(self) -> str:
        """URL of the catalog page that explains this kind of error."""
        return cast("str", self._get("type"))

    @type_.setter
    def type_(self, value: str) -> None:
        self._set("type", value)

    @property
    def title(self) -> str:
        """Short summary of the error type."""
        return cast("str", self._get("title"))

    @title.setter
    def title(self, value: str) -> None:
        self._set("title", value)

    @property
    def status(self) -> int:
        """The HTTP status code of the answer."""
        return cast("int", self._get("status"))

    @status.setter
    def status(self, value: int) -> None:
        self._set("status", value)

    @property
    def detail(self) -> str | None:
        """Explanation of this occurrence (not a repeat of `title`)."""
        return cast("str | None", self._get("detail"))

    @detail.setter
    def detail(self, value: str | None) -> None:
        self._set("detail", value)

    @property
    def instance(self) -> str | None:
        """RFC 9457's URI of this occurrence, when given."""
        return cast("str | None", self._get("instance"))

    @instance.setter
    def instance(self, value: str | None) -> None:
        self._set("instance", value)

    @property
    def code(self) -> str | None:
        """Machine-readable UPPER_SNAKE code, stable across releases (`INTERNAL_SERVER_ERROR`)."""
        return cast("str | None", self._get("code"))

    @code.setter
    def code(self, value: str | None) -> None:
        self._set("code", value)

    @property
    def errors(self) -> list[ProblemDetailsErrorsItem] | None:
        """Sub-errors of a compound error; `[]` when there are none."""
        return cast("list[ProblemDetailsErrorsItem] | None", self._get("errors"))

    @errors.setter
    def errors(self, value: list[ProblemDetailsErrorsItem] | None) -> None:
        self._set("errors", value)

    @property
    def retryable(self) -> bool | None:
        """Whether the exact same request may be retried safely."""
        return cast("bool | None", self._get("retryable"))

    @retryable.setter
    def retryable(self, value: bool | None) -> None:
        self._set("retryable", value)

    @property
    def correlation_id(self) -> str | None:
        """Unique id of this request occurrence (stable across retries); quote it to support."""
        return cast("str | None", self._get("correlationId"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlationId", value)

    @property
    def agent(self) -> ProblemDetailsAgent | None:
        """What an automated client should do next."""
        return cast("ProblemDetailsAgent | None", self._get("agent"))

    @agent.setter
    def agent(self, value: ProblemDetailsAgent | None) -> None:
        self._set("agent", value)


class ProblemDetailsDict(TypedDict, total=False):
    """:class:`ProblemDetails` as plain data (JSON keys); accepted wherever the model is sent."""

    type: Required[str]
    title: Required[str]
    status: Required[int]
    detail: str
    instance: str
    code: str
    errors: list[ProblemDetailsErrorsItem | ProblemDetailsErrorsItemDict]
    retryable: bool
    correlationId: str
    agent: ProblemDetailsAgent | ProblemDetailsAgentDict
