"""Phrase lexicons matched over tokens (titles, fields, stop words, org heads).

A lexicon is a token trie keyed like the gazetteer (:func:`textnorm.token_key`), so
``Bộ trưởng`` also matches ``bộ trưởng`` and ``BỘ TRƯỞNG``; callers decide whether the
letter case of the match matters. Built once from package data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

import yaml

from .resources import data_file
from .textnorm import phrase_key
from .tokenizer import Token


class PhraseLexicon:
    """Longest-match lookup of multi-token phrases."""

    __slots__ = ("_first", "_phrases", "max_len")

    def __init__(self, phrases: Iterable[str]) -> None:
        self._phrases: dict[tuple[str, ...], str] = {}
        self._first: set[str] = set()
        self.max_len = 0
        for phrase in phrases:
            key = phrase_key(phrase)
            if not key:
                continue
            self._phrases.setdefault(key, phrase)
            self._first.add(key[0])
            self.max_len = max(self.max_len, len(key))

    def __contains__(self, phrase: str) -> bool:
        return phrase_key(phrase) in self._phrases

    def match_at(self, tokens: Sequence[Token], i: int, limit: int | None = None) -> int:
        """End index (exclusive) of the longest phrase starting at token ``i``, or ``i``."""
        if i >= len(tokens) or tokens[i].key not in self._first:
            return i
        stop = min(len(tokens), i + self.max_len, limit if limit is not None else len(tokens))
        best = i
        key: tuple[str, ...] = ()
        for j in range(i, stop):
            key = (*key, tokens[j].key)
            if key in self._phrases:
                best = j + 1
        return best


@cache
def load_yaml(name: str) -> Any:
    """A package data YAML file, parsed once per process."""
    with data_file(name).open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_FAST_LOADER)


_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
