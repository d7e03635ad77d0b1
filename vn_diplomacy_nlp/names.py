"""Shapes of personal names, for people the gazetteer does not know.

A Vietnamese name is 2–4 capitalised syllables, usually starting with a common family name
(``Nguyễn Phúc Đông``); a foreign name is capitalised words of which at least one is not a
possible Vietnamese syllable (``Sergei Lavrov``, ``Moon Jae-in``, ``Hélène Luc``). The test
of Vietnamese syllable shape (initial consonant, vowel nucleus, final consonant; one tone
mark) is what separates ``Guterres`` from ``Chính``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import regex

from .lexicon import PhraseLexicon, load_yaml
from .textnorm import TONE_MARKS, phrase_key, strip_diacritics, token_key
from .tokenizer import Token

_SYLLABLE = regex.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    r"(?:[aeiouy]{1,3})"
    r"(?:ng|nh|ch|[cmnpt])?$"
)
_VIET_LETTERS = regex.compile(r"^[\p{L}]+$")
_ROMAN = regex.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV)$")
_NON_VIET_LETTERS = set("fjwzFJWZ")


class NameWords:
    """The word lists of ``data/name_shapes.yaml``, read on first use, never at import.

    ``WORDS.SURNAMES``, ``WORDS.HONORIFICS``...: the first attribute asked for reads the
    file; afterwards they are plain attributes.
    """

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name in self.__dict__:
            raise AttributeError(name)
        self._load()
        return self.__dict__[name]

    def _load(self) -> None:
        data = load_yaml("name_shapes.yaml")
        self.SURNAMES = frozenset(
            token_key(s) for s in [*data["surnames"], *data["ethnic_name_starts"]]
        )
        self.HONORIFICS = PhraseLexicon(data["honorifics"])
        self.CREDIT_CUES = PhraseLexicon(data["credit_cues"])
        self.ADMIN_PREFIXES = PhraseLexicon(data["admin_prefixes"])
        #: match keys of the words a place name may start with in lower case
        #: (``thành phố``, ``châu``), for the gazetteer index
        self.ADMIN_PREFIX_KEYS = frozenset(
            phrase_key(p) for p in [*data["admin_prefixes"], *data["lowercase_name_starts"]]
        )
        self.NOT_NAME_STARTS = frozenset(token_key(s) for s in data["not_name_starts"])
        self.NAME_PARTICLES = frozenset(token_key(s) for s in data["name_particles"])
        self.ORGANISATION_WORDS = frozenset(token_key(s) for s in data["organisation_words"])
        self.THING_WORDS = frozenset(token_key(s) for s in data["thing_words"])
        self.STREET_WORDS = PhraseLexicon(data["street_words"])
        self.FORMAL_HONORIFICS = PhraseLexicon(data["formal_honorifics"])
        self.SINGLE_NAME_HONORIFICS = PhraseLexicon(data["single_name_honorifics"])
        self.FAMILIAR_HONORIFICS = PhraseLexicon(
            [*data["single_name_honorifics"], *data["familiar_honorifics"]]
        )
        self.PAGE_FURNITURE = PhraseLexicon(data["page_furniture"])
        self.ROLE_NOUNS = PhraseLexicon(data["role_nouns"])
        self.PLACE_CUES = PhraseLexicon(data["place_cues"])
        self.FOREIGN_HONORIFICS = PhraseLexicon(data["foreign_honorifics"])


WORDS = NameWords()
_HYPHENS = "-‐‑"

MAX_NAME_WORDS = 6  # ``Xay Sổm Phon Phôm Vi Hẳn``: Lao names transliterated run to six
MAX_WORD_PARTS = 5  # parts of one hyphenated word: Mát-xcơ-va has 3, no real name has more
#: tokens one name can span at most (words and the hyphens inside them), plus one
NAME_REACH = MAX_NAME_WORDS * (2 * MAX_WORD_PARTS - 1) + 1


@lru_cache(maxsize=20_000)  # bounded: a long run of unseen names must not grow the process
def is_vietnamese_syllable(word: str) -> bool:
    """True when ``word`` could be one Vietnamese syllable (shape and at most one tone)."""
    if any(ch in _NON_VIET_LETTERS for ch in word):
        return False
    tones = sum(1 for ch in unicodedata.normalize("NFD", word) if ch in TONE_MARKS)
    if tones > 1:
        return False
    bare = strip_diacritics(word).casefold()
    return bool(_VIET_LETTERS.match(bare)) and bool(_SYLLABLE.match(bare))


def is_regnal_number(word: str) -> bool:
    """``II``, ``XIV``: the Roman number after a monarch's or a pope's name."""
    return bool(_ROMAN.match(word))


def looks_foreign(word: str) -> bool:
    """A capitalised word that cannot be a Vietnamese syllable (``Guterres``, ``Lavrov``)."""
    return not is_vietnamese_syllable(word)


def name_span(tokens: Sequence[Token], i: int, text: str, stops: set[int]) -> int:
    """End index of a capitalised name starting at token ``i`` (``i`` if there is none).

    Words are capitalised and space-separated on one line; a hyphen glued to both sides
    joins parts of one word (``Jae-in``, ``Kim Jong-un``). ``stops`` are token indices where
    another name or title begins: the name ends before them once it has two words.
    """
    n = len(tokens)
    if i >= n or not (tokens[i].kind == "word" and tokens[i].is_cap):
        return i
    j = i
    words = 0
    while j < n and words < MAX_NAME_WORDS:
        tok = tokens[j]
        if j > i and tok.kind == "word" and not tok.is_cap:
            after = _after_particles(tokens, j, text)
            if after is None:
                break
            j = after  # "al-", "von der": the capitalised word after them goes on the name
            tok = tokens[j]
        if tok.kind != "word" or not tok.is_cap:
            break
        if j > i and (j in stops and words >= 2):
            break
        if j > i and "\n" in text[tokens[j - 1].end : tok.start]:
            break
        j += 1
        words += 1
        if j - 1 > i and _initial(tokens, j - 1, text):
            j += 1  # ``George W. Bush``: the dot of an initial stays inside the name
            continue
        # hyphenated continuation without spaces: Jae-in, Jong-un, Mát-xcơ-va. Bounded, so
        # that a 'Tô-Tô-Tô-...' chain costs each caller a constant, not the chain's length.
        joins = 0
        while (
            joins < MAX_WORD_PARTS - 1
            and j + 1 < n
            and tokens[j].text in _HYPHENS
            and tokens[j].start == tokens[j - 1].end
            and tokens[j + 1].start == tokens[j].end
            and tokens[j + 1].kind == "word"
        ):
            j += 2
            joins += 1
    return j


def _initial(tokens: Sequence[Token], k: int, text: str) -> bool:
    """Token ``k`` is an initial inside a name (never its first word: ``độ C. Rét``): one
    capital letter, a dot glued to it, and a capitalised word after a space on the line."""
    n = len(tokens)
    tok = tokens[k]
    if not (tok.kind == "word" and len(tok.text) == 1 and tok.text.isupper()):
        return False
    if k + 2 >= n or tokens[k + 1].text != "." or tokens[k + 1].start != tok.end:
        return False
    nxt = tokens[k + 2]
    gap = text[tokens[k + 1].end : nxt.start]
    return nxt.kind == "word" and nxt.is_cap and gap == " "


def _after_particles(tokens: Sequence[Token], j: int, text: str) -> int | None:
    """Index of the capitalised word after one or two name particles at ``j``
    (``al-Assad``, ``von der Leyen``) on the same line, else ``None``."""
    n = len(tokens)
    for _ in range(2):
        tok = tokens[j]
        if tok.kind != "word" or tok.key not in WORDS.NAME_PARTICLES:
            return None
        j += 1
        if j + 1 < n and tokens[j].text in _HYPHENS and tokens[j].start == tok.end:
            j += 1  # al-Assad
        if j >= n or "\n" in text[tokens[j - 1].end : tokens[j].start]:
            return None
        nxt = tokens[j]
        if nxt.kind == "word" and nxt.is_cap:
            return j
    return None


def word_starts(tokens: Sequence[Token], i: int, j: int) -> list[int]:
    """Indices of the tokens in ``i:j`` that begin a space-separated word: a hyphenated
    ``Jae-in`` or ``Chăm-pa-sắc`` is one word."""
    return [
        k
        for k in range(i, j)
        if tokens[k].kind == "word" and (k == i or tokens[k].start != tokens[k - 1].end)
    ]


def is_vietnamese_name(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tokens ``i:j`` have the shape of a Vietnamese personal name: a family name from the
    closed list (or an ethnic name start, ``Y Biêr Niê``) and one to three given names,
    every word capitalised."""
    if i >= j or tokens[i].key not in WORDS.SURNAMES:
        return False
    words = word_starts(tokens, i, j)
    return 2 <= len(words) <= 4 and all(tokens[k].is_cap for k in words)


