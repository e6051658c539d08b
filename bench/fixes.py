"""Fixes proposed by the benchmarks, applied only inside bench processes so that their effect is
measured next to the code as it is (the fixes themselves belong in generator/, owned by the
lead); P1 shows each as a case of its own beside ours.

No fix is proposed now. The last one, OpenAPI validation in a forked child while the parent
renders (P1 0.79x -> 0.59x of OpenAPI Generator, byte-identical output), is
generator/validation.py.
"""

from __future__ import annotations

from collections.abc import Callable

FIXES: tuple[str, ...] = ()
"""The fixes ``apply`` knows (each a function here, named in ``_FIXES``)."""


def apply(*names: str) -> None:
    for name in names or FIXES:
        _FIXES[name]()


_FIXES: dict[str, Callable[[], None]] = {}
