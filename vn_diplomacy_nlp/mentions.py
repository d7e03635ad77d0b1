"""The mention layer's name finders that work over tokens alone (no spaCy).

Gazetteer matches that are not mentions (an ambiguous one-word name before another name, a
body's name used as an adjective), persons cued by an honorific or a credit, bare name
shapes and bylines. The components in ``components/`` call these and write what they find
on the ``Doc``; keeping them here keeps the language rules out of the pipeline layer.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

from .candidates import TIER_ANCHORED, TIER_SHAPE, Candidate
from .gazetteer.index import Match
from .lexicon import PhraseLexicon, load_yaml
from .names import (
    WORDS,
    is_plausible_name,
    is_vietnamese_syllable,
    looks_foreign,
    name_span,
    names_an_organisation,
    transliterated,
)
from .textnorm import token_key
from .tokenizer import Token


#: words after which a body's name is an adjective (``cấp Nhà nước``), data/entity_rules.yaml
@cache
def adjectival_before() -> frozenset[str]:
    """Words after which a body's name is an adjective (``data/entity_rules.yaml``)."""
    return frozenset(token_key(w) for w in load_yaml("entity_rules.yaml")["adjectival_before"])


#: places a body may be named after (``Hàn Quốc``, ``châu Âu``) before its posting
STATE_OR_REGION = frozenset(
    {("GPE", "country"), ("GPE", "territory"), ("LOC", "region"), ("LOC", "continent")}
)


def adjectival(match: Match, tokens: list[Token]) -> bool:
    """A body's name after ``cấp`` (level): ``cấp Nhà nước`` is "state-level"."""
    return (
        match.record.label == "ORG"
        and match.tok_start > 0
        and tokens[match.tok_start - 1].key in adjectival_before()
    )


def ambiguous_before_name(match: Match, tokens: list[Token]) -> bool:
    """An ambiguous one-word name directly followed by another capitalised word."""
    if not match.record.ambiguous or match.tok_end - match.tok_start != 1:
        return False
    if match.tok_end >= len(tokens):
        return False
    nxt = tokens[match.tok_end]
    return nxt.kind == "word" and nxt.is_cap and tokens[match.tok_start].ws_after


def candidate_from_match(m: Match, tokens: list[Token]) -> Candidate:
    """The candidate of a gazetteer match; a person's name the gazetteer spells with a
    foreign honorific (``U Win Myint``) starts after it (spec §6: no honorific in the span)."""
    tier = TIER_ANCHORED if m.record.label == "PERSON" else 2
    start = m.tok_start
    if m.record.label == "PERSON":
        after = WORDS.FOREIGN_HONORIFICS.match_at(tokens, start, m.tok_end - 1)
        start = after if after > start else start
    return Candidate(
        start,
        m.tok_end,
        tokens[start].start,
        m.end,
        m.record.label,
        tier,
        "gazetteer",
        id=m.record.id,
        canonical=m.record.canonical,
        rule=f"gazetteer:{m.record.kind}",
        type=m.record.type,
    )


