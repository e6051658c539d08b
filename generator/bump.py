"""Semantic-version bumps, shared by the HTTP and the Python API diffs."""

from __future__ import annotations

from enum import IntEnum


class Bump(IntEnum):
    """A semantic-version bump; a change requires at least its own level."""

    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3

    def __str__(self) -> str:
        return self.name.lower()
