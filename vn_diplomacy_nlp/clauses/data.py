"""The clause layer as plain data (dicts, lists, ints, strings, booleans, ``None``).

``vn_clauses`` stores clauses on the spaCy ``Doc`` in this form, so ``doc.to_bytes()``,
``DocBin(store_user_data=True)``, pickling and ``nlp.pipe(n_process=N)`` keep them; a
clause read back is equal to the one written (tests check the round trip). A clause is a
dict of its fields (``Clause``, with ``Predicate`` and ``Phrase`` as dicts of theirs),
token ranges are ``[lo, hi]`` lists. The conversion follows the dataclasses' type hints,
so a field added to the model is stored without touching this module.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from functools import cache
from typing import Any

from .model import Clause


def clause_to_data(clause: Clause) -> dict[str, Any]:
    """``clause`` as a dict of plain values."""
    return _writer(Clause)(clause)


def clause_from_data(data: dict[str, Any]) -> Clause:
    """The :class:`Clause` that :func:`clause_to_data` gave ``data`` for."""
    return _reader(Clause)(data)


Convert = Callable[[Any], Any]


@cache
def _writer(hint: Any) -> Convert:
    """A function that turns a value of type ``hint`` into plain data (compiled once per
    type: the layer is written for every document)."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        writers = [(f.name, _writer(hints[f.name])) for f in fields(hint)]

        def write_dataclass(value: Any) -> dict[str, Any]:
            return {name: write(getattr(value, name)) for name, write in writers}

        return write_dataclass
    if origin in (types.UnionType, typing.Union):
        (inner,) = [a for a in args if a is not type(None)]  # the model's unions are X | None
        write_inner = _writer(inner)
        if write_inner is _identity:
            return _identity
        return lambda value: None if value is None else write_inner(value)
    if origin is list or origin is tuple:
        item_writers = {_writer(a) for a in args if a is not Ellipsis}
        if item_writers == {_identity}:
            return list
        (write_item,) = item_writers  # the model's sequences hold one kind of item
        return lambda value: [write_item(v) for v in value]
    if origin is dict:
        write_value = _writer(args[1])
        return lambda value: {k: write_value(v) for k, v in value.items()}
    return _identity


@cache
def _reader(hint: Any) -> Convert:
    """A function that turns plain data back into a value of type ``hint``."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        readers = {f.name: _reader(hints[f.name]) for f in fields(hint) if f.init}

        def read_dataclass(data: dict[str, Any]) -> Any:
            return hint(**{name: read(data[name]) for name, read in readers.items()})

        return read_dataclass
    if origin in (types.UnionType, typing.Union):
        (inner,) = [a for a in args if a is not type(None)]  # the model's unions are X | None
        read_inner = _reader(inner)
        return lambda data: None if data is None else read_inner(data)
    if origin is list:
        read_item = _reader(args[0])
        return lambda data: [read_item(v) for v in data]
    if origin is tuple:
        readers_of = [_reader(a) for a in args]
        return lambda data: tuple(read(v) for read, v in zip(readers_of, data, strict=True))
    if origin is dict:
        read_value = _reader(args[1])
        return lambda data: {k: read_value(v) for k, v in data.items()}
    return _identity


def _identity(data: Any) -> Any:
    return data
