"""Sentence and paragraph boundaries.

News text from the web mixes prose, captions, table cells (``|``) and link lists. A
sentence never crosses a line break (any of ``str.splitlines``'s: a lone CR and U+2028 too)
or a table bar; inside a line it ends at ``.``, ``!``,
``?`` or ``…`` followed by a space and a capitalised word, a quote or a digit (or at a
period glued between two words, the second capitalised: ``Hà Nội.Tuyên bố``), unless the
period belongs to a known abbreviation (``TS.``, ``TP.``) or an initial (``J.``). This rule
set is linear, needs no model and keeps ``Ngày 20/9/1977, ...`` in one piece.
"""

from __future__ import annotations

from functools import cache

import regex

from .resources import data_file
from .textnorm import LINE_BREAKS

_LINE_RE = regex.compile(f"[^{LINE_BREAKS}|]+")
_PARAGRAPH_RE = regex.compile(f"[^{LINE_BREAKS}]+")
# a final mark before a space and a capital; or a period glued between a word and a
# capitalised word, a sentence end whose space is missing (``Hà Nội.Tuyên bố``; not
# ``TP.HCM`` nor ``baoquocte.vn``)
_END_RE = regex.compile(
    r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[\p{Lu}\p{N}])|(?<=\p{L}\p{Ll})\.(?=\p{Lu}\p{Ll})"
)


@cache
def _abbreviations() -> frozenset[str]:
    """Abbreviations whose period ends no sentence (``data/abbreviations_vi.txt``)."""
    words = data_file("abbreviations_vi.txt").read_text(encoding="utf-8").split()
    return frozenset(w.rstrip(".").casefold() for w in words if not w.startswith("#"))


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial."""
    start = dot
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = text[start:dot]
    if not word:
        return False
    return (len(word) == 1 and word.isupper()) or word.casefold() in _abbreviations()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end), stripped of surrounding whitespace, in text order."""
    spans: list[tuple[int, int]] = []
    for line in _LINE_RE.finditer(text):
        seg_start, line_end = line.span()
        for end_match in _END_RE.finditer(text, seg_start, line_end):
            if end_match.group()[0] == "." and _is_abbreviation(text, end_match.start()):
                continue
            _append(text, spans, seg_start, end_match.end())
            seg_start = end_match.end()
        _append(text, spans, seg_start, line_end)
    return spans


def _append(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Non-empty lines: the paragraphs whose leading date or place governs their events."""
    spans = []
    for match in _PARAGRAPH_RE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans
