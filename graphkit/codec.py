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
from datetime import date
from functools import cache
from typing import Any, TypeVar, Union

T = TypeVar("T")


def to_json(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


@cache
def _field_types(cls: type) -> tuple[tuple[str, Any], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls) if f.init)


def from_json(kind: Any, data: Any) -> Any:
    """``data`` (from :func:`to_json`) as an instance of ``kind`` (a type hint)."""
    if data is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        return from_json(options[0], data)
    if origin is list:
        (item,) = typing.get_args(kind)
        return [from_json(item, x) for x in data]
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_json(args[0], x) for x in data)
        return tuple(from_json(a, x) for a, x in zip(args, data))
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return kind(**{name: from_json(hint, data[name])
                       for name, hint in _field_types(kind) if name in data})
    if kind is date:
        return date.fromisoformat(data)
    return data


def load(cls: type[T], data: Any) -> T:
    return typing.cast(T, from_json(cls, data))
