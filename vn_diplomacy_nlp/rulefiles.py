"""Rule files: YAML that remembers its lines, and phrase lexicons compiled from it.

Every grammar of the library (event rules, the clause grammar) is data a linguist edits.
A broken file must be refused when it is loaded, with its file, its line and the reason,
rather than silently disabling a rule at run time; so the files are parsed once with the
line of every key and item kept, and the helpers here turn lists of phrases into
:class:`~vn_diplomacy_nlp.lexicon.PhraseLexicon` tries with the same precise errors.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .gazetteer.loader import parse_yaml
from .lexicon import PhraseLexicon
from .textnorm import phrase_key


class RuleError(ValueError):
    """A rule file that cannot be used: the message starts with ``file:line:``."""


# ----------------------------------------------------------------------------- YAML + lines
class _Map(dict):
    """A YAML mapping that remembers its line and the line of each key."""

    line: int = 0
    key_lines: dict[Any, int] = {}  # noqa: RUF012  (replaced per instance by the loader)


class _Seq(list):
    """A YAML sequence that remembers its line and the line of each item."""

    line: int = 0
    item_lines: list[int] = []  # noqa: RUF012  (replaced per instance by the loader)


def _with_lines(value: Any, lines: dict[int, dict[Any, int]], line: int) -> Any:
    """Plain parsed data -> :class:`_Map` / :class:`_Seq` that carry their lines.

    ``lines`` is the parser's record (container id -> line of each key or item).
    """
    if isinstance(value, dict):
        where = lines.get(id(value), {})
        out = _Map()
        out.line, out.key_lines = line, {}
        for key, item in value.items():
            key_line = where.get(key, line)
            out.key_lines[key] = key_line
            out[key] = _with_lines(item, lines, key_line)
        return out
    if isinstance(value, list):
        where = lines.get(id(value), {})
        seq = _Seq()
        seq.line = line
        seq.item_lines = [where.get(i, line) for i in range(len(value))]
        pairs = zip(value, seq.item_lines, strict=True)
        seq.extend(_with_lines(item, lines, at) for item, at in pairs)
        return seq
    return value


def read_yaml(path: Path) -> Any:
    """Parse with libyaml's event stream (the gazetteer loader's parser), lines recorded.

    One pass gives both the data and the line of every key and item, so an error found
    while compiling a rule still points at its file and line; a pure-Python line-tracking
    loader cost 0.3-0.9 s of the library's start, this takes a few milliseconds.
    """
    data, lines, problems = parse_yaml(path)
    errors = [p for p in problems if p.level == "error"]
    if errors:
        first = errors[0]
        reason = first.message.removeprefix("YAML syntax error: ")
        raise RuleError(f"{path}:{first.line}: YAML error: {reason}")
    if lines is None:
        raise RuleError(f"{path}:0: YAML error: cannot read the file")
    # LineMap answers path queries from the root; walking every key that way is quadratic,
    # so read its per-container record directly (same package, stable shape).
    return _with_lines(data, lines._lines, lines.root_line or 1)


@dataclass
class Where:
    """A place in a rule file, for error messages."""

    path: Path
    line: int

    def fail(self, reason: str) -> RuleError:
        return RuleError(f"{self.path}:{self.line}: {reason}")

    def at(self, node: Any, key: Any = None) -> Where:
        """The line of ``node`` (or of its ``key``) in the same file."""
        if key is not None and isinstance(node, _Map) and key in node.key_lines:
            return Where(self.path, node.key_lines[key])
        return Where(self.path, getattr(node, "line", self.line) or self.line)


def phrase_list(value: Any, where: Where, what: str) -> list[str]:
    if not isinstance(value, list) or not value:
        raise where.fail(f"{what} must be a non-empty list of phrases")
    out = []
    for i, item in enumerate(value):
        line = value.item_lines[i] if isinstance(value, _Seq) else where.line
        if not isinstance(item, str) or not phrase_key(item):
            raise Where(where.path, line).fail(f"{what}: {item!r} is not a phrase")
        out.append(item)
    return out


def compile_lexicon(name: str, value: Any, where: Where) -> PhraseLexicon:
    """A lexicon from a list (value = its name) or a mapping value -> phrases (`not` = None)."""
    entries: dict[tuple[str, ...], Any] = {}
    if isinstance(value, Mapping):
        groups = [(k, v, where.at(value, k)) for k, v in value.items()]
    else:
        groups = [(name, value, where)]
    for label, phrases, at in groups:
        if not isinstance(label, str):
            raise at.fail(f"lexicon {name}: value {label!r} must be a word")
        target = None if label == "not" else label
        for phrase in phrase_list(phrases, at, f"lexicon {name}.{label}"):
            key = phrase_key(phrase)
            if key in entries and entries[key] != target:
                raise at.fail(f"lexicon {name}: {phrase!r} is listed with two values")
            entries[key] = target
    return PhraseLexicon.from_keys(name, entries)


def refuse_unknown_keys(node: Mapping, allowed: Iterable[str], where: Where, what: str) -> None:
    for key in node:
        if key not in allowed:
            raise where.at(node, key).fail(f"{what}: unknown key {key!r}")
