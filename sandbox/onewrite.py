"""A transport that sends a response's head and body in one write.

uvicorn's httptools protocol writes the status line and headers with one ``transport.write``
and the body with another: two send syscalls and two TCP segments per response, for answers
of a few hundred bytes. ``OneWriteTransport`` stands between the protocol and the real
transport and holds a response head that announces a Content-Length until the next write (the
body), then writes both at once. Everything else passes straight through: a head without a
Content-Length (chunked streaming, where the head must go out at once), interim answers such as
``100 Continue``, bodies. What is held is written before any other write and before the
transport closes, and ``flush`` (called by the protocol when a response completes) sends the
head of an answer without a body (HEAD, a 304 with a Content-Length); ``abort`` and a lost
connection drop it with the rest of the unsent output.

At most one head (a few hundred bytes) is ever held, and only for the moment between uvicorn's
two writes: the real transport's write buffer and its flow control (pause_writing /
resume_writing to the protocol) see every byte as before, one write later.
"""

from __future__ import annotations

import asyncio
from typing import Any

_HEAD_END = b"\r\n\r\n"
_LENGTH = b"\r\ncontent-length:"
"""uvicorn writes header names lower-cased, one per line after the status line."""


def holds(data: bytes) -> bool:
    """Whether ``data`` is a whole final (non-1xx) response head with a Content-Length, as
    uvicorn writes it: a body follows it, or, when none does, the response completes."""
    return (
        data.startswith(b"HTTP/1.1 ")
        and data[9:10] != b"1"
        and data.endswith(_HEAD_END)
        and _LENGTH in data
        and data.find(_HEAD_END) == len(data) - 4
    )


class OneWriteTransport(asyncio.Transport):
    """The real transport, with a response head held until its body (module docstring)."""

    __slots__ = ("_held", "_transport")

    def __init__(self, transport: asyncio.Transport) -> None:
        super().__init__()
        self._transport = transport
        self._held: bytes | None = None

    @property
    def held(self) -> bool:
        return self._held is not None

    def write(self, data: bytes | bytearray | memoryview) -> None:
        held = self._held
        if held is not None:
            self._held = None
            self._transport.write(held + data)
        elif type(data) is bytes and holds(data):
            self._held = data
        else:
            self._transport.write(data)

    def writelines(self, list_of_data: Any) -> None:
        self.write(b"".join(list_of_data))

    def flush(self) -> None:
        """Write a held head now (its response completed without a body write)."""
        held = self._held
        if held is not None:
            self._held = None
            self._transport.write(held)

    def discard(self) -> None:
        """Forget a held head (the connection is gone)."""
        self._held = None

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def abort(self) -> None:
        self._held = None
        self._transport.abort()

    def write_eof(self) -> None:
        self.flush()
        self._transport.write_eof()

    def can_write_eof(self) -> bool:
        return self._transport.can_write_eof()

    def is_closing(self) -> bool:
        return self._transport.is_closing()

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return self._transport.get_extra_info(name, default)

    def set_protocol(self, protocol: asyncio.BaseProtocol) -> None:
        self.flush()
        self._transport.set_protocol(protocol)

    def get_protocol(self) -> asyncio.BaseProtocol:
        return self._transport.get_protocol()

    def is_reading(self) -> bool:
        return self._transport.is_reading()

    def pause_reading(self) -> None:
        self._transport.pause_reading()

    def resume_reading(self) -> None:
        self._transport.resume_reading()

    def set_write_buffer_limits(self, high: int | None = None, low: int | None = None) -> None:
        self._transport.set_write_buffer_limits(high, low)

    def get_write_buffer_size(self) -> int:
        return self._transport.get_write_buffer_size() + len(self._held or b"")

    def get_write_buffer_limits(self) -> tuple[int, int]:
        return self._transport.get_write_buffer_limits()