def cued_and_bare_names(
    tokens: list[Token],
    text: str,
    names: list[Match],
    in_titles: set[int],
    heads: PhraseLexicon,
) -> list[Candidate]:
    """Persons after an honorific (``ông``) or a credit (``Ảnh:``), and bare name shapes.

    ``in_titles`` are the tokens of titles (``Hoàng Thái tử`` is no ``Hoàng Thái``): no name
    starts there. A bare name may follow a known place (``Hàn Quốc Kim Hwang-sik``) or a
    sentence-opening function word (``Theo Nguyễn Văn A``); it never follows a street word or
    a house number (``đường Trần Huy Liệu``, ``11 Lê Hồng Phong`` are streets).
    """
    out: list[Candidate] = []
    stops = {m.tok_start for m in names}
    known_ends = {m.tok_end for m in names if not ambiguous_before_name(m, tokens)}
    known_at = {
        m.tok_start: m.tok_end
        for m in names
        if m.record.label != "PERSON" and not ambiguous_before_name(m, tokens)
    }
    n = len(tokens)
    i = 0
    while i < n:
        cue_end = max(WORDS.HONORIFICS.match_at(tokens, i), WORDS.ROLE_NOUNS.match_at(tokens, i))
        if (
            cue_end > i
            and cue_end not in in_titles
            and cue_end not in known_at  # ``sinh viên Việt Nam``: a known place, no name
            and _cue_applies(tokens, text, i, cue_end)
        ):
            foreign = WORDS.FOREIGN_HONORIFICS.match_at(tokens, cue_end)
            if foreign > cue_end and foreign < n and tokens[foreign].is_cap:
                cue_end = foreign  # ``ông U Win Myint``: ``U`` is an honorific too
            end = name_span(tokens, cue_end, text, stops)
            if end > cue_end and is_plausible_name(tokens, cue_end, end, after_title=True):
                out.append(_person(tokens, cue_end, end, TIER_ANCHORED, "honorific"))
                i = end
                continue
            if _single_name(tokens, text, i, cue_end, end, stops, heads):
                out.append(_person(tokens, cue_end, end, TIER_ANCHORED, "honorific"))
                i = end
                continue
        credit_end = WORDS.CREDIT_CUES.match_at(tokens, i)
        if (
            credit_end > i
            and credit_end < n
            and tokens[credit_end].text == ":"
            and (tokens[i].is_cap or _sentence_start(tokens, text, i))
        ):
            out.extend(_credit_names(tokens, text, credit_end + 1, stops, in_titles))
            i = credit_end + 1
            continue
        tok = tokens[i]
        if i in known_at:
            i = known_at[i]  # ``Hàn Quốc`` | ``Kim Hwang-sik``: a known place is no name's start
            continue
        if (
            tok.kind == "word"
            and tok.is_cap
            and i not in in_titles
            and _may_start_name(tokens, text, i, known_ends)
            and not _after_street(tokens, i)
        ):
            end = name_span(tokens, i, text, stops)
            if any(k in in_titles for k in range(i, end)):
                i += 1
                continue
            if end - i >= 2 and _quoted(tokens, i, end):
                i = end  # ``MV "Bắc Bling"``: the title of a work, not a person
                continue
            if end - i >= 2 and names_an_organisation(tokens, i, end):
                out.append(_organisation(tokens, i, end))
                i = end
                continue
            if (
                end - i >= 2
                and is_plausible_name(tokens, i, end, after_title=False)
                and not _transliterated_place(tokens, i, end, known_ends)
            ):
                out.append(_person(tokens, i, end, TIER_SHAPE, "name_shape"))
                i = end
                continue
        i += 1
    return out


def _cue_applies(tokens: list[Token], text: str, i: int, cue_end: int) -> bool:
    """An honorific introduces a name in lower case, at a sentence start, or when it is one
    that never begins a place's name (``Ngài``, ``Đồng chí``) whatever its case; so does a
    noun of a person's occupation (``Hoa hậu``, ``ca sĩ``, ``tiền đạo``)."""
    return (
        not tokens[i].is_cap
        or _sentence_start(tokens, text, i)
        or WORDS.FORMAL_HONORIFICS.match_at(tokens, i) == cue_end
        or WORDS.ROLE_NOUNS.match_at(tokens, i) == cue_end
    )


