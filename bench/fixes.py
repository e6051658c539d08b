"""Fixes proposed by the benchmarks, applied only inside bench processes so that their effect is
measured next to the code as it is (the fixes themselves belong in generator/, owned by the
lead). The bench checks that the output is byte-identical with and without them.

``parallel_validation``: validating the bundle (openapi-spec-validator) is pure CPU and
independent of rendering, yet runs before it on one core of two. Here it runs in a forked
child while the parent renders; the parent waits for its verdict before swapping the new tree
into place (so a bad spec still leaves the output untouched) and, on a failure, validates
again itself to raise the usual located errors (also when rendering failed first).
"""

from __future__ import annotations

import multiprocessing
from typing import Any

FIXES = ("parallel_validation",)
"""An earlier proposal, the shallow copy in openapi-python-client's ``sort_parameters``, was
measured here and now lives in generator/speedups.py."""


def apply(*names: str) -> None:
    for name in names or FIXES:
        {"parallel_validation": _parallel_validation}[name]()


def _parallel_validation() -> None:
    from generator import client_project as project
    from generator import generate as gen

    fork = multiprocessing.get_context("fork")
    validate, swap_dir, render = gen.validate, gen._swap_dir, project.render_client
    pending: list[tuple[Any, Any, Any]] = []

    def start(result: Any) -> None:
        receiver, sender = fork.Pipe(duplex=False)

        def child() -> None:
            try:
                validate(result)
                sender.send(None)
            except Exception as exc:  # the parent re-validates to raise the real errors
                sender.send(repr(exc))

        proc = fork.Process(target=child, daemon=True)
        proc.start()
        sender.close()  # so that a child that dies makes recv() raise instead of hang
        pending.append((proc, receiver, result))

    def settle() -> None:
        """Wait for the child's verdict; on a failure, raise the located errors here."""
        while pending:
            proc, receiver, result = pending.pop()
            try:
                verdict = receiver.recv()
            except EOFError:
                verdict = "the validating child died"
            proc.join()
            if verdict is not None:
                validate(result)

    def render_then_settle(*args: Any, **kwargs: Any) -> Any:
        try:
            return render(*args, **kwargs)
        except Exception:
            settle()  # an invalid spec reports the validator's errors, not the renderer's
            raise

    def finish_then_swap(new: Any, dest: Any) -> None:
        settle()
        swap_dir(new, dest)

    gen.validate = start
    gen._swap_dir = finish_then_swap
    project.render_client = render_then_settle
