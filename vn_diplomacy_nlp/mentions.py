"""The mention layer's name finders that work over tokens alone (no spaCy).

Gazetteer matches that are not mentions (an ambiguous one-word name before another name, a
body's name used as an adjective), persons cued by an honorific or a credit, bare name
shapes and bylines. The components in ``components/`` call these and write what they find
on the ``Doc``; keeping them here keeps the language rules out of the pipeline layer.
"""

from __future__ import annotations

from bisect import bisect_left

from .candidates import TIER_ANCHORED, TIER_SHAPE, Candidate
from .gazetteer.index import Match
from .lexicon import load_yaml
from .names import (
    CREDIT_CUES,
    HONORIFICS,
    NOT_NAME_STARTS,
    is_plausible_name,
    name_span,
    names_an_organisation,
)
from .sentences import paragraph_spans
from .textnorm import token_key
from .tokenizer import Token

#: words after which a body's name is an adjective (``cấp Nhà nước``), data/entity_rules.yaml
ADJECTIVAL_BEFORE = frozenset(
    token_key(w) for w in load_yaml("entity_rules.yaml")["adjectival_before"]
)


#: places a body may be named after (``Hàn Quốc``, ``châu Âu``) before its posting
STATE_OR_REGION = frozenset(
    {("GPE", "country"), ("GPE", "territory"), ("LOC", "region"), ("LOC", "continent")}
)


def adjectival(match: Match, tokens: list[Token]) -> bool:
    """A body's name after ``cấp`` (level): ``cấp Nhà nước`` is "state-level"."""
    return (
        match.record.label == "ORG"
        and match.tok_start > 0
        and tokens[match.tok_start - 1].key in ADJECTIVAL_BEFORE
    )


def ambiguous_before_name(match: Match, tokens: list[Token]) -> bool:
    """An ambiguous one-word name directly followed by another capitalised word."""
    if not match.record.ambiguous or match.tok_end - match.tok_start != 1:
        return False
    if match.tok_end >= len(tokens):
        return False
    nxt = tokens[match.tok_end]
    return nxt.kind == "word" and nxt.is_cap and tokens[match.tok_start].ws_after


def candidate_from_match(m: Match) -> Candidate:
    tier = TIER_ANCHORED if m.record.label == "PERSON" else 2
    return Candidate(
        m.tok_start,
        m.tok_end,
        m.start,
        m.end,
        m.record.label,
        tier,
        "gazetteer",
        id=m.record.id,
        canonical=m.record.canonical,
        rule=f"gazetteer:{m.record.kind}",
        type=m.record.type,
    )


def cued_and_bare_names(tokens: list[Token], text: str, names: list[Match]) -> list[Candidate]:
    """Persons after an honorific (``ông``) or a credit (``Ảnh:``), and bare name shapes."""
    out: list[Candidate] = []
    stops = {m.tok_start for m in names}
    n = len(tokens)
    i = 0
    while i < n:
        cue_end = HONORIFICS.match_at(tokens, i)
        if cue_end > i and (not tokens[i].is_cap or _sentence_start(tokens, text, i)):
            end = name_span(tokens, cue_end, text, stops)
            if end > cue_end and is_plausible_name(tokens, cue_end, end, after_title=True):
                out.append(_person(tokens, cue_end, end, TIER_ANCHORED, "honorific"))
                i = end
                continue
        credit_end = CREDIT_CUES.match_at(tokens, i)
        if credit_end > i and credit_end < n and tokens[credit_end].text == ":":
            out.extend(_credit_names(tokens, text, credit_end + 1, stops))
            i = credit_end + 1
            continue
        tok = tokens[i]
        if tok.kind == "word" and tok.is_cap and not (i > 0 and tokens[i - 1].is_cap):
            end = name_span(tokens, i, text, stops)
            if end - i >= 2 and _quoted(tokens, i, end):
                i = end  # ``MV "Bắc Bling"``: the title of a work, not a person
                continue
            if end - i >= 2 and names_an_organisation(tokens, i, end):
                out.append(_organisation(tokens, i, end))
                i = end
                continue
            if end - i >= 2 and is_plausible_name(tokens, i, end, after_title=False):
                out.append(_person(tokens, i, end, TIER_SHAPE, "name_shape"))
                i = end
                continue
        i += 1
    return out


_SENTENCE_END = frozenset('.!?”"…')


def bylines(
    tokens: list[Token], text: str, names: list[Match], in_titles: set[int]
) -> list[Candidate]:
    """The author's name on a line of its own after the article (``Minh Tâm``): 2 to 4
    capitalised words and nothing else (no title, no known place or body), after a line that
    ends a sentence, and followed by nothing, by a short line (the outlet, ``chinhphu.vn``)
    or by a credit."""
    known = {k for m in names if m.record.label != "PERSON" for k in range(m.tok_start, m.tok_end)}
    lines = _lines(tokens, text)
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
            and CREDIT_CUES.match_at(tokens, nxt[0]) == nxt[0]
        ):
            continue  # the article goes on: this is a heading, not a signature
        if tokens[lo].key in NOT_NAME_STARTS:
            continue  # "Tin Liên Quan", "Xem Thêm": page furniture, not a signature
        if is_plausible_name(tokens, lo, hi, after_title=True):
            out.append(_person(tokens, lo, hi, TIER_SHAPE, "byline"))
    return out


def _lines(tokens: list[Token], text: str) -> list[tuple[int, int]]:
    """Token ranges of the text's non-empty lines (``sentences.paragraph_spans``)."""
    starts = [t.start for t in tokens]
    spans = ((bisect_left(starts, a), bisect_left(starts, b)) for a, b in paragraph_spans(text))
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


def _credit_names(tokens: list[Token], text: str, k: int, stops: set[int]) -> list[Candidate]:
    """Names in a credit ``Ảnh: Lâm Khánh/TTXVN``: segments split by ``/``, ``,``, ``-``."""
    out: list[Candidate] = []
    n = len(tokens)
    limit = min(n, k + 12)
    while k < limit and (k == 0 or "\n" not in text[tokens[k - 1].end : tokens[k].start]):
        end = name_span(tokens, k, text, stops)  # the start itself is never a stop
        words = end - k
        if words >= 2 and all(t.kind == "word" and t.is_cap for t in tokens[k:end]):
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


def _person(tokens: list[Token], i: int, j: int, tier: int, rule: str) -> Candidate:
    return Candidate(i, j, tokens[i].start, tokens[j - 1].end, "PERSON", tier, rule, rule=rule)