def _single_name(
    tokens: list[Token],
    text: str,
    i: int,
    cue_end: int,
    end: int,
    stops: set[int],
    heads: PhraseLexicon,
) -> bool:
    """``ông Tập khẳng định``: one capitalised Vietnamese word after ``ông``, ``bà`` or
    ``ngài`` is a person named by one part of the name, when it is no known name, no title,
    no function word and the next word is in lower case."""
    return (
        end == cue_end + 1
        and (
            WORDS.SINGLE_NAME_HONORIFICS if tokens[i].is_cap else WORDS.FAMILIAR_HONORIFICS
        ).match_at(tokens, i)
        == cue_end
        and tokens[cue_end].kind == "word"
        and cue_end not in stops
        and tokens[cue_end].key not in WORDS.NOT_NAME_STARTS
        and heads.match_at(tokens, cue_end) == cue_end
        and not (end < len(tokens) and tokens[end].kind == "word" and tokens[end].is_cap)
        and "\n" not in text[tokens[i].end : tokens[cue_end].start]
    )


def _may_start_name(tokens: list[Token], text: str, i: int, known_ends: set[int]) -> bool:
    """A bare name may start at ``i``: not inside a run of capitalised words, unless the
    run before it is a known name (``Hàn Quốc``) or a function word opening the sentence."""
    if i == 0 or not tokens[i - 1].is_cap or tokens[i - 1].kind != "word":
        return True
    if i in known_ends:
        return True
    return tokens[i - 1].key in WORDS.NOT_NAME_STARTS and _sentence_start(tokens, text, i - 1)


def _transliterated_place(tokens: list[Token], i: int, end: int, known_ends: set[int]) -> bool:
    """A name foreign only by its hyphenated Vietnamese spelling (``Ả-rập Xê-út``) where a
    place is expected: after a word of place (``tại``, ``thủ đô``) or after a known place
    and a comma (``Riyadh, Ả-rập Xê-út``). Such a name is a place the gazetteer spells
    otherwise, not a person."""
    words = [t for t in tokens[i:end] if t.kind == "word"]
    if not transliterated(tokens, i, end) or any(looks_foreign(t.text) for t in words):
        return False
    prev = tokens[i - 1] if i > 0 else None
    if prev is None:
        return False
    if prev.text == "," and (i - 1) in known_ends:
        return True
    return any(WORDS.PLACE_CUES.match_at(tokens, k) == i for k in range(max(0, i - 2), i))


def _after_street(tokens: list[Token], i: int) -> bool:
    """The capitalised words at ``i`` name a street: a house number or a street word is
    right before them (``số 11 Lê Hồng Phong``, ``đường Trần Huy Liệu``)."""
    if i == 0:
        return False
    if tokens[i - 1].kind == "number":
        return True
    return any(WORDS.STREET_WORDS.match_at(tokens, k) == i for k in range(max(0, i - 2), i))


_SENTENCE_END = frozenset('.!?”"…')


def bylines(
    tokens: list[Token],
    text: str,
    names: list[Match],
    in_titles: set[int],
    paragraphs: Sequence[tuple[int, int]],
) -> list[Candidate]:
    """The author's name on a line of its own after the article (``Minh Tâm``): 2 to 4
    capitalised words and nothing else (no title, no known place or body), after a line that
    ends a sentence, and followed by nothing, by a short line (the outlet, ``chinhphu.vn``)
    or by a credit."""
    known = {
        k
        for m in names
        if m.record.label != "PERSON" and not ambiguous_before_name(m, tokens)
        for k in range(m.tok_start, m.tok_end)
    }
    lines = _lines(tokens, paragraphs)
    out: list[Candidate] = []
    for k, (lo, hi) in enumerate(lines):
        if not 2 <= hi - lo <= 4 or any(t in known or t in in_titles for t in range(lo, hi)):
            continue
        if not all(tokens[t].kind == "word" and tokens[t].is_cap for t in range(lo, hi)):
            continue
        if k == 0 or tokens[lines[k - 1][1] - 1].text not in _SENTENCE_END:
            continue
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if (
            nxt is not None
            and nxt[1] - nxt[0] > 3
            and WORDS.CREDIT_CUES.match_at(tokens, nxt[0]) == nxt[0]
            and WORDS.PAGE_FURNITURE.match_at(tokens, nxt[0]) == nxt[0]
        ):
            continue  # the article goes on: this is a heading, not a signature
        if tokens[lo].key in WORDS.NOT_NAME_STARTS:
            continue  # "Tin Liên Quan", "Xem Thêm": page furniture, not a signature
        if is_plausible_name(tokens, lo, hi, after_title=True) or _upper_case_name(tokens, lo, hi):
            out.append(_person(tokens, lo, hi, TIER_SHAPE, "byline"))
    return out


