"""One error type for everything wrong with the spec, so the CLI can print it plainly."""

from __future__ import annotations


def escape_token(token: str | int) -> str:
    """Escape one JSON-pointer reference token (RFC 6901)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(*tokens: str | int) -> str:
    """Build a JSON pointer from raw tokens."""
    return "".join("/" + escape_token(t) for t in tokens)


class SpecError(Exception):
    """A problem in a spec source file, located by file and JSON pointer."""

    def __init__(self, file: str, ptr: str, message: str) -> None:
        super().__init__(f"{file}#{ptr}: {message}")
        self.file = file
        self.pointer = ptr
        self.message = message


class SpecErrors(Exception):
    """Several located problems found in one pass."""

    def __init__(self, errors: list[SpecError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


class ReleaseError(Exception):
    """A release step cannot go on (unknown git ref, stale package, failed upload)."""
