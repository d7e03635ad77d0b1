"""Text normalisation shared by every matcher.

Vietnamese text arrives in several spellings of the same word: NFC or NFD, the old
tone-mark placement (``hoà``, ``thuỷ``) or the new one (``hòa``, ``thủy``), and any letter
case (``Liên Hợp Quốc`` / ``Liên hợp quốc``). Matching must not care, but offsets must
still point into the text the user gave us. So we never rewrite the document beyond NFC;
instead every token gets a *match key* that is the same for all those spellings, and the
gazetteers are indexed by the same keys.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .token_pattern import surface_tokens

#: Combining tone marks of Vietnamese (huyền, sắc, ngã, hỏi, nặng). The vowel-quality
#: marks (circumflex, breve, horn) are *not* tones and stay where they are.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")

#: Characters that look like spaces, quotes or dashes and that the tokenizer treats as the
#: plain ASCII form. Only used for keys, never to rewrite ``Document.text``.
_PUNCT_FOLD = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200b": "",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2010": "-",
        "\u2011": "-",
        # the Icelandic eth some Vietnamese sites type for Đ (``Ðảng``, ``Ðại hội đồng``)
        "\u00d0": "\u0110",
        "\u00f0": "\u0111",
    }
)


def nfc(text: str) -> str:
    """Return ``text`` in NFC, the form all offsets refer to."""
    return unicodedata.normalize("NFC", text)


#: The characters that end a line (those of ``str.splitlines``).
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
#: Tokens that end a sentence (the tokenizer keeps "..." as one token)
SENTENCE_MARKS = frozenset({".", "!", "?", "…", "..."})

#: Every character Python's ``str.splitlines`` breaks a line at, as ``\n``; every other space
#: (no-break, thin, ideographic...) and the invisible separators a CMS leaves between words
#: (zero-width space, word joiner, byte-order mark) as U+0020. Tab stays a tab.
_CANONICAL_WHITESPACE = {
    **dict.fromkeys(LINE_BREAKS.replace("\n", ""), "\n"),
    **dict.fromkeys(
        "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
        "\u200a\u202f\u205f\u3000\u200b\u2060\ufeff",
        " ",
    ),
}
#: found with a regex (C speed) rather than ``str.translate`` (a dict look-up per letter)
_ODD_WHITESPACE = re.compile("[" + "".join(_CANONICAL_WHITESPACE) + "]")


def canonical_whitespace(text: str) -> str:
    """``text`` with one kind of line break (``\n``) and one kind of space (U+0020).

    The grammars know a line break as ``\n`` and a space as whatever separates tokens, yet
    some rules compare the characters between tokens: a lone CR or U+2028 between a credit and
    the next sentence (``TTXVN\\rKhẳng``) let a name run across the break, and no-break spaces
    between the words of a name lost events. The pipeline therefore works on this form. It
    has the same length as ``text``, character for character, so every offset found in it is
    an offset into ``text``; the records' texts are then taken from ``text`` itself.
    """
    return _ODD_WHITESPACE.sub(_canonical, text)


def _canonical(match: re.Match[str]) -> str:
    return _CANONICAL_WHITESPACE[match.group()]


#: Cache sizes: Vietnamese writes with about 7,000 syllables, so a few tens of thousands of
#: entries serve nearly every token of real news, while a long run of unseen tokens (names,
#: numbers, web debris) cannot grow the process by more than a few megabytes.
_TOKEN_CACHE = 50_000
_NAME_CACHE = 20_000


@lru_cache(maxsize=_TOKEN_CACHE)
def token_key(token: str) -> str:
    """Match key of one token: case-folded, tone mark moved to the end of the token.

    ``hoà``, ``hòa``, ``HOÀ`` and the NFD forms all give the same key, while
    ``Nga`` and ``Ngà`` stay different (the tone is kept, only its place is normalised).
    """
    decomposed = unicodedata.normalize("NFD", token.translate(_PUNCT_FOLD).casefold())
    tones = [ch for ch in decomposed if ch in TONE_MARKS]
    if not tones:
        return unicodedata.normalize("NFC", decomposed)
    bare = "".join(ch for ch in decomposed if ch not in TONE_MARKS)
    return unicodedata.normalize("NFC", bare) + "".join(tones)


def phrase_tokens(phrase: str) -> list[str]:
    """Split a phrase into the tokens the tokenizer produces (so gazetteer keys line up)."""
    return surface_tokens(nfc(phrase).translate(_PUNCT_FOLD))


@lru_cache(maxsize=_NAME_CACHE)
def phrase_key(phrase: str) -> tuple[str, ...]:
    """Match key of a multi-word phrase, token by token."""
    return tuple(token_key(tok) for tok in phrase_tokens(phrase))


@lru_cache(maxsize=_NAME_CACHE)
def strip_diacritics(text: str) -> str:
    """Remove every diacritic and fold ``đ`` to ``d``: used for fuzzy and lenient comparison."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.replace("đ", "d").replace("Đ", "D")


def loose_key(text: str) -> str:
    """Case-folded, diacritic-free, whitespace-collapsed form (the evaluator's name test)."""
    return " ".join(strip_diacritics(nfc(text)).casefold().split())
