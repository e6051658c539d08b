"""Exceptions raised by the client: one class per HTTP status under :class:`APIStatusError`.

Every message is redacted (the token rides in the URL), and every status error carries the
status code, the API's own message and the ``httpx.Response``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import httpx

from ._redact import redact

if TYPE_CHECKING:
    from ._retry import Attempt

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "FieldNationError",
    "ForbiddenError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnauthorizedError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "error_for_response",
]


class FieldNationError(Exception):
    """Base class of every error raised by this package."""


class APIError(FieldNationError):
    """A request did not produce a usable answer.

    Attributes:
        message: What went wrong (secrets scrubbed).
        attempts: Every try the call made, oldest first (retries included): a PUT that ends in
            409 after an attempt whose answer was lost may well have succeeded the first time.
        request_id: The id to quote to Field Nation's support (``correlation_id``), when known.
    """

    message: str
    attempts: list[Attempt]
    request_id: str | None = None

    def __init__(self, message: str) -> None:
        self.message = redact(message)
        self.attempts = []
        super().__init__(self.message)

    def __str__(self) -> str:
        text = self.message
        if len(self.attempts) > 1:
            text += (
                f" [after {len(self.attempts)} attempts: " + "; ".join(str(a) for a in self.attempts) + "]"
            )
        return text

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class APIConnectionError(APIError):
    """The server could not be reached (DNS, refused, reset, TLS...)."""

    def __init__(self, message: str = "Connection error.") -> None:
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, message: str = "Request timed out.") -> None:
        super().__init__(message)


class APIResponseValidationError(APIError):
    """A success answer did not match the spec (``strict=True``), or was not JSON at all.

    Attributes:
        status_code: The answer's HTTP status.
        operation: The operation's name (``get_work_order``).
        pointer: JSON pointer of the first mismatch in the body (``/pay/base/amount``).
        response: The ``httpx.Response``.
    """

    def __init__(self, message: str, *, response: httpx.Response, operation: str, pointer: str) -> None:
        super().__init__(
            f"{operation}: {response.status_code} answer does not match the spec at {pointer}: {message}"
        )
        self.status_code = response.status_code
        self.operation = operation
        self.pointer = pointer
        self.response = response


class APIStatusError(APIError):
    """The API answered with an error status (4xx/5xx)."""

    status_code: int
    response: httpx.Response
    body: Any
    """The decoded JSON error envelope, or the raw text when it was not JSON."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message)
        self.status_code = response.status_code
        self.response = response
        self.body = body

    def __str__(self) -> str:
        text = f"{self.status_code}: {super().__str__()}"
        lost = [a for a in self.attempts[:-1] if a.status_code is None and a.sent]
        if lost and self.status_code in (404, 409):
            text += " (an earlier attempt was sent but its answer was lost: it may have succeeded)"
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class BadRequestError(APIStatusError):
    """400: the request was malformed or failed validation."""


class UnauthorizedError(APIStatusError):
    """401: the access token is missing, invalid or expired."""


class ForbiddenError(APIStatusError):
    """403: the token's user may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource (or it belongs to another company)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state (e.g. an illegal transition)."""


class UnprocessableEntityError(APIStatusError):
    """422: well-formed, but refers to something that cannot be used."""


class RateLimitError(APIStatusError):
    """429: too many requests; retried automatically up to ``max_retries``."""


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


class UnexpectedStatus(APIStatusError):
    """A status code the spec does not document for this operation."""


AuthenticationError = UnauthorizedError
PermissionDeniedError = ForbiddenError

_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _message(body: Any, response: httpx.Response) -> str:
    """The API's message, whichever of its documented error shapes the body has."""
    if isinstance(body, dict):
        # {status, message} / {status_code, message}, OAuth {error, error_description},
        # RFC 9457 application/problem+json {type, title, status, detail}
        for key in ("message", "error_description", "detail", "error", "title"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
            if isinstance(value, dict) and isinstance(value.get("message"), str):
                return str(value["message"])
        errors = body.get("errors")
        if isinstance(errors, list) and errors and isinstance(errors[0], dict):
            return str(errors[0].get("message", errors[0]))
    if isinstance(body, str) and body.strip():
        return body.strip()[:500]
    return response.reason_phrase or f"HTTP {response.status_code}"


def error_for_response(response: httpx.Response, attempts: list[Attempt] | None = None) -> APIStatusError:
    """The typed exception for an error response."""
    try:
        body: Any = json.loads(response.content) if response.content else None
    except ValueError:
        body = response.text
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else UnexpectedStatus
    error = cls(_message(body, response), response=response, body=body)
    error.attempts = list(attempts or [])
    from ._response import request_id

    error.request_id = request_id(response, body)
    return error


_TOKEN_PROBLEMS = (
    "valid oauth token",
    "invalid_token",
    "token expired",
    "expired token",
    "token has expired",
)


def token_rejected(error: APIStatusError) -> bool:
    """Whether the API refused the access token: a 401, or the 400 the API answers for an
    expired token ("You must provide a valid OAuth token...", legacy docs)."""
    if error.status_code == 401:
        return True
    if error.status_code != 400:
        return False
    text = error.message.lower()
    if isinstance(error.body, dict):
        text += " " + str(error.body.get("error", "")).lower()
    return any(problem in text for problem in _TOKEN_PROBLEMS)
