"""From offsets in the normalised text back to offsets in the caller's own string.

Every offset the library returns indexes the NFC text (spec §1), because the grammars must
see one spelling of each letter. A caller whose string is NFD (macOS file names, some
databases, text pasted from PDF) or holds lone surrogates cannot slice their own string with
those offsets: ``"Hà Nội"`` is 6 characters in NFC and 9 in NFD. :class:`CharMap` maps the
offsets back.

How: the original is cut into grapheme clusters (``\\X``: a letter and its combining marks, a
Hangul syllable's jamo). Normalisation never composes across a cluster, so each cluster of
the original becomes one run of the normalised text; between the clusters that changed, the
two texts differ by a constant shift. Only the changed clusters are stored. An offset that
falls inside a changed cluster (which a record never does: mentions start and end at
letters) is widened to the whole cluster. If the per-cluster result ever disagreed with the
normalisation of the whole text, the map says so (:attr:`CharMap.exact` is false) and
widens every offset to the whole text rather than answer wrong.
"""

from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_right

import regex

_CLUSTER = regex.compile(r"\X", regex.DOTALL)
_SURROGATE = regex.compile("[\ud800-\udfff]")


def normalise(text: str) -> str:
    """The text every offset refers to: NFC, each lone surrogate replaced by U+FFFD.

    A lone surrogate (half of a broken emoji) cannot be encoded as UTF-8; replacing it keeps
    the length, so offsets stay right.
    """
    return _SURROGATE.sub("\ufffd", unicodedata.normalize("NFC", text))


class CharMap:
    """Offsets of ``normalise(original)`` → offsets of ``original``."""

    __slots__ = ("_norm_end", "_norm_start", "_orig_end", "_orig_start", "exact", "length")

    def __init__(self, original: str, normalised: str | None = None) -> None:
        normalised = normalise(original) if normalised is None else normalised
        self.length = len(normalised)
        self._norm_start, self._norm_end = array("q"), array("q")
        self._orig_start, self._orig_end = array("q"), array("q")
        pieces: list[str] = []
        at = 0
        for match in _CLUSTER.finditer(original):
            cluster = match.group()
            form = normalise(cluster)
            pieces.append(form)
            if form != cluster:
                self._norm_start.append(at)
                self._norm_end.append(at + len(form))
                self._orig_start.append(match.start())
                self._orig_end.append(match.end())
            at += len(form)
        self.exact = "".join(pieces) == normalised
        if not self.exact:  # never seen; answer coarsely rather than wrongly
            for column in (self._norm_start, self._norm_end, self._orig_start, self._orig_end):
                del column[:]
            self._norm_start.append(0)
            self._norm_end.append(self.length)
            self._orig_start.append(0)
            self._orig_end.append(len(original))

    def offset(self, offset: int, *, end: bool = False) -> int:
        """The original offset of a boundary; inside a changed cluster, its start (or its
        end, for the end of a span)."""
        if not 0 <= offset <= self.length:
            raise ValueError(f"offset {offset} is outside the text (0..{self.length})")
        k = bisect_right(self._norm_start, offset) - 1
        if k < 0:
            return offset
        start, stop = self._norm_start[k], self._norm_end[k]
        if offset == start:
            return self._orig_start[k]
        if offset < stop:
            return self._orig_end[k] if end else self._orig_start[k]
        return offset + self._orig_end[k] - stop

    def span(self, start: int, end: int) -> tuple[int, int]:
        """``(start, end)`` in the original string of the normalised span ``start:end``."""
        if start > end:
            raise ValueError(f"span start {start} is after its end {end}")
        return self.offset(start), self.offset(end, end=True)
