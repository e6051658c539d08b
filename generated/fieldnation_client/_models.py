"""The models' core: lazy, lenient decoding from the answer's dict, strict checking on demand.

A model wraps the decoded JSON object as it came (``_data``) and decodes a field only when it
is read, with a small decoder per field type. A real answer that differs from the spec never
crashes a read: an absent field reads ``None``, an unknown field is kept (``additional_properties``),
an unknown enum value becomes an ``UNKNOWN`` member, and a value of the wrong type is returned
as it came and reported once at DEBUG level on the ``fieldnation_client`` logger. With
``strict=True`` on the client, an answer is checked whole before it is returned and the first
mismatch raises ``APIResponseValidationError`` with its JSON pointer.

Money fields decode to ``Decimal`` (from the number's shortest text, so 150.10 stays 150.1
exactly), and :func:`dumps` writes a ``Decimal`` back as a JSON number with its exact digits.
"""

from __future__ import annotations

import datetime
import enum
import json
import logging
import re
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar, NamedTuple, TypeVar
from uuid import UUID as _UUID

from .types import UNSET, File

_fast_loads: Callable[[bytes], Any] | None
try:  # optional: parses answers about twice as fast as json.loads when installed
    from orjson import loads as _fast_loads
except ImportError:  # pragma: no cover - depends on the environment
    _fast_loads = None

__all__ = ["BaseModel", "Invalid", "dumps", "encode"]

log = logging.getLogger("fieldnation_client")
M = TypeVar("M", bound="BaseModel")


class Invalid(Exception):
    """An answer does not match its schema (strict mode); ``pointer`` says where."""

    def __init__(self, pointer: str, message: str) -> None:
        super().__init__(f"{pointer or '/'}: {message}")
        self.pointer = pointer or "/"
        self.message = message


class _Mismatch(Exception):
    """A value's type is not the declared one (lenient decoding keeps the raw value)."""


_MISMATCH = _Mismatch()
_reported: set[tuple[str, str]] = set()


def _report(where: str, key: str, expected: str, raw: Any) -> None:
    """Log a kept raw value once per model field (DEBUG, value type only: no data leaks)."""
    if (where, key) in _reported:
        return
    _reported.add((where, key))
    log.debug("%s.%s: expected %s, got %s; the raw value is kept", where, key, expected, type(raw).__name__)


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


class Decoder:
    """Turns one raw JSON value (never ``None``) into its Python value, or raises ``_MISMATCH``."""

    expected = "any"
    fast: type | None = None
    """A raw value of exactly this type is returned as is (no call)."""
    cache = False
    """Whether the decoded value is kept on the model (mutable or costly values)."""

    def decode(self, raw: Any) -> Any:
        return raw

    def decode_branch(self, raw: Any) -> Any:
        """Decode as one branch of a union (models also need their required keys)."""
        return self.decode(raw)

    def check(self, raw: Any, pointer: str) -> None:
        try:
            self.decode(raw)
        except _Mismatch:
            raise Invalid(pointer, f"expected {self.expected}, got {_kind(raw)}") from None

    def lenient(self, raw: Any, where: str, key: str) -> Any:
        if raw is None:
            return None
        try:
            return self.decode(raw)
        except _Mismatch:
            _report(where, key, self.expected, raw)
            return raw


def _kind(raw: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(raw), "number" if isinstance(raw, (int, float)) else type(raw).__name__
    )


class _Str(Decoder):
    expected = "string"
    fast = str

    def decode(self, raw: Any) -> Any:
        if type(raw) is str:
            return raw
        raise _MISMATCH


class _Int(Decoder):
    expected = "integer"
    fast = int

    def decode(self, raw: Any) -> Any:
        if type(raw) is int:
            return raw
        if type(raw) is float and raw.is_integer():
            return int(raw)
        raise _MISMATCH


class _Float(Decoder):
    expected = "number"
    fast = float

    def decode(self, raw: Any) -> Any:
        if type(raw) is float or type(raw) is int:
            return raw
        raise _MISMATCH


