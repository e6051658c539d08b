from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail
    from ..models.error_extra_item import ErrorExtraItem


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The error body the REST v2 pages show: `{status, message}`, or `{status_code, message}` on some playground examples
    (both spellings are documented, so both validate). Field Nation's newer error-code catalog describes RFC 9457
    problem details instead (`ProblemDetails`, served as `application/problem+json`); a client reads either. `errors`
    lists field-level problems; the local sandbox always fills it for 400 and 422.

        Example:
            {'status': 400, 'message': "Validation failed: field 'title' is required", 'errors': [{'field': 'body.title',
                'message': 'field required'}]}

        Attributes:
            message (str): Human readable reason.
            status (int | Unset): HTTP status code, repeated in the body. The playground's placeholder bodies show `500`
                under every status, so the value is not checked against the HTTP status.
            status_code (int | Unset): Alternative spelling of `status` on some playground examples (their placeholder shows
                `0`).
            correlation_id (str | Unset): Request id to quote to support.
            error_reference (str | Unset): Reference of the error, on the project dispatch settings pages' second error
                shape (`{message, errorReference, extra, note}`).
            extra (list[ErrorExtraItem] | Unset): Further details, on the same pages' second error shape (shown empty).
            note (str | Unset): A note on the error, on the same pages' second error shape.
            errors (list[ErrorDetail] | Unset): Field-level validation problems (the local sandbox's convention; Field
                Nation's REST v2 pages show none).
    """

    message: str
    status: int | Unset = UNSET
    status_code: int | Unset = UNSET
    correlation_id: str | Unset = UNSET
    error_reference: str | Unset = UNSET
    extra: list[ErrorExtraItem] | Unset = UNSET
    note: str | Unset = UNSET
    errors: list[ErrorDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        status = self.status

        status_code = self.status_code

        correlation_id = self.correlation_id

        error_reference = self.error_reference

        extra: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = []
            for extra_item_data in self.extra:
                extra_item = extra_item_data.to_dict()
                extra.append(extra_item)

        note = self.note

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"message": message})
        if status is not UNSET:
            field_dict["status"] = status
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id
        if error_reference is not UNSET:
            field_dict["errorReference"] = error_reference
        if extra is not UNSET:
            field_dict["extra"] = extra
        if note is not UNSET:
            field_dict["note"] = note
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_detail import ErrorDetail  # noqa: PLC0415
        from ..models.error_extra_item import ErrorExtraItem  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        status = d.pop("status", UNSET)

        status_code = d.pop("status_code", UNSET)

        correlation_id = d.pop("correlation_id", UNSET)

        error_reference = d.pop("errorReference", UNSET)

        _extra = d.pop("extra", UNSET)
        extra: list[ErrorExtraItem] | Unset = UNSET
        if _extra is not UNSET:
            extra = []
            for extra_item_data in _extra:
                extra_item = ErrorExtraItem.from_dict(extra_item_data)

                extra.append(extra_item)

        note = d.pop("note", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[ErrorDetail] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ErrorDetail.from_dict(errors_item_data)

                errors.append(errors_item)

        error = cls(
            message=message,
            status=status,
            status_code=status_code,
            correlation_id=correlation_id,
            error_reference=error_reference,
            extra=extra,
            note=note,
            errors=errors,
        )

        error.additional_properties = d
        return error

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
