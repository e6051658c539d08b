from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail, ErrorDetailDict
    from ..models.error_extra_item import ErrorExtraItem, ErrorExtraItemDict


class Error(_m.BaseModel):
    """The error body the REST v2 pages show: `{status, message}`, or `{status_code, message}` on some playground examples
    (both spellings are documented, so both validate). Field Nation's newer error-code catalog describes RFC 9457
    problem details instead (`ProblemDetails`, served as `application/problem+json`); a client reads either. `errors`
    lists field-level problems; the local sandbox always fills it for 400 and 422.

        Example:
            {'status': 400, 'message': "Validation failed: field 'title' is required", 'errors': [{'field': 'body.title',
                'message': 'field required'}]}

        Attributes:
            message (str): Human readable reason.
            status (int | None): HTTP status code, repeated in the body. The playground's placeholder bodies show `500`
                under every status, so the value is not checked against the HTTP status.
            status_code (int | None): Alternative spelling of `status` on some playground examples (their placeholder shows
                `0`).
            correlation_id (str | None): Request id to quote to support.
            error_reference (str | None): Reference of the error, on the project dispatch settings pages' second error shape
                (`{message, errorReference, extra, note}`).
            extra (list[ErrorExtraItem] | None): Further details, on the same pages' second error shape (shown empty).
            note (str | None): A note on the error, on the same pages' second error shape.
            errors (list[ErrorDetail] | None): Field-level validation problems (the local sandbox's convention; Field
                Nation's REST v2 pages show none).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        message: str,
        status: int | Unset = UNSET,
        status_code: int | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
        error_reference: str | Unset = UNSET,
        extra: list[ErrorExtraItem] | Unset = UNSET,
        note: str | Unset = UNSET,
        errors: list[ErrorDetail] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("message", message)
        self._set("status", status)
        self._set("status_code", status_code)
        self._set("correlation_id", correlation_id)
        self._set("errorReference", error_reference)
        self._set("extra", extra)
        self._set("note", note)
        self._set("errors", errors)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.error_detail import ErrorDetail  # noqa: PLC0415
        from ..models.error_extra_item import ErrorExtraItem  # noqa: PLC0415

        return {
            "message": _m.Field(_m.STR, True, False),
            "status": _m.Field(_m.INT, False, False),
            "status_code": _m.Field(_m.INT, False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
            "errorReference": _m.Field(_m.STR, False, False),
            "extra": _m.Field(_m.List(_m.Model(ErrorExtraItem)), False, False),
            "note": _m.Field(_m.STR, False, False),
            "errors": _m.Field(_m.List(_m.Model(ErrorDetail)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def message(self) -> str:
        """Human readable reason."""
        return cast("str", self._get("message"))

    @message.setter
    def message(self, value: str) -> None:
        self._set("message", value)

    @property
    def status(self) -> int | None:
        """HTTP status code, repeated in the body. The playground's placeholder bodies show `500` under every
        status, so the value is not checked against the HTTP status."""
        return cast("int | None", self._get("status"))

    @status.setter
    def status(self, value: int | None) -> None:
        self._set("status", value)

    @property
    def status_code(self) -> int | None:
        """Alternative spelling of `status` on some playground examples (their placeholder shows `0`)."""
        return cast("int | None", self._get("status_code"))

    @status_code.setter
    def status_code(self, value: int | None) -> None:
        self._set("status_code", value)

    @property
    def correlation_id(self) -> str | None:
        """Request id to quote to support."""
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)

    @property
    def error_reference(self) -> str | None:
        """Reference of the error, on the project dispatch settings pages' second error shape (`{message,
        errorReference, extra, note}`)."""
        return cast("str | None", self._get("errorReference"))

    @error_reference.setter
    def error_reference(self, value: str | None) -> None:
        self._set("errorReference", value)

    @property
    def extra(self) -> list[ErrorExtraItem] | None:
        """Further details, on the same pages' second error shape (shown empty)."""
        return cast("list[ErrorExtraItem] | None", self._get("extra"))

    @extra.setter
    def extra(self, value: list[ErrorExtraItem] | None) -> None:
        self._set("extra", value)

    @property
    def note(self) -> str | None:
        """A note on the error, on the same pages' second error shape."""
        return cast("str | None", self._get("note"))

    @note.setter
    def note(self, value: str | None) -> None:
        self._set("note", value)

    @property
    def errors(self) -> list[ErrorDetail] | None:
        """Field-level validation problems (the local sandbox's convention; Field Nation's REST v2 pages show
        none)."""
        return cast("list[ErrorDetail] | None", self._get("errors"))

    @errors.setter
    def errors(self, value: list[ErrorDetail] | None) -> None:
        self._set("errors", value)


class ErrorDict(TypedDict, total=False):
    """:class:`Error` as plain data (JSON keys); accepted wherever the model is sent."""

    message: Required[str]
    status: int
    status_code: int
    correlation_id: str
    errorReference: str
    extra: list[ErrorExtraItem | ErrorExtraItemDict]
    note: str
    errors: list[ErrorDetail | ErrorDetailDict]