class _Decimal(Decoder):
    expected = "number (money)"

    def decode(self, raw: Any) -> Any:
        kind = type(raw)
        if kind is float:
            return Decimal(repr(raw))  # the shortest text that round-trips: 150.1, not 150.0999...
        if kind is int or kind is Decimal:
            return Decimal(raw)
        if kind is str:  # some documented answers quote amounts ("50.00")
            try:
                value = Decimal(raw)
            except InvalidOperation:
                raise _MISMATCH from None
            if value.is_finite():
                return value
        raise _MISMATCH


class _Bool(Decoder):
    expected = "boolean"
    fast = bool

    def decode(self, raw: Any) -> Any:
        if type(raw) is bool:
            return raw
        raise _MISMATCH


class _DateTime(Decoder):
    expected = "date-time string"
    cache = True

    def decode(self, raw: Any) -> Any:
        if type(raw) is str:
            try:
                return datetime.datetime.fromisoformat(raw)
            except ValueError:
                pass
        raise _MISMATCH


class _Date(Decoder):
    expected = "date string"
    cache = True

    def decode(self, raw: Any) -> Any:
        if type(raw) is str:
            try:
                return datetime.date.fromisoformat(raw)
            except ValueError:
                pass
        raise _MISMATCH


class _Uuid(Decoder):
    expected = "uuid string"
    cache = True

    def decode(self, raw: Any) -> Any:
        if type(raw) is str:
            try:
                return _UUID(raw)
            except ValueError:
                pass
        raise _MISMATCH


STR: Decoder = _Str()
INT: Decoder = _Int()
FLOAT: Decoder = _Float()
DECIMAL: Decoder = _Decimal()
BOOL: Decoder = _Bool()
DATETIME: Decoder = _DateTime()
DATE: Decoder = _Date()
UUID: Decoder = _Uuid()
ANY: Decoder = Decoder()


class Const(Decoder):
    def __init__(self, value: Any) -> None:
        self.value = value
        self.expected = repr(value)

    def decode(self, raw: Any) -> Any:
        if raw == self.value and type(raw) is type(self.value):
            return raw
        raise _MISMATCH


class Enum(Decoder):
    """Known values become members; an unknown one an ``UNKNOWN`` member (strict: an error)."""

    def __init__(self, cls: type[enum.Enum]) -> None:
        self.cls = cls
        self.expected = f"one of {[m.value for m in cls]}"
        self.kind: type = type(next(iter(cls)).value) if len(cls) else str

    def decode(self, raw: Any) -> Any:
        if type(raw) is not self.kind:
            raise _MISMATCH
        member = self.cls._value2member_map_.get(raw)
        if member is not None:
            return member
        _report(self.cls.__name__, str(raw)[:40], "a known value", raw)
        return self.cls(raw)

    def check(self, raw: Any, pointer: str) -> None:
        if type(raw) is not self.kind or raw not in self.cls._value2member_map_:
            raise Invalid(pointer, f"expected {self.expected}, got {raw!r}"[:300])


class Model(Decoder):
    cache = True

    def __init__(self, cls: type[BaseModel]) -> None:
        self.cls = cls
        self.expected = f"object ({cls.__name__})"

    def decode(self, raw: Any) -> Any:
        if type(raw) is dict:
            return self.cls._wrap(raw)
        raise _MISMATCH

    def decode_branch(self, raw: Any) -> Any:
        if type(raw) is dict and all(k in raw for k in self.cls._required()):
            return self.cls._wrap(raw)
        raise _MISMATCH

    def check(self, raw: Any, pointer: str) -> None:
        if type(raw) is not dict:
            raise Invalid(pointer, f"expected {self.expected}, got {_kind(raw)}")
        self.cls._check(raw, pointer)


class List(Decoder):
    """A list; an item of the wrong type is kept as it came (and reported once)."""

    cache = True

    def __init__(self, item: Decoder) -> None:
        self.item = item
        self.expected = f"array of {item.expected}"

    def decode(self, raw: Any) -> Any:
        if type(raw) is not list:
            raise _MISMATCH
        item = self.item
        if item is ANY:
            return raw
        out: list[Any] = []
        for value in raw:
            if value is None:
                out.append(None)
                continue
            try:
                out.append(item.decode(value))
            except _Mismatch:
                _report("list", self.expected, item.expected, value)
                out.append(value)
        return out

    def check(self, raw: Any, pointer: str) -> None:
        if type(raw) is not list:
            raise Invalid(pointer, f"expected {self.expected}, got {_kind(raw)}")
        for i, value in enumerate(raw):
            if value is not None:
                self.item.check(value, f"{pointer}/{i}")