def _upper_case_name(tokens: list[Token], lo: int, hi: int) -> bool:
    """``LÊ LINH``: a signature in capitals, Vietnamese syllables from a family name."""
    words = tokens[lo:hi]
    return (
        all(t.text.isupper() and is_vietnamese_syllable(t.text) for t in words)
        and words[0].key in WORDS.SURNAMES
    )


def agency_leads(
    tokens: list[Token], text: str, paragraphs: Sequence[tuple[int, int]]
) -> list[Candidate]:
    """The outlet named at the head of a paragraph: ``(VOV5) - ...``, ``(CLO) ...``,
    ``(Baohatinh.vn) - ...``, ``HGĐT- ...``; and the author and outlet of a dateline
    ``Hà Liên LDO | 10/11/2017``. Each outlet is an ORG, the author a PERSON."""
    out: list[Candidate] = []
    for lo, hi in _lines(tokens, paragraphs):
        if (
            hi - lo >= 3
            and tokens[lo].text == "("
            and tokens[lo + 2].text == ")"
            and _outlet_word(tokens[lo + 1])
        ):
            out.append(_credit_outlet(tokens, lo + 1, lo + 2))
            continue
        first = tokens[lo]
        if (
            hi - lo >= 2
            and _is_caps_word(first)
            and len(first.text) >= 3
            and tokens[lo + 1].text in "-–"
            and tokens[lo + 1].start == first.end
        ):
            out.append(_credit_outlet(tokens, lo, lo + 1))
            continue
        bar = next((k for k in range(lo, min(hi, lo + 6)) if tokens[k].text == "|"), None)
        if bar is not None and bar - lo >= 3 and _is_caps_word(tokens[bar - 1]):
            author = range(lo, bar - 1)
            if all(tokens[k].kind == "word" and tokens[k].is_cap for k in author) and (
                is_plausible_name(tokens, lo, bar - 1, after_title=True)
            ):
                out.append(_person(tokens, lo, bar - 1, TIER_SHAPE, "byline"))
                out.append(_credit_outlet(tokens, bar - 1, bar))
    return out


def _outlet_word(token: Token) -> bool:
    """``VOV5``, ``CLO``, ``Baohatinh.vn``: an upper-case short name or a web domain."""
    if token.kind != "word" or len(token.text) < 2:
        return False
    if "." in token.text:
        return token.text.rsplit(".", 1)[-1].lower() in ("vn", "com", "net", "org")
    return sum(ch.isupper() for ch in token.text) >= 2 and token.text == token.text.upper()


