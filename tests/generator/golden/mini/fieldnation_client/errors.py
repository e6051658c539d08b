"""Kept for compatibility with openapi-python-client's layout; see ``_exceptions``."""

from ._exceptions import UnexpectedStatus

__all__ = ["UnexpectedStatus"]