class Union(Decoder):
    """The first branch that accepts the value."""

    cache = True

    def __init__(self, branches: tuple[Decoder, ...]) -> None:
        self.branches = branches
        self.expected = " or ".join(b.expected for b in branches)

    def decode(self, raw: Any) -> Any:
        for branch in self.branches:
            try:
                return branch.decode_branch(raw)
            except _Mismatch:
                continue
        for branch in self.branches:  # no model had all its required keys: the first that takes it
            try:
                return branch.decode(raw)
            except _Mismatch:
                continue
        raise _MISMATCH

    def check(self, raw: Any, pointer: str) -> None:
        problems = []
        for branch in self.branches:
            try:
                branch.check(raw, pointer)
                return
            except Invalid as exc:
                problems.append(exc)
        deepest = max(problems, key=lambda e: len(e.pointer))
        if deepest.pointer != (pointer or "/"):
            raise deepest
        raise Invalid(pointer, f"expected {self.expected}, got {_kind(raw)}")


class Field(NamedTuple):
    """One declared field of a model."""

    decoder: Decoder
    required: bool = False
    nullable: bool = False


def encode(value: Any) -> Any:
    """A Python value as JSON-ready data (``Decimal`` and ``File`` stay as they are)."""
    if isinstance(value, BaseModel):
        return value._data
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, _UUID):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items() if v is not UNSET}
    return value


_DECIMAL_MARK = "\u0000fn-decimal:"
_DECIMAL_TEXT = re.compile(r'"\\u0000fn-decimal:([-+0-9.eE]+)"')


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal) and value.is_finite():
        return _DECIMAL_MARK + str(value)
    if isinstance(value, BaseModel):
        return value._data
    encoded = encode(value)
    if encoded is value:
        raise TypeError(f"{type(value).__name__} is not JSON serializable")
    return encoded


def dumps(value: Any) -> bytes:
    """JSON bytes of a request body; a ``Decimal`` is written with its exact digits."""
    text = json.dumps(value, default=_json_default, separators=(",", ":"), ensure_ascii=False)
    if _DECIMAL_MARK[1:] in text:
        text = _DECIMAL_TEXT.sub(r"\1", text)
    return text.encode()


