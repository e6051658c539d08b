"""The API's error envelope, raised from anywhere in the sandbox."""

from __future__ import annotations

from typing import Any

REASONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
}


class ApiError(Exception):
    """An error answer: ``{status, message, errors?}`` with the given HTTP status."""

    def __init__(
        self,
        status: int,
        message: str,
        errors: list[dict[str, str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors
        self.headers = headers or {}
        self.keep_writes = False
        """Commit the request's writes although it fails (a failed login is recorded)."""

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"status": self.status, "message": self.message}
        if self.errors:
            out["errors"] = self.errors
        return out


def not_found(what: str, ident: object) -> ApiError:
    return ApiError(404, f"{what} {ident} not found")


def conflict(message: str) -> ApiError:
    return ApiError(409, message)


def unprocessable(field: str, message: str) -> ApiError:
    return ApiError(422, f"{field}: {message}", [{"field": field, "message": message}])
