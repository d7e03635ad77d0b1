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
    """A function that turns a value of type ``hint`` into plain data.

    The layer is written for every document, so each dataclass gets a function compiled
    from its fields (``{"lo": v.lo, "subject": w1(v.subject), ...}``): twice as fast as
    walking the fields at run time.
    """
    if not is_dataclass(hint):
        return _compile_writer(_expression(hint, "v", {}), {})
    hints = typing.get_type_hints(hint)
    helpers: dict[str, Convert] = {}
    items = ", ".join(
        f"{f.name!r}: {_expression(hints[f.name], f'v.{f.name}', helpers)}" for f in fields(hint)
    )
    return _compile_writer("{" + items + "}", helpers)


def _expression(hint: Any, value: str, helpers: dict[str, Convert]) -> str:
    """Python source that converts ``value`` (source text) of type ``hint`` to plain data."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if is_dataclass(hint):
        name = f"w{len(helpers)}"
        helpers[name] = _writer(hint)
        return f"{name}({value})"
    if origin in (types.UnionType, typing.Union):
        (inner,) = [a for a in args if a is not type(None)]  # the model's unions are X | None
        converted = _expression(inner, value, helpers)
        return value if converted == value else f"(None if {value} is None else {converted})"
    if origin is list or origin is tuple:
        (item,) = {a for a in args if a is not Ellipsis}  # one kind of item per sequence
        converted = _expression(item, "x", helpers)
        return f"list({value})" if converted == "x" else f"[{converted} for x in {value}]"
    if origin is dict:
        converted = _expression(args[1], "x", helpers)
        return f"{{k: {converted} for k, x in {value}.items()}}"
    return value


def _compile_writer(expression: str, helpers: dict[str, Convert]) -> Convert:
    namespace: dict[str, Any] = dict(helpers)
    exec(f"def write(v):\n    return {expression}\n", namespace)
    return namespace["write"]


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
