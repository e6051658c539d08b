from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.problem_details_agent import ProblemDetailsAgent
    from ..models.problem_details_errors_item import ProblemDetailsErrorsItem


T = TypeVar("T", bound="ProblemDetails")


@_attrs_define
class ProblemDetails:
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
            detail (str | Unset): Explanation of this occurrence (not a repeat of `title`).
            instance (str | Unset): RFC 9457's URI of this occurrence, when given.
            code (str | Unset): Machine-readable UPPER_SNAKE code, stable across releases (`INTERNAL_SERVER_ERROR`).
            errors (list[ProblemDetailsErrorsItem] | Unset): Sub-errors of a compound error; `[]` when there are none.
            retryable (bool | Unset): Whether the exact same request may be retried safely.
            correlation_id (str | Unset): Unique id of this request occurrence (stable across retries); quote it to support.
            agent (ProblemDetailsAgent | Unset): What an automated client should do next.
    """

    type_: str
    title: str
    status: int
    detail: str | Unset = UNSET
    instance: str | Unset = UNSET
    code: str | Unset = UNSET
    errors: list[ProblemDetailsErrorsItem] | Unset = UNSET
    retryable: bool | Unset = UNSET
    correlation_id: str | Unset = UNSET
    agent: ProblemDetailsAgent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        instance = self.instance

        code = self.code

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        retryable = self.retryable

        correlation_id = self.correlation_id

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_, "title": title, "status": status})
        if detail is not UNSET:
            field_dict["detail"] = detail
        if instance is not UNSET:
            field_dict["instance"] = instance
        if code is not UNSET:
            field_dict["code"] = code
        if errors is not UNSET:
            field_dict["errors"] = errors
        if retryable is not UNSET:
            field_dict["retryable"] = retryable
        if correlation_id is not UNSET:
            field_dict["correlationId"] = correlation_id
        if agent is not UNSET:
            field_dict["agent"] = agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.problem_details_agent import ProblemDetailsAgent  # noqa: PLC0415
        from ..models.problem_details_errors_item import ProblemDetailsErrorsItem  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        title = d.pop("title")

        status = d.pop("status")

        detail = d.pop("detail", UNSET)

        instance = d.pop("instance", UNSET)

        code = d.pop("code", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[ProblemDetailsErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ProblemDetailsErrorsItem.from_dict(errors_item_data)

                errors.append(errors_item)

        retryable = d.pop("retryable", UNSET)

        correlation_id = d.pop("correlationId", UNSET)

        _agent = d.pop("agent", UNSET)
        agent: ProblemDetailsAgent | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = ProblemDetailsAgent.from_dict(_agent)

        problem_details = cls(
            type_=type_,
            title=title,
            status=status,
            detail=detail,
            instance=instance,
            code=code,
            errors=errors,
            retryable=retryable,
            correlation_id=correlation_id,
            agent=agent,
        )

        problem_details.additional_properties = d
        return problem_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
