"""Vietnamese common words, from the dictionary that ships with underthesea (Viet74K).

Used to tell a one-syllable place name from the first syllable of a common word:
``Áo dài`` is a garment, not Austria; ``Pháp luật`` is law, not France. The file is read
from underthesea's package data without importing underthesea (which is slow to import).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from pathlib import Path

from .textnorm import phrase_key, strip_diacritics, token_key

_DICTIONARY = ("corpus", "data", "Viet74K.txt")


def dictionary_path() -> Path | None:
    """Where underthesea's Viet74K word list is, or ``None`` without underthesea."""
    return _dictionary_path()


def _dictionary_path() -> Path | None:
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*_DICTIONARY)
    return path if path.is_file() else None


def two_syllable_words(first_syllables: Iterable[str] | None) -> frozenset[tuple[str, str]]:
    """Keys of the dictionary's two-syllable words whose first syllable is one of these
    (all of them when ``first_syllables`` is ``None``)."""
    wanted = None if first_syllables is None else {token_key(s) for s in first_syllables}
    path = _dictionary_path()
    if path is None or wanted == set():
        return frozenset()
    # cheap prefilter on the bare letters, exact key only for the few lines that pass
    bare_wanted = None if wanted is None else {strip_diacritics(s).casefold() for s in wanted}
    words: set[tuple[str, str]] = set()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            head, _, rest = line.partition(" ")
            if (
                not rest
                or " " in rest.strip()
                or (
                    bare_wanted is not None and strip_diacritics(head).casefold() not in bare_wanted
                )
            ):
                continue
            first = token_key(head)
            if wanted is None or first in wanted:
                words.add((first, token_key(rest.strip())))
    return frozenset(words)


def common_words() -> frozenset[tuple[str, ...]]:
    """Match keys (``textnorm.phrase_key``) of the dictionary's common words: the entries
    written in lower case (``nam``, ``hoà bình``), not the proper names it also lists
    (``Hà Nội``). Read on each call: only ``gazetteer check`` needs it, once per run."""
    path = _dictionary_path()
    if path is None:
        return frozenset()
    keys: set[tuple[str, ...]] = set()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            word = line.strip()
            if word and word[0].islower():
                keys.add(phrase_key(word))
    return frozenset(keys)
