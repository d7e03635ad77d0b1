"""Phrase lexicons matched on token match keys.

Vietnamese words are written as several space-separated syllables, and the same syllable
starts many words: ``tiếp`` (receive) is a trigger, ``tiếp tục`` (continue) is not. A
lexicon is therefore a trie over match keys, read greedily longest-first, exactly like a
maximum-matching word segmenter: a longer entry wins over a shorter one at the same place,
and an entry whose value is ``None`` (a *blocker*) wins without producing anything.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

_END = "\x00end"


class Lexicon:
    """A trie of phrases (tuples of match keys) with a value each; ``None`` = blocker."""

    def __init__(self, name: str, entries: dict[tuple[str, ...], Any]) -> None:
        self.name = name
        self.entries = dict(entries)
        #: the distinct word values (labels) in the order they were first listed
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

    def __contains__(self, key: tuple[str, ...]) -> bool:
        return key in self.entries

    def longest_at(self, keys: Sequence[str], i: int, hi: int) -> tuple[int, Any] | None:
        """``(end, value)`` of the longest entry starting at token ``i`` and ending by ``hi``."""
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
