"""A stateful local implementation of the Field Nation Client API (all operations of the
spec), with persistence, tenancy, the work-order lifecycle and an interactive playground."""

from .app import create_app

__all__ = ["create_app"]
