"""Syllable tokenizer with exact character offsets.

Vietnamese writes one syllable per space-separated unit, so a fast regex tokenizer gives the
units every matcher works on; multi-syllable words and names are recognised later by the
gazetteer and the grammars, which therefore always win over a statistical segmenter (that
is how ``Tô Lâm tiếp`` stays ``Tô Lâm`` + ``tiếp``). Web-page debris (markdown image links,
URLs, table bars) becomes single tokens of kind ``debris`` that no matcher may use.
"""

from __future__ import annotations

from dataclasses import dataclass

from .textnorm import token_key
from .token_pattern import TOKEN_RE as _TOKEN_RE
from .token_pattern import surface_tokens


@dataclass(slots=True)
class Token:
    """One token: offsets into ``Document.text``, its text, match key and shape."""

    start: int
    end: int
    text: str
    kind: str  # word, number, punct, debris
    key: str
    is_cap: bool  # starts with an upper-case letter
    ws_after: bool  # followed by whitespace (or end of text)

    @property
    def is_word(self) -> bool:
        return self.kind == "word"


def tokenize(text: str) -> list[Token]:
    """Split NFC ``text`` into tokens; whitespace is skipped, offsets are exact.

    Every stage reads these tokens, so the loop builds them inline (positional fields, no
    call per token): it is a tenth of the pipeline's time.
    """
    tokens: list[Token] = []
    append = tokens.append
    n = len(text)
    dash_key = _DASH_KEYS.get
    for match in _TOKEN_RE.finditer(text):
        kind = match.lastgroup or "punct"
        start, end = match.span()
        surface = match.group()
        if kind == "word":
            if "." in surface:
                for lo, hi in _dotted_pieces(text, start, end):
                    piece = "punct" if text[lo:hi] == "." else "word"
                    append(_token(text, lo, hi, piece, n))
                continue
            key = token_key(surface)
        else:
            key = dash_key(surface, surface)
        ws_after = end >= n or text[end].isspace()
        append(Token(start, end, surface, kind, key, surface[0].isupper(), ws_after))
    return tokens


#: dashes match each other in names and lexicons: ``châu Á–Thái Bình Dương`` (en dash) is
#: the gazetteer's ``châu Á - Thái Bình Dương``
_DASH_KEYS = {dash: "-" for dash in "‐‑‒–—―−"}


def _token(text: str, start: int, end: int, kind: str, n: int) -> Token:
    surface = text[start:end]
    return Token(
        start=start,
        end=end,
        text=surface,
        kind=kind,
        key=token_key(surface) if kind == "word" else _DASH_KEYS.get(surface, surface),
        is_cap=surface[0].isupper(),
        ws_after=end >= n or text[end].isspace(),
    )


def _dotted_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Pieces of a dotted word: abbreviations and domains stay one token (``TP.HCM``,
    ``T.V.H``, ``baoquocte.vn``), but a word, a dot and a capitalised word are a sentence
    end with its space missing (``Hà Nội.Tuyên bố``): word, ``.``, word."""
    if text[end - 1] == ".":
        end -= 1  # never glue a sentence-final period (the regex excludes it; kept safe)
    pieces: list[tuple[int, int]] = []
    lo = part = start
    while True:
        dot = text.find(".", part, end)
        if dot == -1:
            break
        before, after = text[part:dot], text[dot + 1 : dot + 2]
        if len(before) > 1 and not before.isupper() and after.isupper():
            pieces += [(lo, dot), (dot, dot + 1)]
            lo = dot + 1
        part = dot + 1
    pieces.append((lo, end))
    return pieces


__all__ = ["Token", "surface_tokens", "tokenize"]
