"""JSON for the plain dataclasses of ``graphkit.model`` (no pickle: files a store keeps must
stay readable by later versions and safe to open).

``to_json`` turns a dataclass (nested lists, tuples, dates, optionals) into JSON-ready
values; ``from_json`` rebuilds it from the field type hints. Only what the model uses is
supported: dataclasses, ``list``, ``tuple``, ``X | None``, ``date``, ``str``, ``int``,
``bool``, ``float``.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any, TypeVar, Union

T = TypeVar("T")


_SCALARS = (str, int, float, bool, type(None))


def to_json(value: Any) -> Any:
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    names = _field_names(type(value))
    if names is None:
        return value
    return {name: to_json(getattr(value, name)) for name in names}


@cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    """A dataclass's field names (None for other types), looked up once per class."""
    if not dataclasses.is_dataclass(cls):
        return None
    return tuple(f.name for f in dataclasses.fields(cls))


@cache
def _field_types(cls: type) -> tuple[tuple[str, Any], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls) if f.init)


Decoder = Callable[[Any], Any]


def from_json(kind: Any, data: Any) -> Any:
    """``data`` (from :func:`to_json`) as an instance of ``kind`` (a type hint)."""
    return _decoder(kind)(data)


def _plain(data: Any) -> Any:
    return data


@cache
def _decoder(kind: Any) -> Decoder:
    """A function that rebuilds values of ``kind``, worked out once per type hint (a store
    loads thousands of results: reading the hints per value was most of the cost)."""
    origin = typing.get_origin(kind)
    if origin in (Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        inner = _decoder(options[0])
        return lambda data: None if data is None else inner(data)
    if origin is list:
        (item,) = typing.get_args(kind)
        return _sequence(list, [_decoder(item)], repeat=True)
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return _sequence(tuple, [_decoder(args[0])], repeat=True)
        return _sequence(tuple, [_decoder(a) for a in args], repeat=False)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _dataclass_decoder(kind)
    if kind is date:
        return lambda data: None if data is None else date.fromisoformat(data)
    return _plain


def _sequence(make: type, items: list[Decoder], *, repeat: bool) -> Decoder:
    if repeat:
        (item,) = items
        if item is _plain:
            return lambda data: None if data is None else make(data)
        return lambda data: None if data is None else make([item(x) for x in data])
    return lambda data: None if data is None else make(
        [decode(x) for decode, x in zip(items, data)])


def _dataclass_decoder(kind: type) -> Decoder:
    fields: list[tuple[str, Decoder]] = []

    def decode(data: Any) -> Any:
        if data is None:
            return None
        if not fields:   # filled on first use: a dataclass may refer to itself
            fields.extend((name, _decoder(hint)) for name, hint in _field_types(kind))
        return kind(**{name: decode_field(data[name]) for name, decode_field in fields
                     if name in data})

    return decode


def load(cls: type[T], data: Any) -> T:
    return typing.cast(T, from_json(cls, data))