def name_after_place(tokens: Sequence[Token], lo: int, hi: int) -> int:
    """Where a personal name begins in the capitalised run ``lo:hi`` written after a place
    word (``tỉnh Phú Thọ Trần Duy Đông``, ``Tỉnh ủy Phạm Minh Tấn``): the first word from
    which the rest of the run is a Vietnamese name; ``hi`` when the whole run is the place."""
    for k in word_starts(tokens, lo, hi):
        if is_vietnamese_name(tokens, k, hi):
            return k
    return hi


def transliterated(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A word of Vietnamese syllables joined by hyphens, the later ones in lower case
    (``Goóc-ba-chốp``, ``Xạ-lởm-xay``): a foreign name spelled the Vietnamese way. Vietnamese
    names never hyphenate their syllables."""
    return any(
        tokens[k].text in _HYPHENS
        and tokens[k].start == tokens[k - 1].end
        and tokens[k + 1].start == tokens[k].end
        and tokens[k + 1].kind == "word"
        and not tokens[k + 1].is_cap
        for k in range(i + 1, j - 1)
    )


def names_an_organisation(tokens: Sequence[Token], i: int, j: int) -> bool:
    """``Plan International``, ``World Vision``: a word of organisation names in the span."""
    return any(tokens[k].key in WORDS.ORGANISATION_WORDS for k in range(i, j))


def names_a_thing(tokens: Sequence[Token], i: int, j: int) -> bool:
    """``Luxury Building``, ``Truth Social``: a word of the names of buildings, products and
    platforms in the span; such a capitalised phrase is not a person."""
    return any(tokens[k].key in WORDS.THING_WORDS for k in range(i, j))


def is_plausible_name(tokens: Sequence[Token], i: int, j: int, after_title: bool) -> bool:
    """Whether tokens ``i:j`` (from :func:`name_span`) are a personal name.

    After a title any 2–5 capitalised words are accepted, or one foreign-looking word
    (``Tổng Thư ký Guterres``). Without a cue, a Vietnamese name must start with a family
    name and a foreign one must contain a word that is not a Vietnamese syllable.
    """
    words = [t for t in tokens[i:j] if t.kind == "word"]
    if not words or names_an_organisation(tokens, i, j) or names_a_thing(tokens, i, j):
        return False
    if len(words) >= 2 and is_regnal_number(words[-1].text) and tokens[j - 1] is words[-1]:
        # ``Charles III``: the name is what stands before its regnal number (``Khóa XV`` is none)
        if after_title:
            return not names_an_organisation(tokens, i, j - 1)
        return is_plausible_name(tokens, i, j - 1, after_title) and any(
            looks_foreign(t.text) for t in words[:-1]
        )
    if any(t.text.isupper() and len(t.text) > 1 for t in words):
        return False  # abbreviations are not names
    foreign = any(looks_foreign(t.text) for t in words) or transliterated(tokens, i, j)
    parts = sum(
        1
        for k in range(i, j)
        if tokens[k].kind == "word" and (k == i or tokens[k].start != tokens[k - 1].end)
    )
    if after_title:
        return parts >= 2 or foreign
    if parts < 2 or words[0].key in WORDS.NOT_NAME_STARTS:
        return False
    if foreign:
        return True
    return words[0].key in WORDS.SURNAMES and parts <= 4
