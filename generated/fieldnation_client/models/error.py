from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail, ErrorDetailDict


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
        errors: list[ErrorDetail] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("message", message)
        self._set("status", status)
        self._set("status_code", status_code)
        self._set("correlation_id", correlation_id)
        self._set("errors", errors)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.error_detail import ErrorDetail  # noqa: PLC0415

        return {
            "message": _m.Field(_m.STR, True, False),
            "status": _m.Field(_m.INT, False, False),
            "status_code": _m.Field(_m.INT, False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
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
    errors: list[ErrorDetail | ErrorDetailDict]