class BaseModel:
    """A view of one JSON object. Fields are properties generated per model."""

    __slots__ = ("_cache", "_data", "_request_id")
    _table: ClassVar[dict[str, Field] | None] = None
    _secrets: ClassVar[frozenset[str]] = frozenset()

    _data: dict[str, Any]
    _cache: dict[str, Any] | None
    _request_id: str | None
    """The answer's request id (``correlation_id``) on a model an operation returned."""

    @classmethod
    def _fields(cls) -> dict[str, Field]:
        return {}

    @classmethod
    def _fields_table(cls) -> dict[str, Field]:
        table = cls.__dict__.get("_table")
        if table is None:
            table = cls._fields()
            cls._table = table
        return table

    @classmethod
    def _extra_decoder(cls) -> Decoder | None:
        """The decoder of fields the spec leaves open (``additionalProperties: {schema}``)."""
        return None

    @classmethod
    def _required(cls) -> list[str]:
        return [k for k, f in cls._fields_table().items() if f.required]

    @classmethod
    def _wrap(cls: type[M], data: dict[str, Any]) -> M:
        self = cls.__new__(cls)
        self._data = data
        self._cache = None
        self._request_id = None
        return self

    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M:
        """The model over ``src_dict`` (copied at the top level), decoded field by field on read;
        never raises for a dict, whatever its shape (see :meth:`validate`)."""
        return cls._wrap(dict(src_dict))

    @classmethod
    def validate(cls: type[M], src_dict: Any) -> M:
        """Like :meth:`from_dict`, after checking the whole value against the schema.

        Raises:
            Invalid: The first mismatch, with its JSON pointer.
        """
        if type(src_dict) is not dict:
            raise Invalid("", f"expected object ({cls.__name__}), got {_kind(src_dict)}")
        cls._check(src_dict, "")
        return cls._wrap(dict(src_dict))

    @classmethod
    def _check(cls, data: dict[str, Any], pointer: str) -> None:
        table = cls._fields_table()
        for key, field in table.items():
            where = f"{pointer}/{_escape(key)}"
            if key not in data:
                if field.required:
                    raise Invalid(where, "required field is missing")
                continue
            raw = data[key]
            if raw is None:
                if field.nullable or not field.required:
                    continue
                raise Invalid(where, "null where the schema does not allow it")
            field.decoder.check(raw, where)
        extra = cls._extra_decoder()
        if extra is not None:
            for key, raw in data.items():
                if key not in table and raw is not None:
                    extra.check(raw, f"{pointer}/{_escape(key)}")

    def _get(self, key: str) -> Any:
        cache = self._cache
        if cache is not None and key in cache:
            return cache[key]
        raw = self._data.get(key)
        if raw is None:
            return None
        decoder = (type(self)._table or self._fields_table())[key].decoder
        if type(raw) is decoder.fast:  # str, int, bool already are what they should be
            return raw
        try:
            value = decoder.decode(raw)
        except _Mismatch:
            _report(type(self).__name__, key, decoder.expected, raw)
            return raw
        if decoder.cache:
            if cache is None:
                self._cache = cache = {}
            cache[key] = value
        return value

    def _set(self, key: str, value: Any) -> None:
        if self._cache is not None:
            self._cache.pop(key, None)
        if value is UNSET:
            self._data.pop(key, None)
        else:
            self._data[key] = encode(value)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object (a copy); money stays ``Decimal`` (send it with :func:`dumps`)."""
        return dict(_copy(self._data))

    def to_multipart(self) -> list[tuple[str, Any]]:
        """The fields as ``multipart/form-data`` parts (files as files, objects as JSON)."""
        parts: list[tuple[str, Any]] = []
        for key, value in self._data.items():
            if isinstance(value, File):
                parts.append((key, value.to_tuple()))
            elif isinstance(value, (dict, list)):
                parts.append((key, (None, dumps(value), "application/json")))
            elif isinstance(value, bool):
                parts.append((key, (None, b"true" if value else b"false", "text/plain")))
            elif value is not None:
                parts.append((key, (None, str(value).encode(), "text/plain")))
        return parts

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the spec does not list for this model, as they came."""
        table = self._fields_table()
        return {k: v for k, v in self._data.items() if k not in table}

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        if key in self._fields_table() or key not in self._data:
            raise KeyError(key)
        raw = self._data[key]
        extra = self._extra_decoder()
        return raw if extra is None else extra.lenient(raw, type(self).__name__, key)

    def __setitem__(self, key: str, value: Any) -> None:
        self._set(key, value)

    def __delitem__(self, key: str) -> None:
        del self._data[key]
        if self._cache is not None:
            self._cache.pop(key, None)

    def __contains__(self, key: str) -> bool:
        return key in self._data and key not in self._fields_table()

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, BaseModel)
        return self._data == other._data

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        secrets = self._secrets
        shown = ", ".join(f"{k}={'***' if k in secrets else _short(v)}" for k, v in self._data.items())
        return f"{type(self).__name__}({shown})"

    def __getstate__(self) -> dict[str, Any]:
        return {"data": self._data}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._data = state["data"]
        self._cache = None
        self._request_id = None


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _copy(value: Any) -> Any:
    if type(value) is dict:
        return {k: _copy(v) for k, v in value.items()}
    if type(value) is list:
        return [_copy(v) for v in value]
    return value


def decode_body(decoder: Decoder, data: Any, strict: bool) -> Any:
    """An operation's success body: checked first when ``strict``, then decoded leniently."""
    if strict:
        if data is None:
            raise Invalid("", "expected a body, got null")
        decoder.check(data, "")
    if data is None:
        return None
    return decoder.lenient(data, "response", "body")


def json_body(response: Any) -> Any:
    """The decoded JSON of a success response (``None`` when empty).

    Raises:
        Invalid: The body is not JSON.
    """
    content = response.content
    if not content:
        return None
    if _fast_loads is not None:
        try:
            return _fast_loads(content)
        except ValueError:  # what orjson refuses (NaN, huge integers) json may still read
            pass
    try:
        return json.loads(content)
    except ValueError as exc:
        raise Invalid("", f"the body is not JSON: {exc}") from None