def _lines(tokens: list[Token], paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token ranges of the text's non-empty lines (the sentencizer's paragraphs)."""
    starts = [t.start for t in tokens]
    spans = ((bisect_left(starts, a), bisect_left(starts, b)) for a, b in paragraphs)
    return [(lo, hi) for lo, hi in spans if hi > lo]


_OPENING_QUOTES = frozenset('"“‘«')
_CLOSING_QUOTES = frozenset('"”’»')


def _quoted(tokens: list[Token], i: int, j: int) -> bool:
    """Tokens ``i:j`` are exactly the contents of a pair of quotation marks."""
    return (
        i > 0
        and j < len(tokens)
        and tokens[i - 1].text in _OPENING_QUOTES
        and tokens[j].text in _CLOSING_QUOTES
    )


def _organisation(tokens: list[Token], i: int, j: int) -> Candidate:
    """``Plan International``: a capitalised phrase with an organisation word is an ORG."""
    return Candidate(
        i,
        j,
        tokens[i].start,
        tokens[j - 1].end,
        "ORG",
        TIER_SHAPE,
        "name_shape",
        rule="name_shape+organisation_word",
    )


def _sentence_start(tokens: list[Token], text: str, i: int) -> bool:
    if i == 0:
        return True
    prev = tokens[i - 1]
    return prev.text in ".!?:|" or "\n" in text[prev.end : tokens[i].start]


_CREDIT_SEPARATORS = frozenset("/,;-")


def _credit_names(
    tokens: list[Token], text: str, k: int, stops: set[int], in_titles: set[int]
) -> list[Candidate]:
    """Names in a credit ``Ảnh: Lâm Khánh/TTXVN``: segments split by ``/``, ``,``, ``-``.

    A segment the gazetteer knows is left to it (``Ảnh: Liên Hợp Quốc``); an upper-case one
    is an agency (``Ảnh: EFE/EPA``); the last segment after an author's name and a slash names
    the outlet the author works for (``Như Ý/Tiền Phong``).
    """
    out: list[Candidate] = []
    n = len(tokens)
    limit = min(n, k + 12)
    while k < limit and (k == 0 or "\n" not in text[tokens[k - 1].end : tokens[k].start]):
        end = name_span(tokens, k, text, stops)  # the start itself is never a stop
        words = end - k
        # ``Như Ý/Tiền Phong``: after an author's name, the slash gives the outlet (but
        # ``VGP/Hải Minh``: after an outlet, the author)
        after_slash = (
            k > 0 and tokens[k - 1].text == "/" and bool(out) and out[-1].label == "PERSON"
        )
        last = end >= n or tokens[end].text not in _CREDIT_SEPARATORS
        if k in stops or any(t in in_titles for t in range(k, end)):
            k = max(end, k + 1)
        elif (end > k and all(_is_caps_word(t) for t in tokens[k:end])) or (
            words >= 2 and after_slash and last and all(t.is_cap for t in tokens[k:end])
        ):
            out.append(_credit_outlet(tokens, k, end))
            k = end
        elif (
            words >= 2
            and all(t.kind == "word" and t.is_cap for t in tokens[k:end])
            and _credit_segment_ends(tokens, text, end)
        ):
            out.append(_person(tokens, k, end, TIER_ANCHORED, "credit"))
            k = end
        else:
            while k < limit and tokens[k].text not in _CREDIT_SEPARATORS:
                if tokens[k].text in ".|()":
                    return out
                k += 1
        if k < limit and tokens[k].text in _CREDIT_SEPARATORS:
            k += 1
            continue
        break
    return out


def _credit_segment_ends(tokens: list[Token], text: str, end: int) -> bool:
    """A name in a credit is all of its segment: a separator, a bracket, a full stop or the
    end of the line follows it (``Ảnh: Cục Di`` | ``sản văn hóa`` is a body, not a name)."""
    if end >= len(tokens) or "\n" in text[tokens[end - 1].end : tokens[end].start]:
        return True
    return tokens[end].kind == "punct"


def _is_caps_word(token: Token) -> bool:
    """``EFE``, ``TTXVN``: an upper-case word of two letters or more."""
    return token.kind == "word" and len(token.text) >= 2 and token.text.isupper()


def _credit_outlet(tokens: list[Token], i: int, j: int) -> Candidate:
    """The agency or newspaper named in a photo credit: an ORG."""
    return Candidate(
        i,
        j,
        tokens[i].start,
        tokens[j - 1].end,
        "ORG",
        TIER_ANCHORED,
        "credit",
        rule="credit_outlet",
    )


def _person(tokens: list[Token], i: int, j: int, tier: int, rule: str) -> Candidate:
    return Candidate(i, j, tokens[i].start, tokens[j - 1].end, "PERSON", tier, rule, rule=rule)
