"""Phrase lexicons matched over tokens or match keys (titles, fields, stop words, triggers).

A lexicon is a token trie keyed like the gazetteer (:func:`textnorm.token_key`), so
``Bộ trưởng`` also matches ``bộ trưởng`` and ``BỘ TRƯỞNG``; callers decide whether the
letter case of the match matters. Built once from package data.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from typing import Any

from .resources import data_file
from .textnorm import phrase_key
from .tokenizer import Token


class PhraseLexicon:
    """A trie of phrases (tuples of match keys), read greedily longest-first.

    One class for every word list of the package: the grammars build it from phrases as
    written (:meth:`__init__`, each phrase's value is itself) and match it on tokens
    (:meth:`match_at`); the event grammar builds it from keys with a value each
    (:meth:`from_keys`, ``None`` = a *blocker*, an entry that wins without producing
    anything: ``tiếp tục`` keeps ``tiếp`` from being read) and reads it on a list of match
    keys (:meth:`longest_at`, :meth:`scan`, :meth:`first`, :meth:`last`, :meth:`ending_at`).
    """

    __slots__ = ("_root", "entries", "max_len", "name", "values")

    def __init__(self, phrases: Iterable[str] = (), name: str = "") -> None:
        entries: dict[tuple[str, ...], Any] = {}
        for phrase in phrases:
            key = phrase_key(phrase)
            if key:
                entries.setdefault(key, phrase)
        self._build(name, entries)

    @classmethod
    def from_keys(cls, name: str, entries: Mapping[tuple[str, ...], Any]) -> PhraseLexicon:
        """A lexicon of match-key tuples with a value each (``None`` marks a blocker)."""
        lexicon = cls.__new__(cls)
        lexicon._build(name, dict(entries))
        return lexicon

    def _build(self, name: str, entries: dict[tuple[str, ...], Any]) -> None:
        self.name = name
        self.entries = entries
        #: the distinct text values (labels) in the order they were first listed
        self.values = tuple(dict.fromkeys(v for v in entries.values() if isinstance(v, str)))
        self.max_len = max((len(k) for k in entries), default=0)
        self._root: dict[str, Any] = {}
        for key, value in entries.items():
            node = self._root
            for part in key:
                node = node.setdefault(part, {})
            node[_END] = value

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, phrase: str | tuple[str, ...]) -> bool:
        key = phrase_key(phrase) if isinstance(phrase, str) else phrase
        return key in self.entries

    # -- over tokens ---------------------------------------------------------------------
    def match_at(self, tokens: Sequence[Token], i: int, limit: int | None = None) -> int:
        """End index (exclusive) of the longest phrase starting at token ``i``, or ``i``."""
        stop = len(tokens) if limit is None else min(len(tokens), limit)
        node = self._root
        best = i
        j = i
        while j < stop:
            node = node.get(tokens[j].key)
            if node is None:
                break
            j += 1
            if _END in node:
                best = j
        return best

    # -- over match keys -----------------------------------------------------------------
    def longest_at(self, keys: Sequence[str], i: int, hi: int) -> tuple[int, Any] | None:
        """``(end, value)`` of the longest entry starting at ``i`` and ending by ``hi``."""
        node = self._root
        best: tuple[int, Any] | None = None
        j = i
        while j < hi:
            node = node.get(keys[j])
            if node is None:
                break
            j += 1
            if _END in node:
                best = (j, node[_END])
        return best

    def scan(self, keys: Sequence[str], lo: int, hi: int) -> Iterator[tuple[int, int, Any]]:
        """Greedy longest-first matches ``(start, end, value)`` in ``[lo, hi)``, blockers too."""
        i = lo
        while i < hi:
            found = self.longest_at(keys, i, hi)
            if found is None:
                i += 1
                continue
            end, value = found
            yield i, end, value
            i = end

    def first(self, keys: Sequence[str], lo: int, hi: int) -> tuple[int, int, Any] | None:
        """The first non-blocker match of a greedy scan of ``[lo, hi)``."""
        for start, end, value in self.scan(keys, lo, hi):
            if value is not None:
                return start, end, value
        return None

    def last(self, keys: Sequence[str], lo: int, hi: int) -> tuple[int, int, Any] | None:
        """The last non-blocker match of a greedy scan of ``[lo, hi)``."""
        found = None
        for start, end, value in self.scan(keys, lo, hi):
            if value is not None:
                found = (start, end, value)
        return found

    def ending_at(self, keys: Sequence[str], lo: int, end: int) -> tuple[int, Any] | None:
        """``(start, value)`` of the longest entry that ends exactly at ``end`` (start ≥ lo)."""
        for start in range(max(lo, end - self.max_len), end):
            found = self.longest_at(keys, start, end)
            if found is not None and found[0] == end:
                return start, found[1]
        return None


_END = "\x00end"


@cache
def load_yaml(name: str) -> Any:
    """A package data YAML file, parsed and checked against its schema once per process
    (``datafiles.py``; errors name the file and line)."""
    from .datafiles import read_data

    return read_data(data_file(name))
