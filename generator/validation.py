"""OpenAPI validation of the bundle, run beside rendering.

openapi-spec-validator is ~40% of a full regeneration, pure CPU and independent of rendering,
which it used to precede on one core of two. ``Validation`` starts it in a forked child while
the parent renders; ``settle`` waits for the verdict before anything is written, so an invalid
spec still leaves ``generated/`` and the bundle untouched. On a failure (or if the child dies)
the parent validates again itself, so the errors are the usual ones, located in the sources.
Without ``fork`` (or with one core) it validates in place, first, as before.
"""

from __future__ import annotations

import multiprocessing
import os
from typing import TYPE_CHECKING, Any

from .errors import SpecErrors

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from .bundle import Bundle


def validate(result: Bundle) -> None:
    """OpenAPI validity, located in the sources (full project rules live in ``check``)."""
    from .lint import openapi_problems

    problems = openapi_problems(result)
    if problems:
        raise SpecErrors(problems)


def _parallel() -> bool:
    return (os.cpu_count() or 1) > 1 and "fork" in multiprocessing.get_all_start_methods()


class Validation:
    """``start`` (returns at once when run in a child), then ``settle`` (raises on errors)."""

    def __init__(self, result: Bundle) -> None:
        self.result = result
        self._child: Any = None
        self._verdict: Connection | None = None

    def start(self) -> Validation:
        if not _parallel():
            validate(self.result)
            return self
        fork = multiprocessing.get_context("fork")
        receiver, sender = fork.Pipe(duplex=False)
        self._child = fork.Process(target=_child, args=(self.result, sender), daemon=True)
        self._child.start()
        sender.close()  # a child that dies then makes recv() raise instead of hang
        self._verdict = receiver
        return self

    def settle(self) -> None:
        if self._verdict is None:
            return
        receiver, self._verdict = self._verdict, None
        try:
            valid = bool(receiver.recv())
        except EOFError:  # the child died: find out here
            valid = False
        finally:
            receiver.close()
            self._child.join()
        if not valid:
            validate(self.result)


def _child(result: Bundle, sender: Connection) -> None:
    try:
        validate(result)
        sender.send(True)
    except BaseException:  # the parent validates again and raises the located errors
        sender.send(False)
    finally:
        sender.close()
