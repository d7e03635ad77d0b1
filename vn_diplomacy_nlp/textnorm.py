"""Text normalisation shared by every matcher.

Vietnamese text arrives in several spellings of the same word: NFC or NFD, the old
tone-mark placement (``hoà``, ``thuỷ``) or the new one (``hòa``, ``thủy``), and any letter
case (``Liên Hợp Quốc`` / ``Liên hợp quốc``). Matching must not care, but offsets must
still point into the text the user gave us. So we never rewrite the document beyond NFC;
instead every token gets a *match key* that is the same for all those spellings, and the
gazetteers are indexed by the same keys.
"""

from __future__ import annotations

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


@lru_cache(maxsize=200_000)
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


@lru_cache(maxsize=50_000)
def phrase_key(phrase: str) -> tuple[str, ...]:
    """Match key of a multi-word phrase, token by token."""
    return tuple(token_key(tok) for tok in phrase_tokens(phrase))


@lru_cache(maxsize=100_000)
def strip_diacritics(text: str) -> str:
    """Remove every diacritic and fold ``đ`` to ``d``: used for fuzzy and lenient comparison."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.replace("đ", "d").replace("Đ", "D")


def loose_key(text: str) -> str:
    """Case-folded, diacritic-free, whitespace-collapsed form (the evaluator's name test)."""
    return " ".join(strip_diacritics(nfc(text)).casefold().split())
